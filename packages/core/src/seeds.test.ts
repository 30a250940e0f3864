// The seed reports, encoded through the public API. Every expected figure is worked out by hand
// from the articles (seeds 003 and 004) in the comments next to it.
import {
  attainmentPhrase,
  checkReportedFigure,
  computeReport,
  defineProgramme,
  inferTargetInterval,
  type Observation,
  type Programme,
  reductionPhrase,
} from '@cadre/core';
import { describe, expect, it } from 'vitest';

function programmeOf(input: unknown): Programme {
  const r = defineProgramme(input);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  return r.value;
}

// 004 — Cao Bằng, Chương trình 12-CTr/TU ngày 9/5/2016, reviewed on 20/5/2019.
const PERIOD = { start: '2016-05-09', end: '2020-12-31' };
const caoBang = programmeOf({
  code: '12-CTr/TU',
  title: { vi: 'Nâng cao chất lượng nguồn nhân lực cán bộ lãnh đạo, cán bộ quản lý trẻ' },
  legalBasis: ['12-CTr/TU ngày 9/5/2016'],
  orgUnit: '04',
  period: { kind: 'custom', ...PERIOD },
  indicators: [
    { code: 'master_education', name: { vi: 'Thạc sĩ giáo dục' }, basis: 'chỉ tiêu' },
    { code: 'specialist_health', name: { vi: 'CKI và thạc sĩ y tế' }, verb: 'bằng' },
    { code: 'master_culture', name: { vi: 'Thạc sĩ văn hóa, du lịch' } },
    { code: 'state_management', name: { vi: 'Bồi dưỡng QLNN CVCC, CVC' } },
    { code: 'leadership_skills', name: { vi: 'Kỹ năng lãnh đạo quản lý' } },
    { code: 'department_leadership', name: { vi: 'Bồi dưỡng lãnh đạo cấp sở' } },
    { code: 'advanced_political_theory', name: { vi: 'Cao cấp lý luận chính trị' } },
    { code: 'rotation', name: { vi: 'Luân chuyển cán bộ trẻ' }, verb: 'bằng' },
    { code: 'phd', name: { vi: 'Tiến sĩ' } },
  ],
  targets: [
    ['master_education', '10'],
    ['specialist_health', '41'],
    ['master_culture', '4'],
    // Reported only as percentages; the stored targets are one point of each inferred interval.
    ['state_management', '175'],
    ['leadership_skills', null],
    ['department_leadership', '200'],
    ['advanced_political_theory', '180'],
    ['rotation', '40'],
    ['phd', null],
  ].map(([indicator, value]) => ({ indicator, orgUnit: '04', period: PERIOD, value })),
});

function sent(indicator: string, parts: [string, number][]): Observation[] {
  return parts.map(([date, value]) => ({
    programme: '12-CTr/TU',
    indicator,
    orgUnit: '04',
    date,
    value,
    disaggregation: {},
  }));
}

// Actuals split over the years; the 2019-06 rows come after the review and must not count.
const observations = [
  ...sent('master_education', [
    ['2017-09-01', 12],
    ['2018-09-01', 18],
    ['2019-06-01', 5],
  ]), // 30
  ...sent('specialist_health', [
    ['2016-09-01', 40],
    ['2017-09-01', 40],
    ['2018-09-01', 37],
  ]), // 117
  ...sent('master_culture', [['2018-09-01', 4]]), // 4
  ...sent('state_management', [
    ['2017-03-01', 50],
    ['2019-05-20', 29],
  ]), // 79, asOf counts
  ...sent('leadership_skills', [['2017-01-01', 241]]), // 241
  ...sent('department_leadership', [['2018-01-01', 139]]), // 139
  ...sent('advanced_political_theory', [
    ['2016-10-01', 200],
    ['2018-10-01', 230],
  ]), // 430
  ...sent('rotation', [
    ['2017-01-01', 10],
    ['2018-06-01', 14],
    ['2019-06-01', 6],
  ]), // 24
];

