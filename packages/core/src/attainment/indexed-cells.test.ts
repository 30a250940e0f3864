import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOrgUnitIndex, type OrgUnitIndex } from '../org-units/org-unit-index.js';
import { type Programme, ProgrammeSchema, type Target } from '../programmes/schema.js';
import type { Observation } from '../records/schema.js';
import { collectCells, type UnplacedObservations } from './aggregate-cells.js';
import { computeReport } from './compute-report.js';
import { selectTargets } from './select-targets.js';
import type { CellTotal, ReportFilter } from './types.js';

// The indexed stage 1 against the plainest possible one: every observation checked against
// every selected target, as the rules in aggregateCells' documentation read.

const asOf = '2023-06-30';
// Room for sums of many 2^53 values plus quarters, so the reference never rounds.
const Wide = Decimal.clone({ precision: 100 });
const day = (n: number) => new Date(Date.UTC(2019, 5, 1 + n)).toISOString().slice(0, 10);
const DAYS = 6 * 365;
const KEYS = ['category', 'course', 'sex'] as const;
const VALUES: Record<(typeof KEYS)[number], string[]> = {
  category: ['leader', 'young_leader', 'women', 'commune'],
  course: ['master', 'qlnn', 'llct'],
  sex: ['male', 'female'],
};
const CATEGORIES = [
  { code: 'leader', parentCode: null },
  { code: 'young_leader', parentCode: 'leader' },
  { code: 'women', parentCode: null },
  { code: 'commune', parentCode: null },
];

interface Scenario {
  orgUnits: OrgUnitIndex;
  units: string[];
  programme: Programme;
  observations: Observation[];
  filter: ReportFilter | undefined;
}

const breakdown = fc
  .subarray([...KEYS])
  .chain((keys) =>
    fc
      .tuple(...keys.map((k) => fc.constantFrom(...VALUES[k])))
      .map((vs) => Object.fromEntries(keys.map((k, i) => [k, vs[i]!]))),
  );

// Observations carry their keys in any order, as readers produce them.
const shuffled = (d: Record<string, string>) =>
  fc.shuffledSubarray(Object.keys(d), { minLength: Object.keys(d).length }).map((keys) => {
    const out: Record<string, string> = {};
    for (const k of keys) out[k] = d[k]!;
    return out;
  });

const scenario: fc.Arbitrary<Scenario> = fc
  .array(fc.nat(), { minLength: 1, maxLength: 9 })
  .chain((parentPicks) => {
    // Unit i hangs under an earlier unit or none: a random forest of nested units.
    const units = parentPicks.map((_, i) => `u${i}`);
    const parents = parentPicks.map((p, i) => (i === 0 || p % (i + 1) === i ? null : `u${p % i}`));
    const orgUnits = createOrgUnitIndex(
      units.map((code, i) => ({
        code,
        name: `Đơn vị ${i}`,
        level: 'unit',
        parentCode: parents[i],
      })),
    );
    // 'ghost' names no defined indicator; 'zz' no indexed unit: both must still behave.
    const unit = fc.constantFrom(...units, 'zz');
    const period = fc
      .tuple(fc.nat({ max: DAYS }), fc.nat({ max: DAYS }))
      .map(([a, b]) => ({ start: day(Math.min(a, b)), end: day(Math.max(a, b)) }));
    const target = fc.record({
      indicator: fc.constantFrom('sent', 'sent', 'headcount', 'cut'),
      orgUnit: unit,
      period,
      value: fc.option(fc.nat({ max: 500 }).map(String), { nil: null }),
      disaggregation: breakdown,
    });
    const value = fc.oneof(
      fc.nat({ max: 9 }),
      fc.constantFrom(Number.MAX_SAFE_INTEGER, '0.25', '12.5', '3'),
    );
    const observation = fc.record({
      programme: fc.constantFrom('P', 'P', 'P', 'other'),
      indicator: fc.constantFrom('sent', 'sent', 'headcount', 'cut', 'ghost'),
      orgUnit: unit,
      date: fc.nat({ max: DAYS }).map(day),
      value,
      disaggregation: breakdown.chain(shuffled),
    });
    const filter = fc.option(
      fc.oneof(
        fc.record({ category: fc.constantFrom('leader', 'women') }),
        fc.record({ orgUnit: fc.constantFrom(...units) }),
        fc.record({ indicator: fc.constantFrom('sent', 'headcount') }),
        fc.record({ period: period }),
      ),
      { nil: undefined },
    );
    return fc.record({
      orgUnits: fc.constant(orgUnits),
      units: fc.constant(units),
      programme: fc.array(target, { maxLength: 25 }).map(programmeWith),
      observations: fc.array(observation, { maxLength: 120 }),
      filter,
    });
  });

function programmeWith(targets: unknown[]): Programme {
  return ProgrammeSchema.parse({
    code: 'P',
    title: { vi: 'Chương trình thử' },
    period: { kind: 'phase', start: '2019-06-01', end: '2025-05-31' },
    indicators: [
      { code: 'sent', name: { vi: 'Cử đi đào tạo' } },
      { code: 'headcount', name: { vi: 'Biên chế' }, aggregation: 'latest' },
      { code: 'cut', name: { vi: 'Tinh giản' }, direction: 'reduction' },
    ],
    categories: CATEGORIES.map((c) => ({
      ...c,
      name: { vi: c.code, en: c.code },
      predicate: { always: true },
    })),
    targets,
  });
}

