import { describe, expect, it } from 'vitest';
import { KEYS, PERIOD, PROGRAMME, testApi } from '../__fixtures__/seed.js';
import { send } from '../__fixtures__/send.js';

const obs = (orgUnit: string, value: number | string = 1, date = '2019-05-10') => ({
  programme: PROGRAMME.code,
  indicator: 'rotation',
  orgUnit,
  date,
  value,
});
const rotation = (from: string, to: string, personId = 'cb-0001') => ({
  id: `rot-${from}-${to}`,
  personId,
  from: { orgUnit: from, post: 'Phó Giám đốc' },
  to: { orgUnit: to, post: 'Phó Chủ tịch' },
  start: '2019-06-01',
  plannedEnd: '2022-05-31',
});
const person = (id: string, orgUnit: string) => ({
  id,
  name: 'Lò Văn Sơn',
  birthDate: '1985-01-01',
  sex: 'male',
  employment: 'civil_servant',
  orgUnit,
});

// Each payload touches Nghệ An (40) or Bắc Kạn (06) in exactly one place; the path says where.
const FOREIGN: [string, Record<string, unknown[]>, (string | number)[]][] = [
  [
    'orgUnits',
    { orgUnits: [{ code: '40.X', name: 'X', level: 'agency', parentCode: '40' }] },
    ['orgUnits', 0, 'code'],
  ],
  [
    'programmes owner',
    { programmes: [{ ...PROGRAMME, code: 'NA-1', orgUnit: '40', targets: [] }] },
    ['programmes', 0, 'orgUnit'],
  ],
  [
    'programmes target',
    {
      programmes: [
        {
          ...PROGRAMME,
          code: 'CB-2',
          targets: [{ indicator: 'rotation', orgUnit: '06', period: PERIOD, value: 1 }],
        },
      ],
    },
    ['programmes', 0, 'targets', 0, 'orgUnit'],
  ],
  [
    'targets',
    {
      targets: [
        {
          programme: PROGRAMME.code,
          indicator: 'rotation',
          orgUnit: '40',
          period: PERIOD,
          value: 3,
        },
      ],
    },
    ['targets', 0, 'orgUnit'],
  ],
  // Index 1: the in-scope row below goes first.
  ['observations', { observations: [obs('40')] }, ['observations', 1, 'orgUnit']],
  ['persons', { persons: [person('na-1', '40')] }, ['persons', 0, 'orgUnit']],
  [
    'training unit',
    {
      training: [
        {
          id: 't1',
          personId: 'cb-0001',
          orgUnit: '06.BT',
          type: 'degree',
          level: 'master',
          start: '2018-09-01',
        },
      ],
    },
    ['training', 0, 'orgUnit'],
  ],
  [
    'training person',
    {
      training: [
        {
          id: 't2',
          personId: 'bk-0001',
          orgUnit: '04',
          type: 'degree',
          level: 'master',
          start: '2018-09-01',
        },
      ],
    },
    ['training', 0, 'personId'],
  ],
  ['rotations from', { rotations: [rotation('40', '04')] }, ['rotations', 0, 'from', 'orgUnit']],
  ['rotations to', { rotations: [rotation('04.SYT', '06')] }, ['rotations', 0, 'to', 'orgUnit']],
  [
    'rotations person',
    { rotations: [rotation('04.SYT', '04', 'bk-0001')] },
    ['rotations', 0, 'personId'],
  ],
  [
    'headcounts',
    { headcounts: [{ orgUnit: '40', date: '2015-12-31', headcount: 82300 }] },
    ['headcounts', 0, 'orgUnit'],
  ],
];