describe('seed 004: Cao Bằng 12-CTr/TU at the review of 20/5/2019', () => {
  const report = computeReport({ programme: caoBang, observations, asOf: '2019-05-20' });
  const row = (indicator: string) => {
    const r = report.rows.find((x) => x.indicator === indicator);
    if (!r) throw new Error(`no row for ${indicator}`);
    return r;
  };
  const phrase = (indicator: string, lang: 'vi' | 'en' = 'vi') => {
    const i = caoBang.indicators.find((x) => x.code === indicator);
    return attainmentPhrase(row(indicator), { lang, verb: i?.verb, basis: i?.basis });
  };

  it('computes exact attainment', () => {
    const figures = report.rows.map((r) => [
      r.indicator,
      r.actual.toString(),
      r.target?.toString() ?? null,
      r.percent?.toFixed(2) ?? null,
      r.status,
    ]);
    expect(figures).toEqual([
      ['master_education', '30', '10', '300.00', 'exceeded'], // 30/10 = 3
      ['specialist_health', '117', '41', '285.37', 'exceeded'], // 117/41 = 2,853658…
      ['master_culture', '4', '4', '100.00', 'met'], // 4/4 = 1
      ['state_management', '79', '175', '45.14', 'not_met'], // 79/175 = 0,451428…
      ['leadership_skills', '241', null, null, 'no_target'],
      ['department_leadership', '139', '200', '69.50', 'not_met'], // 139/200 = 0,695
      ['advanced_political_theory', '430', '180', '238.89', 'exceeded'], // 430/180 = 2,38888…
      ['rotation', '24', '40', '60.00', 'not_met'], // 24/40 = 0,6
      ['phd', '0', null, null, 'not_started'], // "chưa chọn cử"
    ]);
    expect(report.issues).toEqual([]);
  });

  it('says the rotation is behind pro-rata', () => {
    // 9/5/2016…31/12/2020 has 237 + 365 + 365 + 365 + 366 = 1698 days; through 20/5/2019:
    // 237 + 365 + 365 + (31 + 28 + 31 + 30 + 20) = 1107. 1107/1698 = 0,65194… > 0,6.
    expect(row('rotation').expectedShare.toFixed(5)).toBe('0.65194');
    expect(row('rotation').onTrack).toBe(false);
    // 30/10 = 3 ≥ 0,65194…: ahead.
    expect(row('master_education').onTrack).toBe(true);
  });

  it('speaks the review phrases under the rounding rule', () => {
    expect(phrase('master_education')).toBe('đạt 300% chỉ tiêu');
    expect(phrase('rotation')).toBe('bằng 60% KH');
    expect(phrase('department_leadership')).toBe('đạt gần 70% KH'); // 69,5 shown as 70 > exact
    expect(phrase('phd')).toBe('chưa thực hiện');
    expect(phrase('leadership_skills')).toBe('chưa có chỉ tiêu');
    expect(phrase('specialist_health')).toBe('bằng 285% KH'); // 285 < 285,365…: plain
    expect(phrase('state_management')).toBe('đạt 45% KH'); // 45 < 45,142…: plain
    // The article printed 238%; the rule shows 238,88…% as 239, above exact, so "gần 239%".
    expect(phrase('advanced_political_theory')).toBe('đạt gần 239% KH');
    expect(phrase('department_leadership', 'en')).toBe('nearly 70% of plan');
  });

  it('reconciles the printed percentages with the stored targets', () => {
    const printed: [string, string][] = [
      ['master_education', 'đạt 300% chỉ tiêu'],
      ['specialist_health', 'bằng 285% kế hoạch (KH)'],
      ['master_culture', 'đạt 100% KH'],
      ['state_management', 'đạt 45% KH'],
      ['department_leadership', 'đạt gần 70% KH'],
      ['advanced_political_theory', 'đạt 238% KH'],
      ['rotation', 'bằng 60% KH'],
    ];
    for (const [indicator, reported] of printed) {
      const r = row(indicator);
      expect(
        checkReportedFigure({ actual: r.actual, target: r.target, reported }),
        indicator,
      ).toEqual([]);
    }
  });

  it('infers the target intervals behind the printed percentages', () => {
    // 238 from 430: rounding 237,5 ≤ 43000/T < 238,5 → T = 181; truncation 238 ≤ … < 239 → T = 180.
    const apt = inferTargetInterval(430, 'đạt 238% KH');
    expect(apt.truncation).toEqual({ min: 180, max: 180 });
    expect(apt.rounding).toEqual({ min: 181, max: 181 });
    // gần 70 from 139: 69 ≤ 13900/T < 70 → 198,57… < T ≤ 201,44… → 199, 200 and 201.
    const dept = inferTargetInterval(139, 'đạt gần 70% KH').union;
    expect(dept?.min).toBeLessThanOrEqual(199);
    expect(dept?.max).toBeGreaterThanOrEqual(200);
    // 45 from 79: 44,5 ≤ 7900/T < 45,5 → 173,6… < T ≤ 177,5… → 174…177.
    expect(inferTargetInterval(79, 'đạt 45% KH').rounding).toEqual({ min: 174, max: 177 });
  });
});

