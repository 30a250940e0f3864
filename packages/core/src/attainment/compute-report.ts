import type { IsoDate } from '../dates/calendar-date.js';
import type { OrgUnitIndex } from '../org-units/org-unit-index.js';
import type { Programme } from '../programmes/schema.js';
import type { Observation } from '../records/schema.js';
import { CadreError } from '../result/error.js';
import { type Issue, issue } from '../result/issue.js';
import { collectCells, type UnplacedObservations } from './aggregate-cells.js';
import { assertDate, attainmentRows } from './attainment-rows.js';
import { cellKey, sortCells } from './cell-key.js';
import { compareIssues, mergeCells } from './merge-cells.js';
import { intoPeriod, rollupToCurrent, rollupToParent, withoutBreakdown } from './rollup.js';
import type { AttainmentReport, CellTotal, ReportFilter, Rollup } from './types.js';

/** Everything a report needs. Only `programme`, `observations` and `asOf` are required. */
export interface ReportInput {
  programme: Programme;
  observations: Iterable<Observation>;
  /** Needed for subtree matching and for `rollup` 'parent' or 'current'. */
  orgUnits?: OrgUnitIndex;
  /** The review date; observations after it are not counted. */
  asOf: IsoDate;
  rollup?: Rollup;
  /**
   * The date whose units `rollup: 'current'` maps to; defaults to `asOf`. A 2010 review rolled up
   * to the 2025 provinces passes `asOf: '2010-12-31', rollupAsOf: '2025-07-01'`.
   */
  rollupAsOf?: IsoDate;
  filter?: ReportFilter;
  /** Merge over categories (breakdown keys; `true` for all) and over sub-periods (into the programme period). */
  merge?: { disaggregation?: true | readonly string[]; periods?: boolean };
}

/**
 * A programme's attainment report at `asOf`: aggregates observations into one cell per target,
 * rolls cells up (to parent units, or to today's units through lineage), merges breakdowns or
 * sub-periods when asked, then computes attainment on the sums. Rows are sorted by programme
 * indicator order, org unit, period and breakdown. Data problems (duplicate targets, unknown
 * codes, mixed target/no-target groups, split lineages) come back as `issues`.
 * @example
 * const report = computeReport({ programme, observations, asOf: '2019-05-20' });
 * report.rows.map((r) => r.percent?.toFixed(0)); // ['300', '285', '100', …]
 */
export function computeReport(input: ReportInput): AttainmentReport {
  const { programme, asOf, orgUnits } = input;
  const unplaced: UnplacedObservations = { indicators: new Map(), orgUnits: new Map() };
  const options = {
    asOf,
    ...(orgUnits && { orgUnits }),
    ...(input.filter && { filter: input.filter }),
  };
  const totals = collectCells(programme, input.observations, options, unplaced);
  const report = buildReport(programme, totals, input);
  const issues = [...duplicateTargets(totals), ...unplacedIssues(unplaced), ...report.issues];
  return { ...report, issues: issues.sort(compareIssues) };
}

/** Options of `buildReport`: what `computeReport` takes, less the observations. */
export type BuildReportOptions = Pick<
  ReportInput,
  'asOf' | 'orgUnits' | 'rollup' | 'rollupAsOf' | 'merge'
>;

/**
 * The second half of `computeReport`, for stores that compute stage 1 themselves: rolls up and
 * merges cell totals, then computes attainment on the sums, rows in report order. Given the
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
  assertDate(asOf);
  const rollup = options.rollup ?? 'none';
  if (rollup !== 'none' && !orgUnits) {
    throw new CadreError('invalid_argument', `rollup '${rollup}' needs the orgUnits index`, {
      path: ['orgUnits'],
    });
  }
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
    step(rollupToCurrent(totals, orgUnits, options.rollupAsOf ?? asOf, { stockIndicators }));
  }
  const merge = options.merge ?? {};
  if (merge.disaggregation !== undefined) {
    const keys = merge.disaggregation === true ? undefined : merge.disaggregation;
    step(mergeCells(totals, withoutBreakdown(keys), mergeOptions));
  }
  if (merge.periods) step(mergeCells(totals, intoPeriod(programme.period), mergeOptions));

  const rank = new Map(programme.indicators.map((i, n) => [i.code, n]));
  const rows = attainmentRows(programme, sortCells(totals, rank), { asOf });
  return { programme: programme.code, asOf, rows, issues: issues.sort(compareIssues) };
}

function duplicateTargets(totals: readonly CellTotal[]): Issue[] {
  const seen = new Map<string, number>();
  for (const c of totals) seen.set(cellKey(c), (seen.get(cellKey(c)) ?? 0) + 1);
  return [...seen]
    .filter(([, n]) => n > 1)
    .map(([id, n]) =>
      issue(
        'target.duplicate',
        ['targets', id],
        `${n} targets share indicator, org unit, period and breakdown ${id}; each is reported separately, so the plan may be counted ${n} times`,
        `${n} chỉ tiêu trùng chỉ số, đơn vị, thời kỳ và phân tổ ${id}; mỗi chỉ tiêu được báo cáo riêng nên kế hoạch có thể bị tính ${n} lần`,
      ),
    );
}

function unplacedIssues(unplaced: UnplacedObservations): Issue[] {
  const out: Issue[] = [];
  for (const [code, n] of unplaced.indicators) {
    out.push(
      issue(
        'observation.unknown_indicator',
        ['observations', 'indicator', code],
        `${n} observation(s) name indicator "${code}", which the programme does not define; they are not counted`,
        `${n} số liệu ghi chỉ số "${code}" không có trong chương trình; không được tính`,
        code,
      ),
    );
  }
  for (const [code, n] of unplaced.orgUnits) {
    out.push(
      issue(
        'observation.unknown_org_unit',
        ['observations', 'orgUnit', code],
        `${n} observation(s) name org unit "${code}", which the org unit index does not hold; they only count for targets at that exact code`,
        `${n} số liệu ghi đơn vị "${code}" không có trong danh mục đơn vị; chỉ được tính cho chỉ tiêu của đúng mã đó`,
        code,
      ),
    );
  }
  return out;
}
