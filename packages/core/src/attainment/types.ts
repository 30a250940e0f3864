import type { Decimal } from 'decimal.js';
import type { IsoDate } from '../dates/calendar-date.js';
import type { Disaggregation } from '../programmes/schema.js';
import type { Issue } from '../result/issue.js';
import type { RowAccounting } from './row-accounting.js';

/** at_least: most targets; at_most: limits; reduction: a cut against a baseline. */
export type Direction = 'at_least' | 'at_most' | 'reduction';

/** vượt / đạt / chưa đạt / chưa thực hiện / không có chỉ tiêu. */
export type AttainmentStatus = 'exceeded' | 'met' | 'not_met' | 'not_started' | 'no_target';

/** Every {@link AttainmentStatus}, from vượt (exceeded) to không có chỉ tiêu (no target); for enum schemas. */
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
  /** Reductions only: achieved cut / baseline (6.666 / 82.300), or null without a baseline. */
  progress?: Decimal | null;
  /** Reductions only: progress × 100 ("đạt gần 8,1%"). */
  progressPercent?: Decimal | null;
}

/** The attainment of one figure against its target, as `computeAttainment` returns it. */
export interface Attainment {
  actual: Decimal;
  target: Decimal | null;
  baseline: Decimal | null;
  direction: Direction;
  /** actual / target (reductions: progress / (target / 100)), or null when it has no meaning. */
  ratio: Decimal | null;
  /** ratio × 100, or null. */
  percent: Decimal | null;
  /** Reductions: actual / baseline; null for other directions or without a baseline. */
  progress: Decimal | null;
  /** progress × 100, or null. */
  progressPercent: Decimal | null;
  status: AttainmentStatus;
  /** The pro-rata expectation it was compared with, when one was given. */
  expectedShare: Decimal | null;
  /** Whether the figure keeps pace with `expectedShare`; null without a ratio or a share. */
  onTrack: boolean | null;
}

/** Narrows a report to part of a programme; every field is optional and they combine with AND. */
export interface ReportFilter {
  indicator?: string;
  /** Targets set at this unit or anywhere below it. */
  orgUnit?: string;
  /** Targets whose `disaggregation.category` (or whose indicator's category) is this code or below it. */
  category?: string;
  /** Targets whose period shares at least one day with this one. */
  period?: { start: IsoDate; end: IsoDate };
}

/** A programme's attainment at a review date: rows in a fixed order, plus every issue met on the way. */
export interface AttainmentReport {
  programme: string;
  asOf: IsoDate;
  rows: AttainmentRow[];
  issues: Issue[];
  /**
   * Where every row read went: counted, or not counted with its reason. Present when the
   * report read the rows itself (`computeReport`, an accumulator, a reader or a store that
   * tallies them); absent for a report built from cell totals alone (`buildReport`).
   */
  accounting?: RowAccounting;
}
