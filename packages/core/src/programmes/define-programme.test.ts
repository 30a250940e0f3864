import { describe, expect, it } from 'vitest';
import type { Issue } from '../result/issue.js';
import caoBang from './__fixtures__/cao-bang-12-ctr-tu.json' with { type: 'json' };
import { defineProgramme } from './define-programme.js';

const PERIOD = { start: '2016-05-09', end: '2020-12-31' };

/** A small valid definition to break one piece at a time. */
function base(): Record<string, unknown> {
  return {
    code: 'p',
    title: { vi: 'Chương trình thử' },
    period: { kind: 'custom', ...PERIOD },
    indicators: [{ code: 'rotation', name: { vi: 'Luân chuyển' } }],
    targets: [{ indicator: 'rotation', orgUnit: '04', period: PERIOD, value: 40 }],
  };
}

function issuesOf(input: unknown): Issue[] {
  const r = defineProgramme(input);
  if (r.ok) throw new Error('expected issues');
  return r.issues;
}

const codesAndPaths = (issues: Issue[]) => issues.map((i) => [i.code, i.path]);

describe('defineProgramme: Cao Bằng 12-CTr/TU (seed 004)', () => {
  it('accepts the definition and reads its legal basis', () => {
    const r = defineProgramme(caoBang);
    if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
    const p = r.value;
    expect(p.legalBasis[0]).toMatchObject({
      number: '12',
      type: 'CTr',
      issuer: 'TU',
      date: '2016-05-09',
      statedPeriod: { start: '2016-01-01', end: '2020-12-31' },
    });
    expect(p.indicators).toHaveLength(11);
    const target = (code: string) => p.targets.find((t) => t.indicator === code)?.value;
    // Targets inverted by hand from the review of 20/5/2019: 30 = 300% of 10, 117 ≈ 285% of 41,
    // 4 = 100% of 4, and a stated 40 rotations.
    expect(target('master_education')).toBe('10');
    expect(target('specialist_health')).toBe('41');
    expect(target('master_culture_tourism')).toBe('4');
    expect(target('rotation_young_provincial')).toBe('40');
    expect(target('leadership_skills')).toBeNull();
  });

  it('round-trips through JSON unchanged', () => {
    const first = defineProgramme(caoBang);
    if (!first.ok) throw new Error('fixture must be valid');
    const again = defineProgramme(JSON.parse(JSON.stringify(first.value)));
    expect(again).toEqual(first);
  });

  it('normalises NFD text to NFC', () => {
    const nfd = JSON.parse(JSON.stringify(caoBang).normalize('NFD'));
    const r = defineProgramme(nfd);
    const expected = defineProgramme(caoBang);
    expect(r).toEqual(expected);
  });
});

