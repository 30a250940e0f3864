import { CadreError, type CadreStore } from '@cadre/core';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { KEYS, PRINCIPALS, PROGRAMME, seededStore } from '../__fixtures__/seed.js';
import type { RequestLogEntry } from '../api/logger.js';
import { apiKeys } from '../auth/api-keys.js';
import type { Principal, Verifier } from '../auth/principal.js';
import { createCadreApi } from '../index.js';

const REPORT = `/attainment?programme=${encodeURIComponent(PROGRAMME.code)}&asOf=2019-05-20`;
const ANSWER_HEADERS = ['etag', 'cache-control', 'vary', 'content-type'];

const ask = (
  app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> },
  headers: Record<string, string>,
  path = REPORT,
) => Promise.resolve(app.request(path, { headers }));

const headersOf = (res: Response) => ANSWER_HEADERS.map((h) => res.headers.get(h));

describe('repeated attainment requests', () => {
  it('get the response the route sends: status, body, headers, request id and log entry', async () => {
    const log: RequestLogEntry[] = [];
    const app = createCadreApi({
      store: await seededStore(),
      auth: apiKeys(PRINCIPALS),
      logger: (e) => log.push(e),
    });
    const key = { 'X-Api-Key': KEYS.ministryAggregate };
    const first = await ask(app, key);
    const repeat = await ask(app, { ...key, 'X-Request-Id': 'gw-42' });
    expect(repeat.status).toBe(200);
    expect(await repeat.text()).toBe(await first.text());
    expect(headersOf(repeat)).toEqual(headersOf(first));
    expect(repeat.headers.get('x-request-id')).toBe('gw-42');
    // An id that could smuggle text into logs is replaced, as on every route.
    const unsafe = await ask(app, { ...key, 'X-Request-Id': 'a b\r\n' });
    expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const revalidated = await ask(app, {
      ...key,
      'If-None-Match': first.headers.get('etag') ?? '',
    });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
    expect(revalidated.headers.get('content-type')).toBeNull();

    expect(log).toHaveLength(4);
    for (const [i, entry] of log.entries()) {
      expect(entry).toMatchObject({
        method: 'GET',
        route: '/attainment',
        status: i === 3 ? 304 : 200,
        principal: 'ministry-dashboard',
      });
      expect(entry.durationMs).toBeGreaterThanOrEqual(0);
    }
    expect(log[1]?.requestId).toBe('gw-42');
  });

  it('verify the caller once per request, whether the verifier answers at once or later', async () => {
    const principal: Principal = { id: 'dashboard', scopes: ['aggregate'], orgUnits: ['*'] };
    const calls = { now: 0, later: 0 };
    // A verifier that answers at once (as API keys do) and one that answers later (as JWT does).
    const now: Verifier = (request) => {
      calls.now++;
      return request.headers.get('X-Api-Key') === 'now' ? principal : null;
    };
    const later: Verifier = async (request) => {
      calls.later++;
      return request.headers.get('X-Api-Key') === 'later' ? principal : null;
    };
    const app = createCadreApi({ store: await seededStore(), auth: [now, later] });
    for (let i = 0; i < 3; i++) expect((await ask(app, { 'X-Api-Key': 'now' })).status).toBe(200);
    expect(calls).toEqual({ now: 3, later: 0 });
    for (let i = 0; i < 3; i++) expect((await ask(app, { 'X-Api-Key': 'later' })).status).toBe(200);
    expect(calls).toEqual({ now: 6, later: 3 });
    expect((await ask(app, { 'X-Api-Key': 'nobody' })).status).toBe(401);
    expect(calls).toEqual({ now: 7, later: 4 });
  });

  it('answer a verifier that throws with a 500 problem, never a broken connection', async () => {
    const broken: Verifier = () => {
      throw new Error('key vault unreachable');
    };
    const app = createCadreApi({ store: await seededStore(), auth: broken });
    const res = await ask(app, { 'X-Api-Key': KEYS.national });
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.text()).not.toMatch(/vault/);
  });

  it('answer a failing data-version read with a 500 problem', async () => {
    const store = await seededStore();
    let broken = false;
    const failing: CadreStore = {
      ...store,
      dataVersion: () =>
        broken
          ? Promise.reject(new CadreError('store_failure', 'database is locked'))
          : (store.dataVersion?.() ?? Promise.resolve('0')),
    };
    const app = createCadreApi({ store: failing, auth: apiKeys(PRINCIPALS) });
    const key = { 'X-Api-Key': KEYS.ministryAggregate };
    expect((await ask(app, key)).status).toBe(200);
    broken = true;
    const res = await ask(app, key);
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it('are answered alike when the API is merged into another Hono app', async () => {
    const store = await seededStore();
    const alone = createCadreApi({ store, auth: apiKeys(PRINCIPALS) });
    const parent = new Hono().route('/cadre', createCadreApi({ store, auth: apiKeys(PRINCIPALS) }));
    const key = { 'X-Api-Key': KEYS.caoBangAggregate };
    const expected = await (await ask(alone, key)).text();
    for (let i = 0; i < 2; i++) {
      const res = await ask(parent, key, `/cadre${REPORT}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(expected);
    }
    const etag = (await ask(alone, key)).headers.get('etag') ?? '';
    expect((await ask(parent, { ...key, 'If-None-Match': etag }, `/cadre${REPORT}`)).status).toBe(
      304,
    );
  });
});