describe('seed 003: Nghệ An staff reduction under NQ 39-NQ/TW, 2015–2018', () => {
  const ngheAn = programmeOf({
    code: 'NQ39-NA',
    title: { vi: 'Tinh giản biên chế theo Nghị quyết 39-NQ/TW' },
    legalBasis: ['39-NQ/TW ngày 17/4/2015'],
    period: { kind: 'custom', start: '2015-01-01', end: '2021-12-31' },
    indicators: [
      {
        code: 'staff_cut',
        name: { vi: 'Tinh giản biên chế' },
        direction: 'reduction',
        unit: { vi: 'biên chế', en: 'staff positions' },
      },
    ],
    // NQ 39: cut at least 10% of the 2015 headcount (about 82.300) by 2021.
    targets: [
      {
        indicator: 'staff_cut',
        orgUnit: '40',
        period: { start: '2015-01-01', end: '2021-12-31' },
        value: '10',
        baseline: '82300',
      },
    ],
  });
  const cuts: [string, number][] = [
    ['2015-12-31', 1500],
    ['2016-12-31', 1800],
    ['2017-12-31', 1700],
    ['2018-12-31', 1666],
  ]; // 1500 + 1800 + 1700 + 1666 = 6666
  const report = computeReport({
    programme: ngheAn,
    asOf: '2018-12-31',
    observations: cuts.map(([date, value]) => ({
      programme: 'NQ39-NA',
      indicator: 'staff_cut',
      orgUnit: '40',
      date,
      value,
      disaggregation: {},
    })),
  });
  const [row] = report.rows;

  it('says "giảm được 6.666 biên chế, đạt gần 8,1%"', () => {
    // 6666 / 82300 = 0,0809963… → 8,0996…%; one decimal below 10% → 8,1 > exact → "gần 8,1%".
    expect(row?.actual.toString()).toBe('6666');
    expect(row?.progressPercent?.toFixed(4)).toBe('8.0996');
    const unit = ngheAn.indicators[0]!.unit;
    const text = reductionPhrase(
      { cut: row!.actual, baseline: row!.baseline, unit },
      { lang: 'vi' },
    );
    expect(text).toBe('giảm được 6.666 biên chế, đạt gần 8,1%');
    expect(checkReportedFigure({ actual: 6666, target: 82300, reported: 'đạt gần 8,1%' })).toEqual(
      [],
    );
  });

  it('measures the cut against the 10% target and the elapsed share', () => {
    // ratio = 8,0996…% / 10% = 0,80996…; 2015–2021 has 7 × 365 + 2 = 2557 days, 1461 of them
    // through 31/12/2018 (365 + 366 + 365 + 365); 1461/2557 = 0,5713… ≤ 0,80996… → on track.
    expect(row?.ratio?.toFixed(4)).toBe('0.8100');
    expect(row?.status).toBe('not_met');
    expect(row?.expectedShare.toFixed(4)).toBe('0.5714');
    expect(row?.onTrack).toBe(true);
  });
});
