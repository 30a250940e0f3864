import {
  addDaysIso,
  type IndicatorInput,
  type IsoDate,
  type ObservationInput,
  type OrgUnitInput,
  type ProgrammeInput,
  type TargetInput,
} from '@cadre/core';
import fc from 'fast-check';

/** A programme, its org tree, its actuals and a review date: everything a report needs. */
export interface AttainmentScenario {
  orgUnits: OrgUnitInput[];
  programme: ProgrammeInput;
  observations: ObservationInput[];
  asOf: IsoDate;
}

/**
 * A small org tree with history: two provinces, one merged into P1 on 2025-07-01 (P3) and one
 * split between P1 and P2 (P4), districts below each, and a commune below a district.
 */
export const SCENARIO_ORG_UNITS: OrgUnitInput[] = [
  { code: 'VN', name: 'Việt Nam', level: 'country' },
  { code: 'P1', name: 'Tỉnh Một', level: 'province', parentCode: 'VN' },
  { code: 'P2', name: 'Tỉnh Hai', level: 'province', parentCode: 'VN' },
  {
    code: 'P3',
    name: 'Tỉnh Ba',
    level: 'province',
    parentCode: 'VN',
    validTo: '2025-06-30',
    successors: [{ code: 'P1', date: '2025-07-01' }],
  },
  {
    code: 'P4',
    name: 'Tỉnh Bốn',
    level: 'province',
    parentCode: 'VN',
    validTo: '2025-06-30',
    successors: [
      { code: 'P1', date: '2025-07-01' },
      { code: 'P2', date: '2025-07-01' },
    ],
  },
  { code: 'D11', name: 'Huyện Một Một', level: 'district', parentCode: 'P1' },
  { code: 'D12', name: 'Huyện Một Hai', level: 'district', parentCode: 'P1' },
  { code: 'D21', name: 'Huyện Hai Một', level: 'district', parentCode: 'P2' },
  { code: 'D31', name: 'Huyện Ba Một', level: 'district', parentCode: 'P3' },
  { code: 'D41', name: 'Huyện Bốn Một', level: 'district', parentCode: 'P4' },
  { code: 'C111', name: 'Xã Một Một Một', level: 'commune', parentCode: 'D11' },
];

/** The programme period every scenario uses: a 2016–2020 phase. */
export const SCENARIO_PERIOD = { start: '2016-01-01', end: '2020-12-31' } as const;

const UNIT_CODES = SCENARIO_ORG_UNITS.map((u) => u.code);
const SUB_PERIODS = [
  SCENARIO_PERIOD,
  { start: '2016-05-09', end: '2020-12-31' },
  { start: '2016-01-01', end: '2016-12-31' },
  { start: '2018-01-01', end: '2018-12-31' },
  { start: '2019-01-01', end: '2020-12-31' },
];
const BREAKDOWNS: Record<string, string>[] = [
  {},
  { sex: 'female' },
  { category: 'leaders' },
  { category: 'young_leaders' },
  { sex: 'female', category: 'leaders' },
];

/**
 * Calendar dates from `from`, up to `days` days later.
 * @example
 * dateArb('2016-01-01', 365); // any date of 2016
 */
export function dateArb(from: IsoDate, days: number): fc.Arbitrary<IsoDate> {
  return fc.integer({ min: 0, max: days }).map((n) => addDaysIso(from, n));
}

/** Observation values in canonical form: small integers, decimals, now and then 2^53 − 1. */
export const valueArb: fc.Arbitrary<number | string> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 500 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 9 }))
      .map(([i, d]) => `${i}.${d}`),
  },
  { weight: 1, arbitrary: fc.constant(Number.MAX_SAFE_INTEGER) },
);

/** Target values: none, zero, whole or half numbers, as canonical decimal text. */
export const targetValueArb: fc.Arbitrary<string | null> = fc.oneof(
  fc.constant(null),
  fc.constant('0'),
  fc.integer({ min: 1, max: 300 }).map(String),
  fc.integer({ min: 0, max: 50 }).map((n) => `${n}.5`),
);

