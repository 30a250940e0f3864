import { bench, describe } from 'vitest';
import { ProgrammeSchema } from '../programmes/schema.js';
import type { Observation } from '../records/schema.js';
import { aggregateCells } from './aggregate-cells.js';
import { attainmentRows } from './attainment-rows.js';

// 1M observations into 10k cells (10 indicators × 1000 units): cadre's exact two-stage report
// against a plain-float Map baseline doing the same matching, in the same run.
const INDICATORS = 10;
const UNITS = 1000;
const ROWS = 1_000_000;
const PERIOD = { start: '2016-01-01', end: '2020-12-31' };
const asOf = '2019-05-20';

const indicators = Array.from({ length: INDICATORS }, (_, i) => ({
  code: `i${i}`,
  name: { vi: `Chỉ số ${i}` },
}));
const units = Array.from({ length: UNITS }, (_, u) => `u${u}`);
const programme = ProgrammeSchema.parse({
  code: 'B',
  title: { vi: 'Đo hiệu năng' },
  period: PERIOD,
  indicators,
  targets: indicators.flatMap((ind, i) =>
    units.map((unit, u) => ({
      indicator: ind.code,
      orgUnit: unit,
      period: PERIOD,
      value: String(((i + u) % 50) + 1),
    })),
  ),
});

// A fixed linear congruential sequence, so every run measures the same data.
let seed = 42;
const next = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const dates = Array.from({ length: 1826 }, (_, d) =>
  new Date(Date.UTC(2016, 0, 1 + d)).toISOString().slice(0, 10),
);
const observations: Observation[] = Array.from({ length: ROWS }, () => ({
  programme: 'B',
  indicator: `i${next(INDICATORS)}`,
  orgUnit: units[next(UNITS)]!,
  date: dates[next(dates.length)]!,
  value: 1 + next(3),
  disaggregation: {},
}));

function floatBaseline(): number {
  const targets = new Map<string, { target: number; actual: number; start: string; end: string }>();
  for (const t of programme.targets) {
    targets.set(`${t.indicator}|${t.orgUnit}`, {
      target: Number(t.value),
      actual: 0,
      start: t.period.start,
      end: t.period.end < asOf ? t.period.end : asOf,
    });
  }
  for (const o of observations) {
    const cell = targets.get(`${o.indicator}|${o.orgUnit}`);
    if (cell && o.date >= cell.start && o.date <= cell.end) cell.actual += o.value as number;
  }
  let check = 0;
  for (const cell of targets.values()) check += cell.actual / cell.target;
  return check;
}

function cadre(): number {
  const totals = aggregateCells(programme, observations, { asOf });
  return attainmentRows(programme, totals, { asOf }).length;
}

describe('1M observations → 10k cells', () => {
  const options = { iterations: 5, warmupIterations: 1, time: 0 };
  bench('plain floats (Map, no exactness)', () => void floatBaseline(), options);
  bench('cadre aggregateCells + attainmentRows (exact)', () => void cadre(), options);
});
