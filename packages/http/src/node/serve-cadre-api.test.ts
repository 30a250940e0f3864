import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, PROGRAMME, testApi } from '../__fixtures__/seed.js';
import { createCadreClient } from '../client/create-cadre-client.js';
import { type RunningServer, serveCadreApi } from './serve-cadre-api.js';

describe('over a real socket (127.0.0.1, port 0)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    const { app } = await testApi({ maxBodyBytes: 4096 });
    server = await serveCadreApi(app);
  });
  afterAll(async () => {
    await server.close();
  });

  it('serves attainment to the typed client with the global fetch', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const api = createCadreClient(server.url, { headers: { 'X-Api-Key': KEYS.ministryAggregate } });
    const res = await api.attainment.$get({
      query: {
        programme: PROGRAMME.code,
        asOf: '2019-05-20',
        indicator: 'master_education',
        lang: 'vi',
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toMatch(/.+/);
    if (res.status === 200) expect((await res.json()).rows[0]?.phrase).toBe('đạt 300% chỉ tiêu');
  });

  it('refuses an oversized body and a missing key with problem bodies', async () => {
    const big = await fetch(`${server.url}/reconcile`, {
      method: 'POST',
      headers: { 'X-Api-Key': KEYS.ministryAggregate, 'Content-Type': 'application/json' },
      body: JSON.stringify({ items: [{ actual: 1, reported: 'x'.repeat(5000) }] }),
    });
    expect(big.status).toBe(413);
    expect(big.headers.get('content-type')).toBe('application/problem+json');
    const anonymous = await fetch(`${server.url}/org-units`);
    expect(anonymous.status).toBe(401);
  });
});
