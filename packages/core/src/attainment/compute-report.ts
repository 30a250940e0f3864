import type { IsoDate } from '../dates/calendar-date.js';
import type { OrgUnitIndex } from '../org-units/org-unit-index.js';
import type { Programme } from '../programmes/schema.js';
import type { Observation } from '../records/schema.js';
import { createReportAccumulator } from './report-accumulator.js';
import type { AttainmentReport, ReportFilter, Rollup } from './types.js';

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
 * codes, mixed target/no-target groups, split lineages) come back as `issues`. To stream
 * observations in without holding them all, use `createReportAccumulator`
 * (`@cadre/core/adapter`); from cell sums a reader or a store computed, `reportFromCellTotals`.
 * @example
 * const report = computeReport({ programme, observations, asOf: '2019-05-20' });
 * report.rows.map((r) => r.percent?.toFixed(0)); // ['300', '285', '100', …]
 */
export function computeReport(input: ReportInput): AttainmentReport {
  const accumulator = createReportAccumulator(input);
  accumulator.addMany(input.observations);
  return accumulator.report();
}
