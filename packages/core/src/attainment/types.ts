import type { Decimal } from 'decimal.js';
import type { IsoDate } from '../dates/calendar-date.js';
import type { Disaggregation } from '../programmes/schema.js';

/** vượt / đạt / chưa đạt / chưa thực hiện / không có chỉ tiêu. */
export type AttainmentStatus = 'exceeded' | 'met' | 'not_met' | 'not_started' | 'no_target';

export const ATTAINMENT_STATUSES: readonly AttainmentStatus[] = [
  'exceeded',
  'met',
  'not_met',
  'not_started',
  'no_target',
];

/** How rows are grouped by org unit: as stored, by parent, or by today's successor units. */
export type Rollup = 'none' | 'parent' | 'current';

/**
 * Totals for one report cell, the contract between a store's pushed-down SQL and the core:
 * a store sums actuals per cell (flows) or takes the latest level (stocks); the core turns the
 * totals into attainment rows. `actual` is an integer or decimal text, never a float.
 */
export interface CellTotal {
  programme: string;
  indicator: string;
  orgUnit: string;
  period: { start: IsoDate; end: IsoDate };
  disaggregation: Disaggregation;
  /** Sum of target values in the cell, or null when no target was set. */
  target: string | null;
  /** Sum of baselines (reduction indicators), or null. */
  baseline: string | null;
  actual: string;
  /** Number of observations that fed the cell. */
  count: number;
}

/** One row of an attainment report. Decimals are exact; `JSON.stringify` writes them as text. */
export interface AttainmentRow {
  programme: string;
  indicator: string;
  orgUnit: string;
  period: { start: IsoDate; end: IsoDate };
  disaggregation: Disaggregation;
  target: Decimal | null;
  baseline: Decimal | null;
  actual: Decimal;
  /** actual / target (for reductions: achieved cut / target cut), or null with no target. */
  ratio: Decimal | null;
  /** ratio × 100, or null with no target. */
  percent: Decimal | null;
  status: AttainmentStatus;
  /** Share of the period elapsed at asOf (0…1), the pro-rata expectation. */
  expectedShare: Decimal;
  /** Whether the ratio keeps pace with the elapsed share; null with no target. */
  onTrack: boolean | null;
}
