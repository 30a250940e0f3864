import { buildReport } from '../attainment/compute-report.js';
import { type RowGroup, reportWithRowGroups } from '../attainment/report-accumulator.js';
import type { AttainmentReport, CellTotal, ReportFilter, Rollup } from '../attainment/types.js';
import type { IsoDate } from '../dates/calendar-date.js';
import type { OrgUnitIndex } from '../org-units/org-unit-index.js';
import type { Programme } from '../programmes/schema.js';

/**
 * Stage 2 for stores that push stage 1 down: turns the cell totals a store computed
 * (`queryCellTotals`) into the report `computeReport` would give for the same data. It is the
 * core's `buildReport` under the name the store port documents, so the two cannot drift; given
 * the store's grouped rows it also tallies them, through the accumulator's own code.
 * @example
 * const totals = await store.queryCellTotals(query);
 * reportFromCellTotals(programme, totals, { asOf: query.asOf, rollup: 'parent', orgUnits: index });
 */
export function reportFromCellTotals(
  programme: Programme,
  totals: readonly CellTotal[],
  options: {
    asOf: IsoDate;
    rollup?: Rollup;
    rollupAsOf?: IsoDate;
    orgUnits?: OrgUnitIndex;
    /** The query's filter: rows are tallied, and targets moved, among the same targets. */
    filter?: ReportFilter;
    /**
     * The programme's rows, grouped (see `RowGroup`): the report then carries the accounting
     * and the issues about rows, as `computeReport` does.
     */
    rows?: Iterable<RowGroup>;
  },
): AttainmentReport {
  const { rows, filter, ...rest } = options;
  if (rows === undefined)
    return buildReport(programme, totals, { ...rest, ...(filter && { filter }) });
  return reportWithRowGroups({ programme, ...rest, ...(filter && { filter }) }, totals, rows);
}
