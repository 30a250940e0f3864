import { type BuildReportOptions, buildReport } from '../attainment/build-report.js';
import { type RowGroup, reportWithRowGroups } from '../attainment/report-accumulator.js';
import type { AttainmentReport, CellTotal } from '../attainment/types.js';
import type { Programme } from '../programmes/schema.js';

/** Options of `reportFromCellTotals`: what `computeReport` takes, less the observations. */
export type CellTotalsReportOptions = BuildReportOptions & {
  /**
   * The programme's rows, grouped (see `RowGroup`): the report then carries the accounting
   * and the issues about rows, as `computeReport` does. A reader that tallied its rows itself
   * passes `accounting` instead.
   */
  rows?: Iterable<RowGroup>;
};

/**
 * The report from cell sums: the one door into a report for a reader or a store that computed
 * stage 1 itself (a CSV reader's integer sums, a store's SQL `queryCellTotals`). It rolls up
 * and merges the totals, computes attainment on the sums and checks the programme's validation
 * rules; given the totals `aggregateCells` gives for some observations, it returns what
 * `computeReport` returns for them (less the issues only rows can show, unless `rows` or
 * `accounting` says where the rows went).
 * @example
 * const totals = await store.queryCellTotals(query);
 * reportFromCellTotals(programme, totals, { asOf: query.asOf, rollup: 'parent', orgUnits: index });
 */
export function reportFromCellTotals(
  programme: Programme,
  totals: readonly CellTotal[],
  options: CellTotalsReportOptions,
): AttainmentReport {
  const { rows, ...rest } = options;
  if (rows === undefined) return buildReport(programme, totals, rest);
  return reportWithRowGroups({ programme, ...rest }, totals, rows);
}