describe('POST /imports', () => {
  it.each(FOREIGN)(
    'refuses a province writing another province’s %s, and writes nothing',
    async (_, batch, path) => {
      const { app, store } = await testApi();
      // An in-scope row rides along: it must not be written either.
      const res = await send(app, 'POST', {
        path: '/imports',
        key: KEYS.caoBang,
        body: {
          ...batch,
          observations: [obs('04', 7, '2019-05-11'), ...(batch.observations ?? [])],
        },
      });
      expect(res.status).toBe(403);
      const body = (await res.json()) as { issues: { path: unknown[] }[] };
      expect(body.issues.map((i) => i.path)).toContainEqual(['body', ...path]);
      const stored = await store.listObservations({ programme: PROGRAMME.code, orgUnit: '04' });
      expect(stored.items.map((o) => o.date)).not.toContain('2019-05-11');
    },
  );

  it('is atomic: one bad row writes nothing and every issue comes back with its path', async () => {
    const { app, store } = await testApi();
    const res = await send(app, 'POST', {
      path: '/imports',
      key: KEYS.caoBang,
      body: {
        observations: [
          obs('04', 5, '2019-05-12'),
          obs('04', 'năm', '2019-05-13'),
          obs('04', 2, '2019-02-30'),
        ],
      },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      summary: { read: number; imported: number; ignored: number };
      issues: { path: unknown[] }[];
    };
    expect(body.summary).toMatchObject({ read: 3, imported: 0, ignored: 3 });
    const paths = body.issues.map((i) => JSON.stringify(i.path));
    expect(paths).toContain(JSON.stringify(['body', 'observations', 1, 'value']));
    expect(paths).toContain(JSON.stringify(['body', 'observations', 2, 'date']));
    const stored = await store.listObservations({
      programme: PROGRAMME.code,
      from: '2019-05-12',
      to: '2019-05-13',
    });
    expect(stored.items).toEqual([]);
  });

  it('applies the good rows with skip_bad_rows and reports the bad ones', async () => {
    const { app } = await testApi();
    const res = await send(app, 'POST', {
      path: '/imports?mode=skip_bad_rows',
      key: KEYS.caoBang,
      body: { observations: [obs('04', 5, '2019-05-12'), obs('04', -1, '2019-05-13')] },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ read: 2, imported: 1, updated: 0, ignored: 1 });
  });

  it('is idempotent by Idempotency-Key, per caller', async () => {
    const { app, store } = await testApi();
    const batch = {
      path: '/imports',
      key: KEYS.caoBang,
      body: { observations: [obs('04', 4, '2019-05-14')] },
    };
    const first = await send(app, 'POST', batch, { 'Idempotency-Key': 'cb-2019-05-14' });
    expect(await first.json()).toMatchObject({ read: 1, imported: 1, ignored: 0 });
    // A retry with the same key writes nothing, even though the value changed in between.
    await store.saveObservations([obs('04', 9, '2019-05-14')]);
    const retry = await send(app, 'POST', batch, { 'Idempotency-Key': 'cb-2019-05-14' });
    expect(await retry.json()).toMatchObject({ read: 1, imported: 0, updated: 0, ignored: 1 });
    const [row] = (
      await store.listObservations({
        programme: PROGRAMME.code,
        from: '2019-05-14',
        to: '2019-05-14',
      })
    ).items;
    expect(row?.value).toBe(9);
    // Another caller's identical key is its own.
    const other = await send(
      app,
      'POST',
      { ...batch, key: KEYS.national },
      { 'Idempotency-Key': 'cb-2019-05-14' },
    );
    expect(await other.json()).toMatchObject({ read: 1, updated: 1 });
  });

  it('refuses unknown sections and non-list sections', async () => {
    const { app } = await testApi();
    const res = await send(app, 'POST', {
      path: '/imports',
      key: KEYS.caoBang,
      body: { observations: {}, staff: [] },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { issues: { path: unknown[] }[] };
    expect(body.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([['body', 'observations'], ['body']]),
    );
  });

  it('stores NFD text as NFC', async () => {
    const { app, store } = await testApi();
    const nfd = 'Sở Nội vụ Cao Bằng'.normalize('NFD');
    const res = await send(app, 'POST', {
      path: '/imports',
      key: KEYS.caoBang,
      body: { orgUnits: [{ code: '04.SNV', name: nfd, level: 'agency', parentCode: '04' }] },
    });
    expect(res.status).toBe(200);
    expect((await store.getOrgUnit('04.SNV'))?.name).toBe('Sở Nội vụ Cao Bằng'.normalize('NFC'));
  });
});
