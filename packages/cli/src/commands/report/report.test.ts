import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toDecimal } from '@cadre/core';
import { describe, expect, it } from 'vitest';
import { cli } from '../../__fixtures__/run-cli.js';
import { ReportJsonSchema } from './report-json.js';

const SEED = ['--targets', 'seed-004/targets.csv', '--actuals', 'seed-004/actuals.csv'];

async function seedJson(extra: string[] = []) {
  const r = await cli(['report', ...SEED, '--as-of', '2019-05-20', '--format', 'json', ...extra]);
  return { ...r, doc: ReportJsonSchema.parse(JSON.parse(r.stdout)) };
}

describe('cadre report on seed 004 (Cao Bằng, 12-CTr/TU, review of 20/5/2019)', () => {
  it('prints the JSON contract, which validates against ReportJsonSchema', async () => {
    const { code, doc, stderr } = await seedJson();
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(doc.issues).toEqual([]);
    expect(doc.rows.map((r) => r.indicator)).toEqual([
      'master_education',
      'master_health',
      'master_culture',
      'qlnn',
      'dept_leadership',
      'leadership_skills',
      'rotation',
      'phd',
    ]);
  });

  it('gives the seed figures exactly, as decimal strings', async () => {
    const { doc } = await seedJson();
    const row = (indicator: string) => doc.rows.find((r) => r.indicator === indicator)!;
    // 30 of target 10 → 300%: vượt.
    expect(row('master_education')).toMatchObject({
      target: '10',
      actual: '30',
      percent: '300',
      status: 'exceeded',
      phrase: 'đạt 300% KH',
      on_track: true,
    });
    // 117 / 41 = 2.853658536585… → 285.3658…%, shown "285%".
    const health = row('master_health');
    expect(toDecimal(health.percent!).toDecimalPlaces(4).toString()).toBe('285.3659');
    expect(health.phrase).toBe('đạt 285% KH');
    expect(row('master_culture')).toMatchObject({ percent: '100', status: 'met' });
    // 79 / 175 = 45.142857…%.
    expect(row('qlnn')).toMatchObject({ status: 'not_met', phrase: 'đạt 45% KH', on_track: false });
    // 139 / 200 = 69.5%: "gần 70%", never "70%"; 69.5% ≥ 65.19% elapsed, so on track.
    expect(row('dept_leadership')).toMatchObject({
      percent: '69.5',
      phrase: 'đạt gần 70% KH',
      on_track: true,
    });
    // No target: a status, never Infinity or NaN.
    expect(row('leadership_skills')).toMatchObject({
      target: null,
      actual: '241',
      percent: null,
      status: 'no_target',
      phrase: 'chưa có chỉ tiêu',
      on_track: null,
    });
    // 10 + 14 by 20/5/2019 (the 5 of 30/6/2019 come later) = 24 of 40 → 60%, behind pro-rata.
    expect(row('rotation')).toMatchObject({
      target: '40',
      actual: '24',
      percent: '60',
      status: 'not_met',
      on_track: false,
    });
    expect(row('phd')).toMatchObject({
      actual: '0',
      status: 'not_started',
      phrase: 'chưa thực hiện',
    });
  });

  it('reports the elapsed share of the period: 1107 of 1698 days', async () => {
    const { doc } = await seedJson();
    const expected = toDecimal(1107).times(100).div(1698);
    for (const r of doc.rows) {
      expect(toDecimal(r.expected_percent).minus(expected).abs().lt('1e-15')).toBe(true);
    }
    expect(doc.rows[0]?.org_unit).toEqual({ code: 'pre2025:cao-bang', name: 'Cao Bằng' });
    expect(doc.rows[0]?.period).toEqual({ start: '2016-05-09', end: '2020-12-31' });
  });

  it('speaks English with --lang en', async () => {
    const { doc } = await seedJson(['--lang', 'en']);
    expect(doc.rows[0]?.phrase).toBe('300% of plan');
    expect(doc.rows[4]?.phrase).toBe('nearly 70% of plan');
    expect(doc.rows[5]?.phrase).toBe('no target');
  });

  it('prints a table in Vietnamese by default, numbers in Vietnamese style', async () => {
    const { code, stdout } = await cli(['report', ...SEED, '--as-of', '20/5/2019']);
    expect(code).toBe(0);
    expect(stdout).toContain('Chương trình 12-CTr/TU — ngày báo cáo 20/05/2019');
    expect(stdout).toContain('đạt gần 70% KH');
    expect(stdout).toMatch(
      /Luân chuyển cán bộ\s+Cao Bằng\s+09\/05\/2016–31\/12\/2020\s+40\s+24\s+đạt 60% KH\s+chưa đạt\s+65%\s+chậm/,
    );
    expect(stdout).toContain(
      '8 dòng: 2 vượt, 1 đạt, 3 chưa đạt, 1 chưa có chỉ tiêu, 1 chưa thực hiện',
    );
  });

  it('prints Markdown and CSV', async () => {
    const md = await cli([
      'report',
      ...SEED,
      '--as-of',
      '2019-05-20',
      '--format',
      'md',
      '--lang',
      'en',
    ]);
    expect(md.stdout.startsWith('## Programme 12-CTr/TU — review date 2019-05-20')).toBe(true);
    expect(md.stdout).toContain('| Indicator | Org unit |');
    const csv = await cli([
      'report',
      ...SEED,
      '--as-of',
      '2019-05-20',
      '--format',
      'csv',
      '--lang',
      'en',
    ]);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'programme,indicator,org_unit_code,org_unit_name,period_start,period_end,target,actual,percent,status,phrase,expected_percent,on_track',
    );
    expect(lines).toHaveLength(9);
    expect(lines[7]).toContain(',40,24,60,not_met,');
  });

  it('defaults --as-of to today in Việt Nam and says which date it used', async () => {
    // 17:30 UTC on 19/5/2019 is already 00:30 on 20/5/2019 in Hà Nội.
    const now = () => new Date('2019-05-19T17:30:00Z');
    const r = await cli(['report', ...SEED, '--format', 'json'], { now });
    expect(r.stderr).toContain('Ngày báo cáo: 20/05/2019 (hôm nay theo giờ Việt Nam');
    const doc = ReportJsonSchema.parse(JSON.parse(r.stdout));
    expect(doc.rows.find((x) => x.indicator === 'rotation')?.actual).toBe('24');
  });
});

