import { describe, expect, it } from 'vitest';
import { ROUTE_CASES } from '../__fixtures__/route-cases.js';
import { KEYS, type StoreKind, testApi as seeded, TEST_STORES } from '../__fixtures__/seed.js';
import { send } from '../__fixtures__/send.js';
import { PROBLEM_CONTENT_TYPE } from '../problem/problem.js';

async function problemOf(res: Response) {
  expect(res.headers.get('content-type')).toBe(PROBLEM_CONTENT_TYPE);
  const body = (await res.json()) as Record<string, unknown>;
  // RFC 9457 members, the same shape for every status, and never a stack trace.
  for (const k of ['type', 'title', 'status', 'detail', 'instance', 'issues'])
    expect(body).toHaveProperty(k);
  expect(body.status).toBe(res.status);
  expect(JSON.stringify(body)).not.toMatch(/\bat .+:\d+:\d+|node_modules|\.ts:\d+/);
  return body as { issues: { path: (string | number)[] }[]; requestId: string };
}

const bodyCases = ROUTE_CASES.filter((c) => c.method !== 'GET');

for (const kind of TEST_STORES) {
  const testApi = (options: { maxBodyBytes?: number } = {}) => seeded({ ...options, store: kind });
  describe(`on the ${kind} store`, () => {
    describe.each(ROUTE_CASES)('$method $route', (rc) => {
      it('answers the success case', async () => {
        const { app } = await testApi();
        const res = await send(app, rc.method, rc.ok);
        expect(res.status, await res.clone().text()).toBe(rc.ok.status);
        expect(res.headers.get('content-type')).toMatch(/^application\/json/);
        expect(res.headers.get('x-request-id')).toMatch(/.+/);
      });

      it('answers bad input with 400 and the paths of every issue', async () => {
        const { app } = await testApi();
        const res = await send(app, rc.method, rc.bad);
        expect(res.status).toBe(400);
        const body = await problemOf(res);
        const paths = body.issues.map((i) => JSON.stringify(i.path));
        for (const p of rc.bad.paths) expect(paths).toContain(JSON.stringify(p));
      });

      it('answers 401 without a credential and with a wrong one', async () => {
        const { app } = await testApi();
        for (const key of [undefined, 'not-a-key']) {
          const res = await send(app, rc.method, { ...rc.ok, key });
          expect(res.status).toBe(401);
          expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
          await problemOf(res);
        }
      });

      it('answers 403 (or 404, for an id kept secret) out of scope, and writes nothing', async () => {
        const { app, store } = await testApi();
        const before = JSON.stringify(await store.listOrgUnits({ limit: 1000 }));
        const res = await send(app, rc.method, rc.outOfScope);
        expect(res.status).toBe(rc.outOfScope.status ?? 403);
        const body = await problemOf(res);
        expect(body.issues.length).toBeGreaterThan(0);
        expect(JSON.stringify(await store.listOrgUnits({ limit: 1000 }))).toBe(before);
      });
    });

    describe.each(bodyCases)('$method $route with a body', (rc) => {
      it('answers 413 for a body over the limit', async () => {
        const { app } = await testApi({ maxBodyBytes: 4096 });
        const padded = { ...(rc.ok.body as object), padding: 'x'.repeat(5000) };
        const res = await send(app, rc.method, { ...rc.ok, body: padded });
        expect(res.status).toBe(413);
        await problemOf(res);
      });

      it('answers 413 for a streamed body over the limit (no Content-Length)', async () => {
        const { app } = await testApi({ maxBodyBytes: 4096 });
        const chunk = new TextEncoder().encode(`{"padding":"${'x'.repeat(3000)}`);
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(chunk);
            controller.enqueue(chunk);
            controller.close();
          },
        });
        const res = await app.request(rc.ok.path, {
          method: rc.method,
          headers: { 'X-Api-Key': rc.ok.key, 'Content-Type': 'application/json' },
          body: stream,
          duplex: 'half',
        } as RequestInit);
        expect(res.status).toBe(413);
        await problemOf(res);
      });

      it('answers 415 for a body that is not JSON', async () => {
        const { app } = await testApi();
        const res = await send(
          app,
          rc.method,
          { ...rc.ok, body: 'code=04' },
          {
            'Content-Type': 'application/x-www-form-urlencoded',
          },
        );
        expect(res.status).toBe(415);
        await problemOf(res);
      });
    });

    // GET routes are absent from 413/415 on purpose: a GET request carries no body to refuse.
  });
}

const testApi = (options: { maxBodyBytes?: number; store?: StoreKind } = {}) => seeded(options);

describe('request id', () => {
  it('echoes a well-formed X-Request-Id and generates one otherwise', async () => {
    const { app } = await testApi();
    const echoed = await send(
      app,
      'GET',
      { path: '/org-units', key: KEYS.caoBang },
      { 'X-Request-Id': 'sovp-2019-05-20' },
    );
    expect(echoed.headers.get('x-request-id')).toBe('sovp-2019-05-20');
    const fresh = await send(
      app,
      'GET',
      { path: '/nowhere', key: KEYS.caoBang },
      { 'X-Request-Id': 'bad id with spaces' },
    );
    expect(fresh.status).toBe(404);
    const id = fresh.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await problemOf(fresh)).requestId).toBe(id);
  });
});
