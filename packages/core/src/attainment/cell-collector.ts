import { type IsoDate, minDate } from '../dates/calendar-date.js';
import type { OrgUnitIndex } from '../org-units/org-unit-index.js';
import type { Programme, Target } from '../programmes/schema.js';
import type { Observation } from '../records/schema.js';
import { addToSum, type ExactSum, newSum, sumText } from './decimal-text.js';
import { reportTargets } from './roll-targets.js';
import { type RowAccounting, RowTally } from './row-accounting.js';
import { targetCell } from './target-cell.js';
import { TargetIndex } from './target-index.js';
import type { CellTotal, ReportFilter, Rollup } from './types.js';

/** Observations the programme cannot place, counted by code, for the report's issues. */
export interface UnplacedObservations {
  indicators: Map<string, number>;
  orgUnits: Map<string, number>;
}

interface Slot {
  target: Target;
  start: IsoDate;
  /** Last counted day: the target's end or asOf, whichever is earlier. */
  end: IsoDate;
  sum: ExactSum;
  count: number;
  /** Stocks: the latest level per (unit, breakdown). */
  levels: Map<string, Level> | null;
}

interface Level {
  date: IsoDate;
  sum: ExactSum;
  count: number;
}

interface IndicatorEntry {
  /** Its id in the target index, or -1 when no selected target names it. */
  id: number;
  /** Whether the programme defines it. */
  known: boolean;
}

/**
 * Stage 1 of a report, fed one observation at a time: the running sums of every selected
 * target. Each row costs a lookup of its indicator, unit and breakdown and a date test per
 * target it counts for; nothing per row grows with the number of targets, and nothing is kept
 * per row, so a stream of any length runs in the memory of its distinct units and breakdowns.
 */
export class CellCollector {
  private readonly code: string;
  private readonly asOf: IsoDate;
  private readonly slots: Slot[];
  private readonly index: TargetIndex;
  private readonly indicators = new Map<string, IndicatorEntry>();
  private readonly known: ReadonlySet<string>;
  private readonly unknownIndicators = new Map<string, number>();

  private readonly tally = new RowTally();

  constructor(
    programme: Programme,
    options: {
      asOf: IsoDate;
      orgUnits?: OrgUnitIndex;
      filter?: ReportFilter;
      rollup?: Rollup;
      rollupAsOf?: IsoDate;
    },
  ) {
    const { asOf, orgUnits } = options;
    this.code = programme.code;
    this.asOf = asOf;
    this.known = new Set(programme.indicators.map((i) => i.code));
    const stock = new Set(
      programme.indicators.filter((i) => i.aggregation === 'latest').map((i) => i.code),
    );
    const rollupAsOf = options.rollupAsOf ?? asOf;
    const { targets } = reportTargets(programme, {
      ...options,
      rollupAsOf,
    });
    this.slots = targets.map((target) => ({
      target,
      start: target.period.start,
      end: minDate(target.period.end, asOf),
      sum: newSum(),
      count: 0,
      levels: stock.has(target.indicator) ? new Map() : null,
    }));
    this.index = new TargetIndex(targets, orgUnits);
  }

  /**
   * Counts one observation; one of another programme is tallied as such and not counted.
   * `rows` > 1 stands for that many rows whose values `obs.value` sums, all alike in what they
   * count for (a store's grouped rows, for the accounting).
   */
  add(obs: Observation, rows = 1): void {
    if (obs.programme !== this.code) {
      this.tally.skipped('other_programme', rows);
      return;
    }
    let indicator = this.indicators.get(obs.indicator);
    if (!indicator) {
      indicator = {
        id: this.index.indicatorId(obs.indicator),
        known: this.known.has(obs.indicator),
      };
      this.indicators.set(obs.indicator, indicator);
    }
    const unit = this.index.unit(obs.orgUnit);
    if (!unit.known) unit.unknownRows += rows;
    if (!indicator.known) {
      this.unknownIndicators.set(
        obs.indicator,
        (this.unknownIndicators.get(obs.indicator) ?? 0) + rows,
      );
      this.tally.notCounted('unknown_indicator', obs.indicator, obs.orgUnit, obs.value, rows);
      return;
    }
    if (obs.date > this.asOf) {
      this.tally.notCounted('after_as_of', obs.indicator, obs.orgUnit, obs.value, rows);
      return;
    }
    if (indicator.id < 0 || unit.chain < 0) {
      this.tally.notCounted('no_target', obs.indicator, obs.orgUnit, obs.value, rows);
      return;
    }
    const breakdown = this.index.breakdown(obs.disaggregation);
    const found = this.index.slotsOf(indicator.id, unit.chain, breakdown);
    let counted = false;
    for (let i = 0; i < found.length; i++) {
      const slot = this.slots[found[i]!]!;
      if (obs.date < slot.start || obs.date > slot.end) continue;
      counted = true;
      if (slot.levels) {
        addLevel(slot.levels, `${obs.orgUnit}\u0000${this.index.canonical(breakdown)}`, obs);
      } else {
        addToSum(slot.sum, obs.value);
        slot.count += rows;
      }
    }
    if (counted) this.tally.counted(obs.value, rows);
    else {
      const reason = found.length === 0 ? 'no_target' : 'outside_period';
      this.tally.notCounted(reason, obs.indicator, obs.orgUnit, obs.value, rows);
    }
  }

  /** Rows the reader refused before they became observations. */
  refused(rows: number): void {
    this.tally.skipped('invalid', rows);
  }

  /** Where every row added so far went. */
  accounting(): RowAccounting {
    return this.tally.result();
  }

  /** One `CellTotal` per selected target, in programme order, from the rows added so far. */
  totals(): CellTotal[] {
    return this.slots.map((slot) => toCell(this.code, slot));
  }

  /** Rows of the programme naming an indicator it lacks or an org unit the index lacks. */
  unplaced(): UnplacedObservations {
    const orgUnits = new Map<string, number>();
    for (const unit of this.index.unitEntries()) {
      if (unit.unknownRows > 0) orgUnits.set(unit.code, unit.unknownRows);
    }
    return { indicators: new Map(this.unknownIndicators), orgUnits };
  }
}

function addLevel(levels: Map<string, Level>, key: string, obs: Observation): void {
  const level = levels.get(key);
  if (!level || obs.date > level.date) {
    const sum = newSum();
    addToSum(sum, obs.value);
    levels.set(key, { date: obs.date, sum, count: 1 });
  } else if (obs.date === level.date) {
    addToSum(level.sum, obs.value);
    level.count++;
  }
}

function toCell(programme: string, slot: Slot): CellTotal {
  let actual = slot.sum;
  let count = slot.count;
  if (slot.levels) {
    actual = newSum();
    count = 0;
    for (const level of slot.levels.values()) {
      addToSum(actual, sumText(level.sum));
      count += level.count;
    }
  }
  return targetCell(programme, slot.target, sumText(actual), count);
}