describe('cadre report --rollup current (QĐ 106 provinces under their 2025 successors)', () => {
  const QD106 = ['--targets', 'qd-106/targets.csv', '--actuals', 'qd-106/actuals.csv'];

  it('keeps the historical units as stored', async () => {
    const r = await cli(['report', ...QD106, '--as-of', '2010-12-31', '--format', 'json']);
    const doc = ReportJsonSchema.parse(JSON.parse(r.stdout));
    expect(r.code).toBe(0);
    const byName = Object.fromEntries(doc.rows.map((x) => [x.org_unit.name, x.percent]));
    // "Bắc Cạn", as QĐ 106 writes it, resolves to Bắc Kạn.
    expect(byName).toEqual({ 'Lào Cai': '90', 'Yên Bái': '20', 'Bắc Kạn': '50' });
  });

  it('sums actuals and targets into the 2025 provinces, never averaging percentages', async () => {
    const r = await cli([
      'report',
      ...QD106,
      '--as-of',
      '2025-08-01',
      '--rollup',
      'current',
      '--units-as-of',
      '2025-08-01',
      '--format',
      'json',
    ]);
    const doc = ReportJsonSchema.parse(JSON.parse(r.stdout));
    const laoCai = doc.rows.find((x) => x.org_unit.name === 'Lào Cai')!;
    // (90 + 10) / (100 + 50) = 66.67%, not (90% + 20%) / 2 = 55%.
    expect(laoCai).toMatchObject({ target: '150', actual: '100' });
    expect(toDecimal(laoCai.percent!).toDecimalPlaces(2).toString()).toBe('66.67');
    const thaiNguyen = doc.rows.find((x) => x.org_unit.name === 'Thái Nguyên')!;
    expect(thaiNguyen).toMatchObject({ target: '60', actual: '30', percent: '50' });
    expect(doc.rows).toHaveLength(2);
  });
});

/** A clock in December 2026, for the commands that default to today's units. */
const TODAY = { now: () => new Date('2026-12-07T03:00:00Z') };

describe('cadre report across the 1/7/2025 merger (every figure counted or named)', () => {
  const NK = ['--targets', 'merger-2025/targets.csv', '--actuals', 'merger-2025/actuals.csv'];
  const json = async (extra: string[]) => {
    const r = await cli(
      ['report', ...NK, '--as-of', '2025-12-31', '--format', 'json', ...extra],
      TODAY,
    );
    return { ...r, doc: ReportJsonSchema.parse(JSON.parse(r.stdout)) };
  };
  const figures = (doc: {
    rows: { org_unit: { name: string }; actual: string; target: string | null }[];
  }) => doc.rows.map((x) => [x.org_unit.name, x.actual, x.target]);

  it('--rollup none: Cao Bằng 70/100, Bắc Kạn 20/100, Thái Nguyên’s 25 named as not counted', async () => {
    const { doc, code } = await json(['--rollup', 'none']);
    expect(figures(doc)).toEqual([
      ['Cao Bằng', '70', '100'],
      ['Bắc Kạn', '20', '100'],
    ]);
    expect(doc.accounting).toEqual([
      {
        programme: 'NK',
        read: 4,
        counted: 3,
        counted_value: '90',
        not_counted: [
          {
            reason: 'no_target',
            label: 'không có chỉ tiêu trong dòng kế thừa của đơn vị',
            indicator: 'dt',
            org_unit: { code: '19', name: 'Thái Nguyên' },
            rows: 1,
            value: '25',
            hint: 'rollup_current',
          },
        ],
      },
    ]);
    expect(doc.issues.map((i) => i.code)).toEqual(['observation.no_target']);
    expect(code).toBe(1);
  });

  it('--rollup current: Cao Bằng 70/100 and Thái Nguyên 45/100, 4 of 4 rows counted', async () => {
    const { doc, code } = await json(['--rollup', 'current']);
    expect(figures(doc)).toEqual([
      ['Cao Bằng', '70', '100'],
      ['Thái Nguyên', '45', '100'],
    ]);
    expect(doc.accounting[0]).toMatchObject({ read: 4, counted: 4, not_counted: [] });
    expect(code).toBe(0);
  });

  it('prints where every row went under the table', async () => {
    const r = await cli(['report', ...NK, '--as-of', '2025-12-31', '--lang', 'en'], TODAY);
    expect(r.stdout).toContain('Read 4 rows: 3 counted, 1 not counted');
    expect(r.stdout).toContain(
      "Thái Nguyên, dt: 1 rows, total 25 — no target in the unit's lineage; counted with --rollup current",
    );
  });
});

