import type { Target } from '../programmes/schema.js';
import type { CellTotal } from './types.js';

/**
 * The cell total of one target: its key, plan and baseline, with the actual (decimal text) and
 * the number of observations a stage-1 path summed for it. Every stage 1 (the core's collector,
 * a CSV reader's integer sums, a store's SQL) builds its cells through this one function.
 * @example
 * targetCell('12-CTr/TU', target, '24', 24); // { indicator: 'rotation', target: '40', actual: '24', … }
 */
export function targetCell(programme: string, t: Target, actual: string, count: number): CellTotal {
  return {
    programme,
    indicator: t.indicator,
    orgUnit: t.orgUnit,
    period: { start: t.period.start, end: t.period.end },
    disaggregation: { ...t.disaggregation },
    target: t.value,
    baseline: t.baseline ?? null,
    actual,
    count,
  };
}
