import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEYS, PROGRAMME, testApi } from '../__fixtures__/seed.js';
import { send } from '../__fixtures__/send.js';

const P = encodeURIComponent(PROGRAMME.code);
type Row = Record<string, unknown> & { indicator: string };
async function report(path: string, key: string = KEYS.ministryAggregate) {
  const { app } = await testApi();
  const res = await send(app, 'GET', { path, key });
  return { status: res.status, body: (await res.json()) as { rows: Row[]; issues: unknown[] } };
}
const byIndicator = (rows: Row[]) => Object.fromEntries(rows.map((r) => [r.indicator, r]));

describe('GET /attainment', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives the review figures of 12-CTr/TU at 20/5/2019 exactly, with Vietnamese phrases', async () => {
    const { status, body } = await report(`/attainment?programme=${P}&asOf=2019-05-20&lang=vi`);
    expect(status).toBe(200);
    const rows = byIndicator(body.rows);
    // 30 / 10 = 300% "đạt 300% chỉ tiêu"; 24 / 40 = 60% "bằng 60% KH" (seed 004).
    expect(rows.master_education).toMatchObject({
      target: '10',
      actual: '30',
      percent: '300',
      status: 'exceeded',
      phrase: 'đạt 300% chỉ tiêu',
      statusLabel: 'vượt',
    });
    expect(rows.rotation).toMatchObject({
      target: '40',
      actual: '24',
      ratio: '0.6',
      percent: '60',
      status: 'not_met',
      phrase: 'bằng 60% KH',
      statusLabel: 'chưa đạt',
    });
    // 117 / 41 = 2.853658… (the digits 53658 repeat): exact text, shown as "bằng 285% KH".
    expect(rows.master_health?.percent).toMatch(/^285\.3658536585365853658/);
    expect(rows.master_health?.phrase).toBe('bằng 285% KH');
  });

  it('says the rotation is behind pro-rata: 60% done after 1107 of 1698 days', async () => {
    const { body } = await report(`/attainment?programme=${P}&asOf=2019-05-20&indicator=rotation`);
    const [row] = body.rows;
    // 9/5/2016…20/5/2019 is 1107 days counted inclusively, the period 1698: share 0.65194346…
    expect(row?.expectedShare).toMatch(/^0\.651943462897/);
    expect(row?.onTrack).toBe(false);
    expect(row).not.toHaveProperty('phrase');
  });

  it('speaks English with lang=en', async () => {
    const { body } = await report(`/attainment?programme=${P}&asOf=2019-05-20&lang=en`);
    const rows = byIndicator(body.rows);
    expect(rows.master_education?.phrase).toBe('300% of target');
    expect(rows.rotation?.phrase).toBe('60% of plan');
  });

  it('depends on asOf and never on the clock', async () => {
    const path = `/attainment?programme=${P}&asOf=2019-05-20`;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2019-05-20T08:00:00+07:00'));
    const then = await report(path);
    vi.setSystemTime(new Date('2031-01-01T00:00:00Z'));
    const later = await report(path);
    expect(later.body).toEqual(then.body);
    const earlier = await report(`/attainment?programme=${P}&asOf=2018-12-31`);
    // On 31/12/2018 the rotations of 1/5/2019 had not happened: nothing done yet.
    expect(byIndicator(earlier.body.rows).rotation).toMatchObject({
      actual: '0',
      status: 'not_started',
    });
  });

  it('defaults a one-province caller to its subtree and refuses other subtrees', async () => {
    const own = await report(`/attainment?programme=${P}&asOf=2019-05-20`, KEYS.caoBangAggregate);
    expect(own.body.rows).toHaveLength(3);
    const other = await report(
      `/attainment?programme=${P}&asOf=2019-05-20&orgUnit=40`,
      KEYS.caoBangAggregate,
    );
    expect(other.status).toBe(403);
  });

  it('answers 404 for an unknown programme and 400 for half a period', async () => {
    expect((await report('/attainment?programme=KH-99&asOf=2019-05-20')).status).toBe(404);
    const half = await report(`/attainment?programme=${P}&asOf=2019-05-20&periodStart=2016-05-09`);
    expect(half.status).toBe(400);
    expect(JSON.stringify(half.body)).toContain('"periodEnd"');
  });
});

describe('GET /attainment with validation rules', () => {
  it('answers each violated rule as an issue, in both languages', async () => {
    const { app, store } = await testApi();
    // A deliberately false rule over the seed: master's in health (117) ≤ in education (30).
    const rule = {
      code: 'health_within_education',
      name: { vi: 'Y tế không vượt giáo dục', en: 'Health within education' },
      left: [{ indicator: 'master_health' }],
      op: '<=' as const,
      right: [{ indicator: 'master_education' }],
    };
    const done = await store.importBatch({
      programmes: [{ ...PROGRAMME, validationRules: [rule] }],
    });
    expect(done.issues).toEqual([]);
    const res = await send(app, 'GET', {
      path: `/attainment?programme=${P}&asOf=2019-05-20`,
      key: KEYS.ministryAggregate,
    });
    const body = (await res.json()) as {
      issues: { code: string; message: string; messageVi?: string }[];
    };
    const found = body.issues.filter((i) => i.code === 'validation_rule.violated');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('117 ≤ 30 is false');
    expect(found[0]?.messageVi).toContain('117 ≤ 30 là sai');
  });
});
