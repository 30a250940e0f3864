import { describe, expect, it } from 'vitest';
import { KEYS, PROGRAMME, testApi } from '../__fixtures__/seed.js';
import { createCadreClient } from './create-cadre-client.js';

async function client(key: string) {
  const { app } = await testApi();
  const inProcess = ((input: string | URL | Request, init?: RequestInit) =>
    app.fetch(new Request(input, init))) as typeof fetch;
  return createCadreClient('http://cadre.test', {
    fetch: inProcess,
    headers: { 'X-Api-Key': key },
  });
}

describe('createCadreClient', () => {
  it('reads an attainment report with typed rows', async () => {
    const api = await client(KEYS.ministryAggregate);
    const res = await api.attainment.$get({
      query: { programme: PROGRAMME.code, asOf: '2019-05-20', lang: 'vi' },
    });
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    const report = await res.json();
    const rotation = report.rows.find((r) => r.indicator === 'rotation');
    // 24 of 40 (seed 004): "bằng 60% KH".
    expect(rotation?.percent).toBe('60');
    expect(rotation?.phrase).toBe('bằng 60% KH');
  });

  it('reaches codes with a slash once the caller encodes the path parameter', async () => {
    const api = await client(KEYS.ministryAggregate);
    const code = encodeURIComponent('12-CTr/TU');
    const res = await api.programmes[':code'].$get({ param: { code } });
    expect(res.status).toBe(200);
    if (res.status === 200) expect((await res.json()).code).toBe('12-CTr/TU');
    // Unencoded, the slash splits the path and no route matches.
    const raw = await api.programmes[':code'].$get({ param: { code: '12-CTr/TU' } });
    expect(raw.status).toBe(404);
  });

  it('gets problem bodies for errors, typed by status', async () => {
    const api = await client(KEYS.caoBangAggregate);
    const res = await api.persons[':id'].$get({ param: { id: 'cb-0001' } });
    expect(res.status).toBe(403);
    if (res.status === 403) expect((await res.json()).issues[0]?.code).toBe('auth.scope');
  });

  it('writes through the typed client', async () => {
    const api = await client(KEYS.caoBang);
    const res = await api['org-units'].$post({
      json: { code: '04.SNV', name: 'Sở Nội vụ Cao Bằng', level: 'agency', parentCode: '04' },
    });
    expect(res.status).toBe(201);
  });
});
