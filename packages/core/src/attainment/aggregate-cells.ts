import { type IsoDate, minDate } from '../dates/calendar-date.js';
import type { OrgUnitIndex } from '../org-units/org-unit-index.js';
import type { Programme, Target } from '../programmes/schema.js';
import type { Observation } from '../records/schema.js';
import { disaggregationKey } from './cell-key.js';
import { addToSum, type ExactSum, newSum, sumText } from './decimal-text.js';
import { selectTargets } from './select-targets.js';
import type { CellTotal, ReportFilter } from './types.js';

/** Options of stage 1: the review date, the org tree for subtree matching, and a filter. */
export interface AggregateOptions {
  asOf: IsoDate;
  /** With an index, an observation counts for a target at its unit or any unit above it. */
  orgUnits?: OrgUnitIndex;
  filter?: ReportFilter;
}

interface Slot {
  target: Target;
  start: IsoDate;
  /** Last counted day: the target's end or asOf, whichever is earlier. */
  end: IsoDate;
  match: [string, string][];
  sum: ExactSum;
  count: number;
  /** Stocks: the latest level per (unit, breakdown). */
  levels: Map<string, { date: IsoDate; sum: ExactSum; count: number }> | null;
}

/**
 * Stage 1 of a report: one `CellTotal` per selected target, in programme order. An observation
 * counts for a target when the programme and indicator match, its unit is the target's unit or
 * below it, its date lies in the target period and on or before `asOf`, and it carries every
 * breakdown entry the target names. Flows (`sum`) add values as exact integers; stocks
 * (`latest`) take each unit's latest level on or before `asOf` per breakdown (observations of
 * one unit, breakdown and date add up, as a level reported in parts), then add across units.
 * @example
 * aggregateCells(programme, observations, { asOf: '2019-05-20' });
 * // [{ indicator: 'master_education', target: '10', actual: '30', count: 30, … }, …]
 */
export function aggregateCells(
  programme: Programme,
  observations: Iterable<Observation>,
  options: AggregateOptions,
): CellTotal[] {
  return collectCells(programme, observations, options);
}

/** Observations the programme cannot place, counted by code, for the report's issues. */
export interface UnplacedObservations {
  indicators: Map<string, number>;
  orgUnits: Map<string, number>;
}

/**
 * `aggregateCells` that also counts observations naming an unknown indicator or org unit,
 * in the same single pass (observations may be a one-shot stream).
 * @example
 * const unplaced = { indicators: new Map(), orgUnits: new Map() };
 * collectCells(programme, observations, { asOf }, unplaced);
 */
export function collectCells(
  programme: Programme,
  observations: Iterable<Observation>,
  options: AggregateOptions,
  unplaced?: UnplacedObservations,
): CellTotal[] {
  const { asOf, orgUnits } = options;
  const known = new Set(programme.indicators.map((i) => i.code));
  const stock = new Set(
    programme.indicators.filter((i) => i.aggregation === 'latest').map((i) => i.code),
  );
  const slots: Slot[] = selectTargets(programme, options).map((target) => ({
    target,
    start: target.period.start,
    end: minDate(target.period.end, asOf),
    match: Object.entries(target.disaggregation),
    sum: newSum(),
    count: 0,
    levels: stock.has(target.indicator) ? new Map() : null,
  }));
  // indicator → unit → slots: each observation looks up its unit and its ancestors only.
  const byIndicator = new Map<string, Map<string, Slot[]>>();
  for (const slot of slots) {
    let byUnit = byIndicator.get(slot.target.indicator);
    if (!byUnit) {
      byUnit = new Map();
      byIndicator.set(slot.target.indicator, byUnit);
    }
    const list = byUnit.get(slot.target.orgUnit);
    if (list) list.push(slot);
    else byUnit.set(slot.target.orgUnit, [slot]);
  }
  const chains = new Map<string, string[]>();
  const chainOf = (code: string): string[] => {
    let chain = chains.get(code);
    if (!chain) {
      chain = orgUnits ? [code, ...orgUnits.ancestors(code).map((u) => u.code)] : [code];
      chains.set(code, chain);
    }
    return chain;
  };

  for (const obs of observations) {
    if (obs.programme !== programme.code) continue;
    if (unplaced) {
      if (!known.has(obs.indicator)) bump(unplaced.indicators, obs.indicator);
      if (orgUnits && !orgUnits.get(obs.orgUnit)) bump(unplaced.orgUnits, obs.orgUnit);
    }
    if (obs.date > asOf) continue;
    const byUnit = byIndicator.get(obs.indicator);
    if (!byUnit) continue;
    for (const unit of chainOf(obs.orgUnit)) {
      const list = byUnit.get(unit);
      if (!list) continue;
      for (const slot of list) {
        if (obs.date < slot.start || obs.date > slot.end || !matches(slot.match, obs)) continue;
        if (slot.levels) addLevel(slot.levels, obs);
        else {
          addToSum(slot.sum, obs.value);
          slot.count++;
        }
      }
    }
  }
  return slots.map(toCell(programme.code));
}

function bump(counts: Map<string, number>, code: string): void {
  counts.set(code, (counts.get(code) ?? 0) + 1);
}

function matches(entries: [string, string][], obs: Observation): boolean {
  for (const [k, v] of entries) if (obs.disaggregation[k] !== v) return false;
  return true;
}

function addLevel(levels: NonNullable<Slot['levels']>, obs: Observation): void {
  const key = `${obs.orgUnit}\u0000${disaggregationKey(obs.disaggregation)}`;
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

function toCell(programme: string) {
  return (slot: Slot): CellTotal => {
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
    const t = slot.target;
    return {
      programme,
      indicator: t.indicator,
      orgUnit: t.orgUnit,
      period: { start: t.period.start, end: t.period.end },
      disaggregation: { ...t.disaggregation },
      target: t.value,
      baseline: t.baseline ?? null,
      actual: sumText(actual),
      count,
    };
  };
}
