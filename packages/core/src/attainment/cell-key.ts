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
  // A sort compares each cell about log2(n) times; build each breakdown's text once.
  const texts = new WeakMap<Disaggregation, string>();
  const textOf = (d: Disaggregation): string => {
    let text = texts.get(d);
    if (text === undefined) {
      text = disaggregationKey(d);
      texts.set(d, text);
    }
    return text;
  };
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
      cmp(textOf(a.disaggregation), textOf(b.disaggregation))
    );
  };
}

/**
 * The cells in `compareCells` order, each cell's sort key built once (a new array; the sort is
 * stable, as `Array.prototype.sort`).
 * @example
 * sortCells(totals, new Map([['master', 0]]))[0].indicator; // 'master'
 */
export function sortCells<T extends CellKey>(
  cells: readonly T[],
  indicatorRank?: ReadonlyMap<string, number>,
): T[] {
  const keyed = cells.map((cell) => ({
    cell,
    key: sortKey(cell, indicatorRank),
  }));
  keyed.sort((a, b) => compareSortKeys(a.key, b.key));
  return keyed.map((k) => k.cell);
}

interface SortKey {
  rank: number;
  fields: [string, string, string, string, string, string];
}

function sortKey(cell: CellKey, rank: ReadonlyMap<string, number> | undefined): SortKey {
  return {
    rank: rank?.get(cell.indicator) ?? Number.MAX_SAFE_INTEGER,
    fields: [
      cell.programme,
      cell.indicator,
      cell.orgUnit,
      cell.period.start,
      cell.period.end,
      disaggregationKey(cell.disaggregation),
    ],
  };
}

function compareSortKeys(a: SortKey, b: SortKey): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  for (let i = 0; i < a.fields.length; i++) {
    const order = cmp(a.fields[i]!, b.fields[i]!);
    if (order !== 0) return order;
  }
  return 0;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