describe('defineProgramme: issues', () => {
  it('catches seed 000: "giai đoạn 2007 – 2010" in the title, 2006-2010 in the text', () => {
    const def = {
      ...base(),
      title: { vi: 'Đề án đào tạo, bồi dưỡng cán bộ cơ sở vùng Tây Bắc giai đoạn 2007 – 2010' },
      period: { kind: 'phase', start: '2007-01-01', end: '2010-12-31' },
      targets: [],
      legalBasis: [
        {
          number: '106',
          type: 'QĐ',
          issuer: 'TTg',
          statedPeriod: { start: '2006-01-01', end: '2010-12-31' },
        },
      ],
    };
    expect(codesAndPaths(issuesOf(def))).toEqual([
      ['programme.legal_basis.period_mismatch', ['legalBasis', 0, 'statedPeriod']],
    ]);
    // The same contradiction the other way round: the period taken from the later text.
    const other = {
      ...def,
      period: { kind: 'phase', start: '2006-01-01', end: '2010-12-31' },
      legalBasis: [],
    };
    expect(codesAndPaths(issuesOf(other))).toEqual([
      ['programme.title.period_mismatch', ['period']],
    ]);
  });

  it('accepts a stated phase whose years match a programme starting on its issue date', () => {
    const def = { ...base(), legalBasis: ['12-CTr/TU ngày 9/5/2016 về "… giai đoạn 2016 - 2020"'] };
    expect(defineProgramme(def).ok).toBe(true);
  });

  it('reports a legal basis dated after the period ends', () => {
    const def = { ...base(), legalBasis: ['494/QĐ-BNV ngày 13/6/2021'] };
    expect(codesAndPaths(issuesOf(def))).toEqual([
      ['programme.legal_basis.after_period', ['legalBasis', 0, 'date']],
    ]);
  });

  it('reports an unreadable legal basis string at its index', () => {
    const def = { ...base(), legalBasis: ['39-NQ/TW', 'Nghị quyết 39'] };
    const found = issuesOf(def);
    expect(codesAndPaths(found)).toEqual([['legal_ref.unrecognised', ['legalBasis', 1]]]);
    expect(found[0]?.message).toMatch(/^legalBasis\[1\]: "Nghị quyết 39"/);
    expect(found[0]?.messageVi).toMatch(/^legalBasis\[1\]: /);
  });

  it('reports every target problem at its path', () => {
    const def = {
      ...base(),
      indicators: [
        { code: 'rotation', name: { vi: 'Luân chuyển' } },
        {
          code: 'staff_cut',
          name: { vi: 'Tinh giản biên chế' },
          direction: 'reduction',
          measure: 'rate',
        },
      ],
      targets: [
        { indicator: 'rotation', orgUnit: '04', period: PERIOD, value: 40 },
        { indicator: 'training', orgUnit: '04', period: PERIOD, value: 1 },
        {
          indicator: 'rotation',
          orgUnit: '04',
          period: { start: '2020-01-01', end: '2019-01-01' },
          value: 1,
        },
        {
          indicator: 'rotation',
          orgUnit: '04',
          period: { start: '2016-01-01', end: '2016-12-31' },
          value: 1,
        },
        { indicator: 'rotation', orgUnit: '04', period: PERIOD, value: 41 },
        { indicator: 'staff_cut', orgUnit: '40', period: PERIOD, value: 10 },
        { indicator: 'staff_cut', orgUnit: '41', period: PERIOD, value: 120, baseline: 82300 },
      ],
    };
    expect(codesAndPaths(issuesOf(def))).toEqual([
      ['programme.target.unknown_indicator', ['targets', 1, 'indicator']],
      ['programme.target.period_inverted', ['targets', 2, 'period', 'end']],
      ['programme.target.outside_period', ['targets', 3, 'period']],
      ['programme.target.duplicate', ['targets', 4]],
      ['programme.target.missing_baseline', ['targets', 5, 'baseline']],
      ['programme.target.reduction_over_100', ['targets', 6, 'value']],
    ]);
  });

  it('treats targets that differ only in breakdown as different cells', () => {
    const source = { records: 'training', disaggregateBy: ['level'] };
    const def = {
      ...base(),
      indicators: [{ code: 'health', name: { vi: 'Y tế' }, source }],
      targets: [
        {
          indicator: 'health',
          orgUnit: '04',
          period: PERIOD,
          value: 20,
          disaggregation: { level: 'master' },
        },
        {
          indicator: 'health',
          orgUnit: '04',
          period: PERIOD,
          value: 21,
          disaggregation: { level: 'specialist_1' },
        },
        {
          indicator: 'health',
          orgUnit: '04',
          period: PERIOD,
          value: 1,
          disaggregation: { field: 'health' },
        },
      ],
    };
    expect(codesAndPaths(issuesOf(def))).toEqual([
      ['programme.target.dimension_not_produced', ['targets', 2, 'disaggregation', 'field']],
    ]);
  });

  it('reports duplicate indicators, unknown categories and mismatched aggregation', () => {
    const def = {
      ...base(),
      indicators: [
        { code: 'rotation', name: { vi: 'Luân chuyển' }, category: 'young_leader_manager' },
        { code: 'rotation', name: { vi: 'Luân chuyển (trùng)' } },
        { code: 'x', name: { vi: 'X' }, source: { records: 'rotation', category: 'nobody' } },
        {
          code: 'staff',
          name: { vi: 'Biên chế' },
          source: { records: 'headcount' },
          category: 'women',
        },
      ],
      targets: [
        {
          indicator: 'rotation',
          orgUnit: '04',
          period: PERIOD,
          value: 4,
          disaggregation: { category: 'elves' },
        },
      ],
    };
    expect(codesAndPaths(issuesOf(def))).toEqual([
      ['programme.indicator.duplicate_code', ['indicators', 1, 'code']],
      ['programme.category.unknown', ['indicators', 2, 'source', 'category']],
      ['programme.indicator.category_not_applicable', ['indicators', 3, 'category']],
      ['programme.indicator.aggregation_mismatch', ['indicators', 3, 'aggregation']],
      ['programme.category.unknown', ['targets', 0, 'disaggregation', 'category']],
    ]);
  });

  it("accepts the programme's own categories, which may hang under standard ones", () => {
    const def = {
      ...base(),
      categories: [
        {
          code: 'young_women_leaders',
          name: { vi: 'Nữ lãnh đạo trẻ', en: 'Young women leaders' },
          parentCode: 'young_leader_manager',
          predicate: { field: 'sex', eq: 'female' },
        },
      ],
      indicators: [
        { code: 'rotation', name: { vi: 'Luân chuyển' }, category: 'young_women_leaders' },
      ],
    };
    const r = defineProgramme(def);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.categories[0]?.parentCode).toBe('young_leader_manager');
  });

  it('reports category problems with exact paths inside the programme', () => {
    const def = {
      ...base(),
      categories: [
        {
          code: 'a',
          name: { vi: 'A', en: 'A' },
          parentCode: 'b',
          predicate: { all: [{ young: true }, { age: { lt: 'forty' } }] },
        },
        { code: 'b', name: { vi: 'B', en: 'B' }, parentCode: 'a', predicate: { always: true } },
      ],
    };
    expect(codesAndPaths(issuesOf(def))).toEqual([
      ['category.predicate.invalid', ['categories', 0, 'predicate', 'all', 1, 'age', 'lt']],
      ['category.cycle', ['categories', 0, 'parentCode']],
      ['category.cycle', ['categories', 1, 'parentCode']],
    ]);
  });

  it('collects schema and cross-field issues in one pass, each named in both languages', () => {
    const def = {
      ...base(),
      youthAge: -1,
      indicators: [
        { code: 'rotation', name: { vi: 'Luân chuyển' } },
        { code: '', name: { vi: 'Trống' } },
      ],
      targets: [
        {
          indicator: 'rotation',
          orgUnit: '04',
          period: { start: '2016-01-01', end: '2016-12-31' },
          value: 'bốn mươi',
        },
        { indicator: 'ghost', orgUnit: '04', period: PERIOD, value: 1 },
      ],
    };
    const issues = issuesOf(def);
    expect(codesAndPaths(issues)).toEqual([
      ['zod.too_small', ['indicators', 1, 'code']],
      ['zod.custom', ['targets', 0, 'value']],
      ['zod.too_small', ['youthAge']],
      ['programme.target.unknown_indicator', ['targets', 1, 'indicator']],
    ]);
    for (const i of issues) {
      expect(i.messageVi).toBeDefined();
      expect(i.message.length).toBeGreaterThan(0);
    }
    expect(issues[0]?.message).toMatch(/^indicators\[1\]\.code: /);
    expect(issues[2]?.messageVi).toBe('youthAge: cần > 0');
  });

  it('rejects data that is not an object', () => {
    expect(codesAndPaths(issuesOf('12-CTr/TU'))).toEqual([['zod.invalid_type', []]]);
    expect(codesAndPaths(issuesOf({ ...base(), legalBasis: 'x' }))).toEqual([
      ['zod.invalid_type', ['legalBasis']],
    ]);
  });
});
