import { describe, expect, it } from 'vitest';
import { ROUTE_CASES } from '../__fixtures__/route-cases.js';
import { KEYS, PERSONS, PROGRAMME, testApi } from '../__fixtures__/seed.js';
import { send } from '../__fixtures__/send.js';

// Everything that identifies a person in the seed: names, ids and birth dates.
const PERSONAL = PERSONS.flatMap((p) => [p.id, p.birthDate, p.name ?? '']).filter((s) => s !== '');

const pool = {
  asOf: '2023-06-01',
  level: 'province',
  entries: [
    { personId: 'cb-0001', post: 'Giám đốc Sở Y tế' },
    { personId: 'cb-0002', post: 'Phó Chủ tịch UBND tỉnh' },
  ],
};

describe('personal data (NĐ 13/2023/NĐ-CP)', () => {
  it.each([
    '/persons?orgUnit=04.SYT',
    '/persons/cb-0001',
    '/persons/cb-0001/training',
    '/persons/cb-0001/rotations',
  ])('refuses %s to an aggregate-only caller', async (path) => {
    const { app } = await testApi();
    const res = await send(app, 'GET', { path, key: KEYS.caoBangAggregate });
    expect(res.status).toBe(403);
    expect(JSON.stringify(await res.json())).not.toMatch(/Nông Thị Hoa|1984-03-02/);
  });

  it.each(['/persons/ID', '/persons/ID/training', '/persons/ID/rotations'])(
    'answers %s for a person in another province exactly as for an unknown id',
    async (route) => {
      const { app } = await testApi();
      const answer = async (id: string) => {
        const res = await send(app, 'GET', { path: route.replace('ID', id), key: KEYS.caoBang });
        const {
          instance: _,
          requestId: __,
          ...body
        } = (await res.json()) as Record<string, unknown>;
        // Only the request's own id may differ between the two answers.
        return { status: res.status, body: JSON.stringify(body).replaceAll(id, 'ID') };
      };
      // bk-0001 exists, in Bắc Kạn (06); nobody has the other id.
      const elsewhere = await answer('bk-0001');
      expect(elsewhere.status).toBe(404);
      expect(elsewhere).toEqual(await answer('xx-0404'));
      expect(elsewhere.body).not.toContain('06');
      const national = await send(app, 'GET', {
        path: route.replace('ID', 'bk-0001'),
        key: KEYS.national,
      });
      expect(national.status).toBe(200);
    },
  );

  it('shows an aggregate caller attainment figures without any person-level field', async () => {
    const { app } = await testApi();
    const res = await send(app, 'GET', {
      path: `/attainment?programme=${encodeURIComponent(PROGRAMME.code)}&asOf=2019-05-20&lang=vi`,
      key: KEYS.ministryAggregate,
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    for (const value of PERSONAL) expect(text).not.toContain(value);
    expect(text).not.toMatch(/"(name|birthDate|ethnicMinority|personId)"/);
  });

  it('gives an aggregate caller the pool figures but not the per-person violations', async () => {
    const { app } = await testApi();
    const full = await send(app, 'POST', {
      path: '/rules/planning-pool',
      key: KEYS.caoBang,
      body: pool,
    });
    const fullBody = (await full.json()) as {
      violations: { code: string; path: unknown[] }[];
      figures: object;
    };
    // Born 10/3/1968, she has less than a term (60 months) left on 1/6/2023.
    expect(fullBody.violations.map((v) => v.code)).toContain('planning.time_left_short');

    const agg = await send(app, 'POST', {
      path: '/rules/planning-pool',
      key: KEYS.caoBangAggregate,
      body: pool,
    });
    const text = await agg.text();
    const aggBody = JSON.parse(text) as typeof fullBody;
    expect(aggBody.figures).toEqual(fullBody.figures);
    expect(aggBody.figures).toMatchObject({
      persons: 2,
      women: 2,
      womenShare: '1',
      timeLeftShort: 1,
    });
    expect(aggBody.violations.every((v) => typeof v.path[1] !== 'number')).toBe(true);
    for (const value of PERSONAL) expect(text).not.toContain(value);
  });

  it('gives an aggregate caller rotation-plan counts without per-person results', async () => {
    const { app } = await testApi();
    const body = ROUTE_CASES.find((c) => c.route === '/rules/rotation-plan')?.ok.body;
    const res = await send(app, 'POST', {
      path: '/rules/rotation-plan',
      key: KEYS.caoBangAggregate,
      body,
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(JSON.parse(text)).not.toHaveProperty('results');
    for (const value of PERSONAL) expect(text).not.toContain(value);
  });

  it('keeps names, birth dates and ids out of the request log, whatever the outcome', async () => {
    const { app, log } = await testApi();
    let sent = 0;
    for (const rc of ROUTE_CASES) {
      for (const call of [rc.ok, rc.bad, rc.outOfScope]) {
        await send(app, rc.method, call);
        sent += 1;
      }
    }
    await send(app, 'POST', { path: '/imports', key: KEYS.caoBang, body: { persons: PERSONS } });
    await send(app, 'POST', { path: '/rules/planning-pool', key: KEYS.caoBang, body: pool });
    expect(log).toHaveLength(sent + 2);
    const text = JSON.stringify(log);
    for (const value of PERSONAL) expect(text).not.toContain(value);
    expect(log.map((e) => e.route)).toContain('/persons/:id');
  });
});