/** Stage 1 written out plainly: each target scans every observation. */
function referenceCells(s: Scenario): CellTotal[] {
  const targets = selectTargets(s.programme, {
    orgUnits: s.orgUnits,
    ...(s.filter && { filter: s.filter }),
  });
  const stocks = new Set(['headcount']);
  return targets.map((t: Target) => {
    const last = t.period.end < asOf ? t.period.end : asOf;
    const counted = s.observations.filter(
      (o) =>
        o.programme === 'P' &&
        o.indicator === t.indicator &&
        (o.orgUnit === t.orgUnit ||
          s.orgUnits.ancestors(o.orgUnit).some((a) => a.code === t.orgUnit)) &&
        o.date >= t.period.start &&
        o.date <= last &&
        Object.entries(t.disaggregation).every(([k, v]) => o.disaggregation[k] === v),
    );
    let used = counted;
    if (stocks.has(t.indicator)) {
      // Latest date per unit and breakdown (entries compared whatever their order).
      const id = (o: Observation) =>
        JSON.stringify([o.orgUnit, Object.entries(o.disaggregation).sort()]);
      const latest = new Map<string, string>();
      for (const o of counted) if ((latest.get(id(o)) ?? '') < o.date) latest.set(id(o), o.date);
      used = counted.filter((o) => latest.get(id(o)) === o.date);
    }
    const actual = used.reduce((sum, o) => sum.plus(String(o.value)), new Wide(0));
    return {
      programme: 'P',
      indicator: t.indicator,
      orgUnit: t.orgUnit,
      period: { ...t.period },
      disaggregation: { ...t.disaggregation },
      target: t.value,
      baseline: t.baseline ?? null,
      actual: actual.toFixed(),
      count: used.length,
    };
  });
}

function referenceUnplaced(s: Scenario): UnplacedObservations {
  const mine = s.observations.filter((o) => o.programme === 'P');
  const tally = (codes: string[]) => {
    const m = new Map<string, number>();
    for (const c of codes) m.set(c, (m.get(c) ?? 0) + 1);
    return m;
  };
  return {
    indicators: tally(mine.map((o) => o.indicator).filter((i) => i === 'ghost')),
    orgUnits: tally(mine.map((o) => o.orgUnit).filter((u) => s.orgUnits.get(u) === undefined)),
  };
}

describe('indexed stage 1', () => {
  it('gives the cells of a plain scan of every observation against every target', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const unplaced: UnplacedObservations = { indicators: new Map(), orgUnits: new Map() };
        const options = { asOf, orgUnits: s.orgUnits, ...(s.filter && { filter: s.filter }) };
        const cells = collectCells(s.programme, s.observations, options, unplaced);
        expect(cells).toEqual(referenceCells(s));
        const expected = referenceUnplaced(s);
        expect(new Map([...unplaced.indicators].sort())).toEqual(
          new Map([...expected.indicators].sort()),
        );
        expect(new Map([...unplaced.orgUnits].sort())).toEqual(
          new Map([...expected.orgUnits].sort()),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('places a row by its breakdown at the time it is added, even if the object is reused', () => {
    const programme = programmeWith([
      {
        indicator: 'sent',
        orgUnit: 'u0',
        period: { start: '2020-01-01', end: '2020-12-31' },
        value: '10',
        disaggregation: { category: 'women' },
      },
    ]);
    // A reader that reuses one breakdown object, changing it between rows.
    function* rows(): Generator<Observation> {
      const shared: Record<string, string> = { category: 'women' };
      yield { ...row('u0', 2), disaggregation: shared };
      shared.category = 'leader';
      yield { ...row('u0', 5), disaggregation: shared };
      shared.category = 'women';
      yield { ...row('u0', 7), disaggregation: shared };
    }
    expect(collectCells(programme, rows(), { asOf })[0]).toMatchObject({ actual: '9', count: 2 });
  });

  it('rolls parts up to the whole: children with targets sum to the parent target', () => {
    const leaves = ['a1', 'a2', 'a3'];
    const orgUnits = createOrgUnitIndex([
      { code: 'a', name: 'Tỉnh A', level: 'province' },
      ...leaves.map((code) => ({ code, name: code, level: 'commune', parentCode: 'a' })),
    ]);
    const period = { start: '2020-01-01', end: '2022-12-31' };
    const cell = (orgUnit: string, value: string) => ({
      indicator: 'sent',
      orgUnit,
      period,
      value,
      disaggregation: { course: 'master' },
    });
    const rows = fc.array(
      fc.record({
        unit: fc.constantFrom(...leaves),
        day: fc.nat({ max: DAYS }),
        value: fc.nat({ max: 50 }),
        course: fc.constantFrom('master', 'qlnn'),
      }),
      { maxLength: 80 },
    );
    fc.assert(
      fc.property(rows, fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 3 }), (rs, ts) => {
        const observations = rs.map((r) => ({
          ...row(r.unit, r.value, day(r.day)),
          disaggregation: { course: r.course },
        }));
        const parts = programmeWith(leaves.map((u, i) => cell(u, String(ts[i]))));
        const whole = programmeWith([cell('a', String(ts[0]! + ts[1]! + ts[2]!))]);
        const rolled = computeReport({
          programme: parts,
          observations,
          orgUnits,
          asOf,
          rollup: 'parent',
        });
        const direct = computeReport({ programme: whole, observations, orgUnits, asOf });
        expect(rolled.rows).toEqual(direct.rows);
        for (const r of direct.rows) {
          for (const d of [r.actual, r.target, r.ratio, r.percent, r.expectedShare]) {
            if (d !== null) expect(d.isFinite()).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

function row(orgUnit: string, value: number, date = '2020-06-01'): Observation {
  return { programme: 'P', indicator: 'sent', orgUnit, date, value, disaggregation: {} };
}
