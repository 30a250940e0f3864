import { assertDate, attainmentRows } from '../attainment/attainment-rows.js';
import { compareCells } from '../attainment/cell-key.js';
import { compareIssues } from '../attainment/merge-cells.js';
import { rollupToCurrent, rollupToParent } from '../attainment/rollup.js';
import type { AttainmentReport, CellTotal, Rollup } from '../attainment/types.js';
import type { IsoDate } from '../dates/calendar-date.js';
import type { OrgUnitIndex } from '../org-units/org-unit-index.js';
import type { Programme } from '../programmes/schema.js';
import { CadreError } from '../result/error.js';
import type { Issue } from '../result/issue.js';

/**
 * Stage 2 for stores that push stage 1 down: turns the cell totals a store computed
 * (`queryCellTotals`) into the report `computeReport` would give for the same data — roll-up to
 * parents or to today's units, then attainment on the sums, rows in the report's order.
 * A store's rows are unique by target key, so stage 1 has no issues of its own to add.
 * @example
 * const totals = await store.queryCellTotals(query);
 * reportFromCellTotals(programme, totals, { asOf: query.asOf, rollup: 'parent', orgUnits: index });
 */
export function reportFromCellTotals(
  programme: Programme,
  totals: readonly CellTotal[],
  options: { asOf: IsoDate; rollup?: Rollup; orgUnits?: OrgUnitIndex },
): AttainmentReport {
  const { asOf, orgUnits } = options;
  assertDate(asOf);
  const rollup = options.rollup ?? 'none';
  if (rollup !== 'none' && !orgUnits) {
    throw new CadreError('invalid_argument', `rollup '${rollup}' needs the orgUnits index`, {
      path: ['orgUnits'],
    });
  }
  let cells: CellTotal[] = [...totals];
  const issues: Issue[] = [];
  const stockIndicators = new Set(
    programme.indicators.filter((i) => i.aggregation === 'latest').map((i) => i.code),
  );
  if (rollup === 'parent' && orgUnits) {
    const r = rollupToParent(cells, orgUnits, { stockIndicators });
    cells = r.totals;
    issues.push(...r.issues);
  }
  if (rollup === 'current' && orgUnits) {
    const r = rollupToCurrent(cells, orgUnits, asOf, { stockIndicators });
    cells = r.totals;
    issues.push(...r.issues);
  }
  const rank = new Map(programme.indicators.map((i, n) => [i.code, n]));
  const rows = attainmentRows(programme, cells.sort(compareCells(rank)), { asOf });
  return { programme: programme.code, asOf, rows, issues: issues.sort(compareIssues) };
}