describe('cadre report --rollup current without --units-as-of (seed 000, QĐ 106, 2007–2010)', () => {
  const QD106 = ['--targets', 'qd-106/targets.csv', '--actuals', 'qd-106/actuals.csv'];

  it('rolls a 2007–2010 review up to the 2025 provinces, the units of today', async () => {
    const args = [
      'report',
      ...QD106,
      '--as-of',
      '2010-12-31',
      '--rollup',
      'current',
      '--format',
      'json',
    ];
    const doc = ReportJsonSchema.parse(JSON.parse((await cli(args, TODAY)).stdout));
    expect(doc.rows.map((x) => [x.org_unit.name, x.target, x.actual])).toEqual([
      ['Lào Cai', '150', '100'],
      ['Thái Nguyên', '60', '30'],
    ]);
    // The same review with the units of its own date keeps the 63-province map.
    const then = ReportJsonSchema.parse(
      JSON.parse((await cli([...args, '--units-as-of', '2010-12-31'], TODAY)).stdout),
    );
    expect(then.rows.map((x) => x.org_unit.name).sort()).toEqual(['Bắc Kạn', 'Lào Cai', 'Yên Bái']);
  });
});

describe('cadre report phrases a figure as the programme says it (verb column)', () => {
  it('reads the Cao Bằng rotation as "bằng 60% KH", as the demo does', async () => {
    const data = fileURLToPath(
      new URL('../../../../../examples/cao-bang-12-ctr-tu/data/', import.meta.url),
    );
    const r = await cli([
      'report',
      '--targets',
      join(data, 'targets.csv'),
      '--actuals',
      join(data, 'actuals.csv'),
      '--as-of',
      '2019-05-20',
      '--format',
      'json',
    ]);
    const doc = ReportJsonSchema.parse(JSON.parse(r.stdout));
    const rotation = doc.rows.find((x) => x.indicator === 'rotation_young_provincial');
    expect(rotation).toMatchObject({ actual: '24', target: '40', phrase: 'bằng 60% KH' });
    expect(doc.rows.find((x) => x.indicator === 'master_education')?.phrase).toBe('đạt 300% KH');
  });
});

describe('a 2007–2010 review of the 13 northwest provinces (seed 000), rolled up today', () => {
  const FILES = [
    '--targets',
    'qd-106-northwest/targets.csv',
    '--actuals',
    'qd-106-northwest/actuals.csv',
  ];
  const report = async (extra: string[]) => {
    const args = ['report', ...FILES, '--as-of', '2010-12-31', '--format', 'json', ...extra];
    return ReportJsonSchema.parse(JSON.parse((await cli(args, TODAY)).stdout));
  };
  type Figures = { actual: string; target: string | null };
  const total = (rows: Figures[], pick: (r: Figures) => string | null) =>
    rows.reduce((s, r) => s + Number(pick(r) ?? 0), 0);

  it('lands on the 2025 provinces without --units-as-of, every total kept', async () => {
    const before = await report([]);
    const after = await report(['--rollup', 'current']);
    expect(before.rows).toHaveLength(13);
    // The 2025 map of docs/geography.md: Hà Giang → Tuyên Quang, Lào Cai + Yên Bái →
    // Lào Cai, Bắc Kạn → Thái Nguyên, Phú Thọ + Hòa Bình → Phú Thọ, seven unchanged.
    expect(after.rows.map((r) => r.org_unit.name).sort()).toEqual(
      [
        'Cao Bằng',
        'Điện Biên',
        'Lai Châu',
        'Lạng Sơn',
        'Lào Cai',
        'Nghệ An',
        'Phú Thọ',
        'Sơn La',
        'Thái Nguyên',
        'Thanh Hóa',
        'Tuyên Quang',
      ].sort(),
    );
    expect(after.rows.every((r) => !r.org_unit.code.startsWith('pre2025:'))).toBe(true);
    expect(total(after.rows, (r) => r.actual)).toBe(total(before.rows, (r) => r.actual));
    expect(total(after.rows, (r) => r.target)).toBe(total(before.rows, (r) => r.target));
    expect(after.accounting[0]).toMatchObject({ read: 26, counted: 26, not_counted: [] });
  });
});