/** One to three indicators mixing flows and stocks, at-least, at-most and reduction targets. */
export const indicatorsArb: fc.Arbitrary<IndicatorInput[]> = fc
  .array(
    fc.record({
      aggregation: fc.constantFrom('sum' as const, 'latest' as const),
      direction: fc.constantFrom('at_least' as const, 'at_most' as const, 'reduction' as const),
      category: fc.constantFrom(undefined, 'leaders', 'young_leaders'),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((specs) =>
    specs.map((s, n) => ({
      code: `i${n}`,
      name: { vi: `Chỉ số ${n}`, en: `Indicator ${n}` },
      aggregation: s.aggregation,
      direction: s.direction,
      ...(s.category && { category: s.category }),
    })),
  );

function targetsArb(indicators: IndicatorInput[]): fc.Arbitrary<TargetInput[]> {
  const target = fc
    .record({
      indicator: fc.integer({ min: 0, max: indicators.length - 1 }),
      orgUnit: fc.constantFrom(...UNIT_CODES),
      period: fc.constantFrom(...SUB_PERIODS),
      disaggregation: fc.constantFrom(...BREAKDOWNS),
      value: targetValueArb,
      baseline: fc.integer({ min: 100, max: 100_000 }).map(String),
    })
    .map((t) => {
      const ind = indicators[t.indicator]!;
      const out: TargetInput = {
        indicator: ind.code,
        orgUnit: t.orgUnit,
        period: { ...t.period },
        disaggregation: { ...t.disaggregation },
        value: t.value,
      };
      if (ind.direction === 'reduction') out.baseline = t.baseline;
      return out;
    });
  return fc.uniqueArray(target, {
    maxLength: 12,
    selector: (t) => JSON.stringify([t.indicator, t.orgUnit, t.period, t.disaggregation]),
  });
}

function observationsArb(programme: string, indicators: IndicatorInput[]) {
  const observation = fc
    .record({
      indicator: fc.integer({ min: 0, max: indicators.length - 1 }),
      orgUnit: fc.constantFrom(...UNIT_CODES),
      // From three months before the phase to three months after it.
      date: dateArb('2015-10-01', 2008),
      disaggregation: fc.constantFrom(...BREAKDOWNS),
      value: valueArb,
    })
    .map(
      (o): ObservationInput => ({
        programme,
        indicator: indicators[o.indicator]!.code,
        orgUnit: o.orgUnit,
        date: o.date,
        value: o.value,
        disaggregation: { ...o.disaggregation },
      }),
    );
  return fc.uniqueArray(observation, {
    maxLength: 40,
    selector: (o) => JSON.stringify([o.indicator, o.orgUnit, o.date, o.disaggregation]),
  });
}

/**
 * A random programme over `SCENARIO_ORG_UNITS` with targets over sub-periods and subtrees
 * (some null or zero) and observations inside and around the period; `asOf` falls between
 * just before the start and just after the end. Natural keys are unique, values canonical,
 * so a store must accept every scenario as it is.
 * @example
 * fc.assert(fc.asyncProperty(scenarioArb, async (s) => { … }), { numRuns: 25 });
 */
export const scenarioArb: fc.Arbitrary<AttainmentScenario> = indicatorsArb.chain((indicators) =>
  fc.record({
    orgUnits: fc.constant(SCENARIO_ORG_UNITS),
    programme: targetsArb(indicators).map(
      (targets): ProgrammeInput => ({
        code: 'RAND',
        title: { vi: 'Chương trình ngẫu nhiên', en: 'Random programme' },
        period: { kind: 'phase', ...SCENARIO_PERIOD },
        indicators,
        targets,
        categories: [
          {
            code: 'leaders',
            name: { vi: 'Lãnh đạo, quản lý', en: 'Leaders' },
            predicate: { always: true },
          },
          {
            code: 'young_leaders',
            name: { vi: 'Lãnh đạo trẻ', en: 'Young leaders' },
            parentCode: 'leaders',
            predicate: { young: true },
          },
        ],
      }),
    ),
    observations: observationsArb('RAND', indicators),
    asOf: dateArb('2015-12-01', 1948),
  }),
);
