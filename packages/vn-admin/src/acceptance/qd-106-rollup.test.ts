import { type AttainmentRow, addDecimalText, computeReport, defineProgramme } from '@cadre/core';
import { describe, expect, it } from 'vitest';
import { createVnAdminIndex } from '../geography/getters.js';

// QĐ 106/QĐ-TTg, commune-level cadres of the northwest trained in 2007–2010. The 13 provinces
// are named exactly as the 2010 review writes them; the figures are illustrative.
const FIGURES: [name: string, target: number, actual: number][] = [
  ['Lạng Sơn', 1200, 1150],
  ['Hà Giang', 1500, 1620],
  ['Cao Bằng', 1300, 1210],
  ['Lào Cai', 1100, 1180],
  ['Yên Bái', 1000, 950],
  ['Bắc Cạn', 800, 760],
  ['Phú Thọ', 1400, 1390],
  ['Hòa Bình', 1200, 1260],
  ['Sơn La', 1600, 1480],
  ['Lai Châu', 700, 720],
  ['Điện Biên', 900, 870],
  ['Thanh hóa', 2500, 2630],
  ['Nghệ An', 2600, 2450],
];
const PERIOD = { start: '2007-01-01', end: '2010-12-31' };
const REVIEW = '2010-05-17';

// Sums by hand: targets 17,800 and actuals 17,670 in all. In the 2025 provinces, Lào Cai holds
// Lào Cai + Yên Bái (1,100 + 1,000 = 2,100 planned, 1,180 + 950 = 2,130 trained), Phú Thọ holds
// Phú Thọ + Hòa Bình (1,400 + 1,200 = 2,600; 1,390 + 1,260 = 2,650), Thái Nguyên takes Bắc Kạn
// (800; 760) and Tuyên Quang takes Hà Giang (1,500; 1,620).
const EXPECTED_CURRENT: Record<string, [string, string, string]> = {
  '20': ['Lạng Sơn', '1200', '1150'],
  '08': ['Tuyên Quang', '1500', '1620'],
  '04': ['Cao Bằng', '1300', '1210'],
  '15': ['Lào Cai', '2100', '2130'],
  '19': ['Thái Nguyên', '800', '760'],
  '25': ['Phú Thọ', '2600', '2650'],
  '14': ['Sơn La', '1600', '1480'],
  '12': ['Lai Châu', '700', '720'],
  '11': ['Điện Biên', '900', '870'],
  '38': ['Thanh Hóa', '2500', '2630'],
  '40': ['Nghệ An', '2600', '2450'],
};

describe('QĐ 106 figures rolled up to the 2025 provinces', () => {
  const index = createVnAdminIndex({ levels: ['province'] });
  const codeOf = (name: string) => {
    const r = index.resolve(name, { asOf: REVIEW });
    if (!r.ok) throw new Error(`${name}: ${r.issues[0]?.message}`);
    return r.value.code;
  };
  const programme = defineProgramme({
    code: '106/QĐ-TTg',
    title: { vi: 'Đào tạo, bồi dưỡng cán bộ cơ sở vùng Tây Bắc giai đoạn 2007 – 2010' },
    period: { kind: 'phase', ...PERIOD },
    indicators: [{ code: 'trained', name: { vi: 'Cán bộ cơ sở được đào tạo, bồi dưỡng' } }],
    targets: FIGURES.map(([name, target]) => ({
      indicator: 'trained',
      orgUnit: codeOf(name),
      period: PERIOD,
      value: target,
    })),
  });
  if (!programme.ok) throw new Error(programme.issues.map((i) => i.message).join('; '));
  // Each province reports in two parts, 2008 and 2009, as integers.
  const observations = FIGURES.flatMap(([name, , actual]) => {
    const part = {
      programme: '106/QĐ-TTg',
      indicator: 'trained',
      orgUnit: codeOf(name),
      disaggregation: {},
    };
    const first = Math.floor(actual / 2);
    return [
      { ...part, date: '2008-12-31', value: first },
      { ...part, date: '2009-12-31', value: actual - first },
    ];
  });
  const report = (rollup: 'none' | 'current', asOf: string) =>
    computeReport({
      programme: programme.value,
      observations,
      orgUnits: index,
      asOf,
      rollup,
    });
  const total = (rows: AttainmentRow[]) => [
    rows.reduce((s, r) => addDecimalText(s, r.target?.toString() ?? '0'), '0'),
    rows.reduce((s, r) => addDecimalText(s, r.actual.toString()), '0'),
  ];

  it('keeps the 13 former provinces as reported on the review date', () => {
    const r = report('none', '2010-12-31');
    expect(r.issues).toEqual([]);
    expect(r.rows).toHaveLength(13);
    expect(total(r.rows)).toEqual(['17800', '17670']);
  });

  it('rolls up to 11 current provinces, preserving the totals', () => {
    const r = report('current', '2025-07-01');
    expect(r.issues).toEqual([]);
    expect(r.rows).toHaveLength(11);
    expect(total(r.rows)).toEqual(['17800', '17670']);
    const got = Object.fromEntries(
      r.rows.map((row) => [
        row.orgUnit,
        [index.get(row.orgUnit)?.name, row.target?.toString(), row.actual.toString()],
      ]),
    );
    expect(got).toEqual(EXPECTED_CURRENT);
  });

  it('computes attainment on the sums, never by averaging percentages', () => {
    const rows = report('current', '2025-07-01').rows;
    const percent = (code: string) => rows.find((r) => r.orgUnit === code)?.percent;
    // Thái Nguyên: 760 / 800 = 95%. Lào Cai: 2,130 / 2,100 = 101.43%, not the mean of
    // 107.27% and 95% (101.14%).
    expect(percent('19')?.toString()).toBe('95');
    expect(percent('15')?.toDecimalPlaces(2).toString()).toBe('101.43');
    expect(rows.find((r) => r.orgUnit === '15')?.status).toBe('exceeded');
  });
});
