import type { Programme } from '../programmes/schema.js';
import { CadreError } from '../result/error.js';
import type { Issue } from '../result/issue.js';
import { checkValidationRules } from '../validation-rules/check-validation-rules.js';
import { assertDate, attainmentRows } from './attainment-rows.js';
import { sortCells } from './cell-key.js';
import type { ReportInput } from './compute-report.js';
import { compareIssues, mergeCells } from './merge-cells.js';
import { explainNotCounted } from './not-counted.js';
import { reportTargets } from './roll-targets.js';
import { intoPeriod, rollupToCurrent, rollupToParent, withoutBreakdown } from './rollup.js';
import type { RowAccounting } from './row-accounting.js';
import type { AttainmentReport, CellTotal } from './types.js';

/** Options of `buildReport`: what `computeReport` takes, less the observations. */
export type BuildReportOptions = Pick<
  ReportInput,
  'asOf' | 'orgUnits' | 'rollup' | 'rollupAsOf' | 'merge' | 'filter'
> & {
  /**
   * Where the rows behind the cells went, when the caller read them (a reader's or a store's
   * tally). The report carries it, and names every group of rows no target counted.
   */
  accounting?: RowAccounting;
};

/**
 * The second half of `computeReport`, for stores that compute stage 1 themselves: rolls up and
 * merges cell totals, then computes attainment on the sums, rows in report order, and checks
 * the programme's validation rules on them (`checkValidationRules`). Given the
 * totals `aggregateCells` would give, it returns what `computeReport` returns (less the issues
 * only the observations can show).
 * @example
 * const totals = await store.queryCellTotals(query);
 * buildReport(programme, totals, { asOf: query.asOf, rollup: 'parent', orgUnits: index });
 */
export function buildReport(
  programme: Programme,
  cells: readonly CellTotal[],
  options: BuildReportOptions,
): AttainmentReport {
  const { asOf, orgUnits } = options;
  assertReportOptions(options);
  const rollup = options.rollup ?? 'none';
  let totals = [...cells];
  const issues: Issue[] = [];
  const stockIndicators = new Set(
    programme.indicators.filter((i) => i.aggregation === 'latest').map((i) => i.code),
  );
  const mergeOptions = { stockIndicators, ...(orgUnits && { orgUnits }) };
  const step = (r: { totals: CellTotal[]; issues: Issue[] }) => {
    totals = r.totals;
    issues.push(...r.issues);
  };
  if (rollup === 'parent' && orgUnits) step(rollupToParent(totals, orgUnits, { stockIndicators }));
  if (rollup === 'current' && orgUnits) {
    const rollupAsOf = options.rollupAsOf ?? asOf;
    // Cells come from `reportTargets`, already at current units: moving the targets again says
    // what the move found (targets merged with and without a value), on every path alike.
    const moved = reportTargets(programme, {
      orgUnits,
      rollup,
      rollupAsOf,
      ...(options.filter && { filter: options.filter }),
    });
    issues.push(...moved.issues);
    step(rollupToCurrent(totals, orgUnits, rollupAsOf, { stockIndicators }));
  }
  const merge = options.merge ?? {};
  if (merge.disaggregation !== undefined) {
    const keys = merge.disaggregation === true ? undefined : merge.disaggregation;
    step(mergeCells(totals, withoutBreakdown(keys), mergeOptions));
  }
  if (merge.periods) step(mergeCells(totals, intoPeriod(programme.period), mergeOptions));

  const rank = new Map(programme.indicators.map((i, n) => [i.code, n]));
  const rows = attainmentRows(programme, sortCells(totals, rank), { asOf });
  issues.push(...checkValidationRules(programme, rows));
  const report: AttainmentReport = { programme: programme.code, asOf, rows, issues };
  if (options.accounting) {
    const explained = explainNotCounted(options.accounting, programme, {
      ...(orgUnits && { orgUnits }),
      rollup,
      rollupAsOf: options.rollupAsOf ?? asOf,
    });
    issues.push(...explained.issues);
    report.accounting = explained.accounting;
  }
  report.issues = dedupeIssues(issues).sort(compareIssues);
  return report;
}

// Choosing the targets and rolling the cells may both find one split lineage: say it once.
function dedupeIssues(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.code}\u0000${i.path.join('\u0000')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Throws `CadreError` for options no report can use: an `asOf` that is not a real date, or a
 * roll-up without the org-unit index. Checked before any observation is read.
 * @example
 * assertReportOptions({ asOf: '2019-05-20', rollup: 'parent', orgUnits: index }); // passes
 */
export function assertReportOptions(options: BuildReportOptions): void {
  assertDate(options.asOf);
  const rollup = options.rollup ?? 'none';
  if (rollup !== 'none' && !options.orgUnits) {
    throw new CadreError('invalid_argument', `rollup '${rollup}' needs the orgUnits index`, {
      path: ['orgUnits'],
    });
  }
}
