import { addToSum, type ExactSum, newSum, sumText } from './decimal-text.js';

/**
 * Why a row read for a report was not counted in any cell:
 * - `after_as_of`: dated after the review date;
 * - `outside_period`: a target of its lineage would take it, but no such target's period holds
 *   its date;
 * - `no_target`: no target of its indicator and breakdown anywhere in its unit's lineage
 *   (a figure of Thái Nguyên after the merger, against a target on the former Bắc Kạn);
 * - `unknown_indicator`: the programme defines no such indicator;
 * - `other_programme`: the row belongs to another programme;
 * - `invalid`: the reader refused the row (its issues say why).
 */
export type NotCountedReason =
  | 'after_as_of'
  | 'outside_period'
  | 'no_target'
  | 'unknown_indicator'
  | 'other_programme'
  | 'invalid';

/** Every {@link NotCountedReason}, in the order reports list them. */
export const NOT_COUNTED_REASONS: readonly NotCountedReason[] = [
  'no_target',
  'outside_period',
  'after_as_of',
  'unknown_indicator',
  'other_programme',
  'invalid',
];

/** Rows of one reason, indicator and unit that no cell counted. */
export interface NotCountedRows {
  reason: NotCountedReason;
  /** The rows' indicator; null where the reader could not tell (invalid rows). */
  indicator: string | null;
  orgUnit: string | null;
  rows: number;
  /** Sum of the rows' values, decimal text; null for rows of other programmes and invalid rows. */
  value: string | null;
  /**
   * `rollup_current`: rolled up to today's units (`rollup: 'current'`), these rows would be
   * counted, because a target of a unit merged into theirs moves to their unit.
   */
  hint?: 'rollup_current';
}

/**
 * Where every row read for a report went: `read` = `counted` + the rows of `notCounted`.
 * A row counted in several cells (a commune target and its province's) counts once here.
 */
export interface RowAccounting {
  read: number;
  counted: number;
  /** Sum of the counted rows' values, decimal text. */
  countedValue: string;
  /** Groups of rows not counted, by reason, indicator and unit, in a fixed order. */
  notCounted: NotCountedRows[];
}

interface Group {
  reason: NotCountedReason;
  indicator: string | null;
  orgUnit: string | null;
  rows: number;
  sum: ExactSum | null;
}

/**
 * Tallies rows as a report reads them: each row lands in exactly one place. Kept per distinct
 * (reason, indicator, unit), never per row.
 * @example
 * const tally = new RowTally();
 * tally.counted(24);
 * tally.notCounted('no_target', 'dt', '19', 25);
 * tally.result().read; // 2
 */
export class RowTally {
  private countedRows = 0;
  private readonly countedSum = newSum();
  private readonly groups = new Map<string, Group>();

  /** `rows` rows (one by default) counted in at least one cell, with their summed value. */
  counted(value: number | string, rows = 1): void {
    this.countedRows += rows;
    addToSum(this.countedSum, value);
  }

  /** `rows` rows (one by default) of the programme not counted, for `reason`, with their summed value. */
  notCounted(
    reason: Exclude<NotCountedReason, 'other_programme' | 'invalid'>,
    indicator: string,
    orgUnit: string,
    value: number | string,
    rows = 1,
  ): void {
    const group = this.group(reason, indicator, orgUnit, true);
    group.rows += rows;
    addToSum(group.sum!, value);
  }

  /** `rows` rows of another programme, or refused by the reader: counted, not summed. */
  skipped(reason: 'other_programme' | 'invalid', rows: number): void {
    if (rows > 0) this.group(reason, null, null, false).rows += rows;
  }

  private group(
    reason: NotCountedReason,
    indicator: string | null,
    orgUnit: string | null,
    summed: boolean,
  ): Group {
    const key = `${reason}\u0000${indicator ?? ''}\u0000${orgUnit ?? ''}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { reason, indicator, orgUnit, rows: 0, sum: summed ? newSum() : null };
      this.groups.set(key, group);
    }
    return group;
  }

  /** The accounting so far. */
  result(): RowAccounting {
    const rank = new Map(NOT_COUNTED_REASONS.map((r, i) => [r, i]));
    const notCounted = [...this.groups.values()]
      .map(
        (g): NotCountedRows => ({
          reason: g.reason,
          indicator: g.indicator,
          orgUnit: g.orgUnit,
          rows: g.rows,
          value: g.sum ? sumText(g.sum) : null,
        }),
      )
      .sort(
        (a, b) =>
          rank.get(a.reason)! - rank.get(b.reason)! ||
          compare(a.indicator, b.indicator) ||
          compare(a.orgUnit, b.orgUnit),
      );
    const read = this.countedRows + notCounted.reduce((n, g) => n + g.rows, 0);
    return {
      read,
      counted: this.countedRows,
      countedValue: sumText(this.countedSum),
      notCounted,
    };
  }
}

function compare(a: string | null, b: string | null): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}
