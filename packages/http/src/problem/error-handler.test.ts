import { CadreError, type CadreStore, createMemoryStore } from '@cadre/core';
import { describe, expect, it } from 'vitest';
import { KEYS, PRINCIPALS } from '../__fixtures__/seed.js';
import type { RequestLogEntry } from '../api/logger.js';
import { apiKeys } from '../auth/api-keys.js';
import { createCadreApi } from '../index.js';

// A real store whose org-unit list fails the way a broken driver would.
function failingStore(error: unknown): CadreStore {
  const store = createMemoryStore();
  return {
    ...store,
    listOrgUnits: async () => {
      throw error;
    },
  };
}

function apiOver(store: CadreStore) {
  const log: RequestLogEntry[] = [];
  const seen: unknown[] = [];
  const app = createCadreApi({
    store,
    auth: apiKeys(PRINCIPALS),
    logger: (e) => log.push(e),
    onError: (e) => seen.push(e),
  });
  return { app, log, seen };
}

const list = (app: ReturnType<typeof apiOver>['app']) =>
  app.request('/org-units', { headers: { 'X-Api-Key': KEYS.national } });

describe('errors', () => {
  it('answers an unexpected failure with a bare 500: no message, no stack', async () => {
    const secret = new Error('SQLITE_CORRUPT at /var/lib/cadre/db.sqlite (row of Nông Thị Hoa)');
    const { app, log, seen } = apiOver(failingStore(secret));
    const res = await list(app);
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const text = await res.text();
    expect(text).not.toMatch(/SQLITE|sqlite|Nông|at .*:\d+/);
    expect(JSON.parse(text)).toMatchObject({
      status: 500,
      type: 'urn:cadre:problem:internal',
      issues: [],
    });
    // The operator's hook gets the error; the log gets only its class name.
    expect(seen).toEqual([secret]);
    expect(log[0]).toMatchObject({ status: 500, error: { name: 'Error' } });
    expect(JSON.stringify(log)).not.toMatch(/SQLITE|Nông/);
  });

  it.each([
    ['not_found', 404],
    ['duplicate_key', 409],
    ['conflict', 409],
    ['invalid_argument', 400],
    ['store_failure', 500],
  ] as const)('maps CadreError %s to %i', async (code, status) => {
    const { app } = apiOver(
      failingStore(new CadreError(code, `store said ${code}`, { path: ['cursor'] })),
    );
    const res = await list(app);
    expect(res.status).toBe(status);
    const body = (await res.json()) as { detail: string; status: number };
    expect(body.status).toBe(status);
    // Known codes explain themselves; a store failure says nothing about the store.
    if (status === 500) expect(body.detail).not.toContain('store said');
    else expect(body.detail).toBe(`store said ${code}`);
  });

  it('answers unknown routes with a 404 problem', async () => {
    const { app } = apiOver(createMemoryStore());
    const res = await app.request('/targets', { headers: { 'X-Api-Key': KEYS.national } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});
