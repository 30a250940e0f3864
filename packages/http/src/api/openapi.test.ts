import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { ROUTE_CASES } from '../__fixtures__/route-cases.js';
import { KEYS, PRINCIPALS, seededStore, testApi } from '../__fixtures__/seed.js';
import { apiKeys } from '../auth/api-keys.js';
import { createCadreApi } from './create-cadre-api.js';

async function documentOf() {
  const { app } = await testApi();
  const res = await app.request('/openapi.json');
  expect(res.status).toBe(200);
  return (await res.json()) as {
    openapi: string;
    servers?: { url: string }[];
    paths: Record<
      string,
      Record<string, { operationId?: string; responses: Record<string, unknown> }>
    >;
    components: { schemas: Record<string, unknown> };
  };
}

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const doc = await documentOf();
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('names its servers and gives every operation a unique operationId', async () => {
    const doc = await documentOf();
    expect(doc.servers?.length ?? 0).toBeGreaterThan(0);
    for (const server of doc.servers ?? []) expect(server.url).not.toBe('');
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        at: `${method} ${path}`,
        id: op.operationId,
      })),
    );
    expect(operations.filter((op) => op.id === undefined).map((op) => op.at)).toEqual([]);
    const ids = operations.map((op) => op.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(operations).toHaveLength(ROUTE_CASES.length);
  });

  it('takes the servers the operator gives', async () => {
    const store = await seededStore();
    const servers = [{ url: 'https://noivu.example.gov.vn/api', description: 'Sở Nội vụ' }];
    const app = createCadreApi({ store, auth: apiKeys(PRINCIPALS), servers });
    const doc = (await (await app.request('/openapi.json')).json()) as { servers: unknown };
    expect(doc.servers).toEqual(servers);
  });

  it('describes every route, each with its problem responses', async () => {
    const doc = await documentOf();
    for (const rc of ROUTE_CASES) {
      const op = doc.paths[rc.route]?.[rc.method.toLowerCase()];
      expect(op, `${rc.method} ${rc.route}`).toBeDefined();
      for (const status of ['401', '403', '500'])
        expect(Object.keys(op?.responses ?? {})).toContain(status);
    }
    expect(Object.keys(doc.paths)).toHaveLength(new Set(ROUTE_CASES.map((c) => c.route)).size);
  });

  it('is generated from the core schemas: recursive predicates by reference, records in full', async () => {
    const doc = await documentOf();
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining([
        'Predicate',
        'OrgUnit',
        'Programme',
        'Person',
        'Problem',
        'AttainmentRow',
      ]),
    );
    const batch = JSON.stringify(doc.paths['/imports']?.post);
    expect(batch).toContain('"observations"');
    expect(batch).toContain('idempotency-key');
  });

  it('documents the rounds an attainment answer carries, each a RoundStatus', async () => {
    const doc = await documentOf();
    const report = doc.components.schemas.AttainmentReport as {
      properties: Record<string, { type?: string; items?: { $ref?: string } }>;
      required: string[];
    };
    expect(report.required).toContain('rounds');
    expect(report.properties.rounds?.type).toBe('array');
    expect(report.properties.rounds?.items?.$ref).toBe('#/components/schemas/RoundStatus');
    const status = doc.components.schemas.RoundStatus as { properties: Record<string, unknown> };
    expect(Object.keys(status.properties)).toEqual(
      expect.arrayContaining(['orgUnit', 'period', 'state', 'reason', 'byState', 'summary']),
    );
  });

  it('puts the document behind authentication with publicDocs: false', async () => {
    const store = await seededStore();
    const app = createCadreApi({ store, auth: apiKeys(PRINCIPALS), publicDocs: false });
    expect((await app.request('/openapi.json')).status).toBe(401);
    expect((await app.request('/docs')).status).toBe(401);
    const res = await app.request('/openapi.json', { headers: { 'X-Api-Key': KEYS.writeOnly } });
    expect(res.status).toBe(200);
  });
});
