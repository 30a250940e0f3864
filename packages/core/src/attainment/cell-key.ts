import type { Disaggregation } from '../programmes/schema.js';
import type { CellTotal } from './types.js';

/** What identifies a report cell; a merge maps each cell to one of these. */
export type CellKey = Pick<
  CellTotal,
  'programme' | 'indicator' | 'orgUnit' | 'period' | 'disaggregation'
>;

/**
 * A breakdown as stable text: entries sorted by key, so {a,b} and {b,a} give the same text.
 * @example
 * disaggregationKey({ sector: 'health', course: 'master' }); // 'course=master;sector=health'
 */
export function disaggregationKey(d: Disaggregation): string {
  return Object.keys(d)
    .sort()
    .map((k) => `${k}=${d[k]}`)
    .join(';');
}

/**
 * A cell's identity as one string, for maps and duplicate checks.
 * @example
 * cellKey({ programme: 'P', indicator: 'i', orgUnit: '04', period: { start: '2016-01-01', end: '2020-12-31' }, disaggregation: {} });
 * // 'P|i|04|2016-01-01|2020-12-31|'
 */
export function cellKey(cell: CellKey): string {
  return [
    cell.programme,
    cell.indicator,
    cell.orgUnit,
    cell.period.start,
    cell.period.end,
    disaggregationKey(cell.disaggregation),
  ].join('|');
}

/**
 * Orders cells for output: by indicator rank (programme order when given), org unit, period and
 * breakdown, so a report reads the same whatever order the data came in.
 * @example
 * cells.sort(compareCells(new Map([['master', 0], ['rotation', 1]])));
 */
export function compareCells(indicatorRank?: ReadonlyMap<string, number>) {
  return (a: CellKey, b: CellKey): number => {
    const ra = indicatorRank?.get(a.indicator) ?? Number.MAX_SAFE_INTEGER;
    const rb = indicatorRank?.get(b.indicator) ?? Number.MAX_SAFE_INTEGER;
    if (ra !== rb) return ra - rb;
    return (
      cmp(a.programme, b.programme) ||
      cmp(a.indicator, b.indicator) ||
      cmp(a.orgUnit, b.orgUnit) ||
      cmp(a.period.start, b.period.start) ||
      cmp(a.period.end, b.period.end) ||
      cmp(disaggregationKey(a.disaggregation), disaggregationKey(b.disaggregation))
    );
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
