import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeReport } from '../attainment/compute-report.js';
import { defineProgramme } from '../programmes/define-programme.js';
import type { ProgrammeInput, RuleOperator, ValidationRuleInput } from '../programmes/schema.js';
import type { Issue } from '../result/issue.js';

const PERIOD = { start: '2016-05-09', end: '2020-12-31' };
const FIELDS = ['master_education', 'specialist_health', 'master_culture_tourism'];

// Seed 004: "173 young leaders sent to master's-level training: 30 in education, 117 in health,
// 4 in culture and tourism". The rule: the fields together are at most all master's trainees.
const MASTERS_BY_FIELD: ValidationRuleInput = {
  code: 'masters_by_field',
  name: {
    vi: 'Thạc sĩ theo lĩnh vực không vượt tổng số đi đào tạo thạc sĩ',
    en: "Master's trainees by field are at most all master's trainees",
  },
  left: FIELDS.map((indicator) => ({ indicator })),
  op: '<=',
  right: [{ indicator: 'master_level' }],
};

function seed004(rules: ValidationRuleInput[]): ProgrammeInput {
  return {
    code: '12-CTr/TU',
    title: { vi: 'Nâng cao chất lượng cán bộ lãnh đạo, quản lý trẻ giai đoạn 2016 - 2020' },
    period: { kind: 'custom', ...PERIOD },
    indicators: ['master_level', ...FIELDS].map((code) => ({ code, name: { vi: code } })),
    targets: [
      // Targets as the seed's percentages imply them (300%, 285%, 100%); none for the total.
      { indicator: 'master_level', orgUnit: '04', period: PERIOD, value: null },
      { indicator: 'master_education', orgUnit: '04', period: PERIOD, value: 10 },
      { indicator: 'specialist_health', orgUnit: '04', period: PERIOD, value: 41 },
      { indicator: 'master_culture_tourism', orgUnit: '04', period: PERIOD, value: 4 },
    ],
    validationRules: rules,
  };
}

function defined(input: ProgrammeInput) {
  const r = defineProgramme(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const observation = (indicator: string, value: number | string) => ({
  programme: '12-CTr/TU',
  indicator,
  orgUnit: '04',
  date: '2019-05-20',
  value,
  disaggregation: {},
});

const violations = (issues: Issue[]) => issues.filter((i) => i.code === 'validation_rule.violated');

describe('validation rules on seed 004 (Cao Bằng, master’s training)', () => {
  const actuals = { master_education: 30, specialist_health: 117, master_culture_tourism: 4 };
  const fields = Object.entries(actuals).map(([i, v]) => observation(i, v));

  it('finds nothing wrong in 30 + 117 + 4 ≤ 173', () => {
    const report = computeReport({
      programme: defined(seed004([MASTERS_BY_FIELD])),
      observations: [...fields, observation('master_level', 173)],
      asOf: '2019-05-20',
    });
    expect(violations(report.issues)).toEqual([]);
  });

  it('reports 151 ≤ 150 when the total is entered short, in both languages', () => {
    const report = computeReport({
      programme: defined(seed004([MASTERS_BY_FIELD])),
      observations: [...fields, observation('master_level', 150)],
      asOf: '2019-05-20',
    });
    const [v, ...more] = violations(report.issues);
    expect(more).toEqual([]);
    expect(v?.path).toEqual(['validationRules', 0]);
    expect(v?.input).toEqual({
      rule: 'masters_by_field',
      orgUnit: '04',
      period: PERIOD,
      left: String(30 + 117 + 4),
      right: '150',
    });
    expect(v?.message).toContain('fails at 04, 2016-05-09 to 2020-12-31: 151 ≤ 150 is false');
    expect(v?.messageVi).toContain(
      'không thỏa tại 04, 2016-05-09 đến 2020-12-31: 151 ≤ 150 là sai',
    );
  });

  it('names an unknown indicator in a rule at its path', () => {
    const bad = { ...MASTERS_BY_FIELD, right: [{ indicator: 'master_total' }] };
    const r = defineProgramme(seed004([bad]));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([
        [
          'programme.validation_rule.unknown_indicator',
          ['validationRules', 0, 'right', 0, 'indicator'],
        ],
      ]);
    }
  });
});

const MIRROR: Record<RuleOperator, RuleOperator> = {
  '<=': '>=',
  '<': '>',
  '==': '==',
  '>=': '<=',
  '>': '<',
  '!=': '!=',
};
const NEGATION: Record<RuleOperator, RuleOperator> = {
  '<=': '>',
  '<': '>=',
  '==': '!=',
  '>=': '<',
  '>': '<=',
  '!=': '==',
};

const valueArb = fc.oneof(
  fc.integer({ min: 0, max: 1000 }),
  fc
    .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 99 }))
    .map(([i, d]) => `${i}.${d}`),
);

describe('validation rules, for any figures', () => {
  const ops = fc.constantFrom<RuleOperator>('<=', '<', '==', '>=', '>', '!=');
  const verdicts = (
    left: string[],
    op: RuleOperator,
    right: string[],
    values: (number | string)[],
  ) => {
    const rule = (
      l: string[],
      o: RuleOperator,
      r: string[],
      code: string,
    ): ValidationRuleInput => ({
      code,
      name: { vi: code },
      left: l.map((indicator) => ({ indicator })),
      op: o,
      right: r.map((indicator) => ({ indicator })),
    });
    const programme = defined({
      ...seed004([
        rule(left, op, right, 'rule'),
        rule(right, MIRROR[op], left, 'mirrored'),
        rule(left, NEGATION[op], right, 'negated'),
      ]),
    });
    const codes = ['master_level', ...FIELDS];
    const report = computeReport({
      programme,
      observations: values.map((v, k) => observation(codes[k]!, v)),
      asOf: '2019-05-20',
    });
    const failed = new Set(
      violations(report.issues).map((i) => (i.input as { rule: string }).rule),
    );
    return {
      rule: failed.has('rule'),
      mirrored: failed.has('mirrored'),
      negated: failed.has('negated'),
    };
  };
  const side = fc.subarray(['master_level', ...FIELDS], { minLength: 1 });

  it('gives a rule and its mirrored form the same verdict, and its negation the other', () => {
    fc.assert(
      fc.property(
        side,
        ops,
        side,
        fc.array(valueArb, { minLength: 4, maxLength: 4 }),
        (l, op, r, v) => {
          const got = verdicts(l, op, r, v);
          expect(got.mirrored).toBe(got.rule);
          expect(got.negated).toBe(!got.rule);
        },
      ),
      { numRuns: 200 },
    );
  });
});
