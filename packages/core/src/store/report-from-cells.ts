import { buildReport } from '../attainment/compute-report.js';
import type { AttainmentReport, CellTotal, Rollup } from '../attainment/types.js';
import type { IsoDate } from '../dates/calendar-date.js';
import type { OrgUnitIndex } from '../org-units/org-unit-index.js';
import type { Programme } from '../programmes/schema.js';

/**
 * Stage 2 for stores that push stage 1 down: turns the cell totals a store computed
 * (`queryCellTotals`) into the report `computeReport` would give for the same data. It is the
 * core's `buildReport` under the name the store port documents, so the two cannot drift.
 * @example
 * const totals = await store.queryCellTotals(query);
 * reportFromCellTotals(programme, totals, { asOf: query.asOf, rollup: 'parent', orgUnits: index });
 */
export function reportFromCellTotals(
  programme: Programme,
  totals: readonly CellTotal[],
  options: { asOf: IsoDate; rollup?: Rollup; rollupAsOf?: IsoDate; orgUnits?: OrgUnitIndex },
): AttainmentReport {
  return buildReport(programme, totals, options);
}
