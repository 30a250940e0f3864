import type { IsoDate } from '../dates/calendar-date.js';
import type { OrgUnitIndex } from '../org-units/org-unit-index.js';
import type { Programme } from '../programmes/schema.js';
import type { Observation } from '../records/schema.js';
import { CellCollector, type UnplacedObservations } from './cell-collector.js';
import type { CellTotal, ReportFilter, Rollup } from './types.js';

export type { UnplacedObservations } from './cell-collector.js';

/** Options of stage 1: the review date, the org tree for subtree matching, and a filter. */
export interface AggregateOptions {
  asOf: IsoDate;
  /** With an index, an observation counts for a target at its unit or any unit above it. */
  orgUnits?: OrgUnitIndex;
  filter?: ReportFilter;
  /**
   * With 'current' (and `orgUnits`), the cells are those of the targets moved to the units of
   * `rollupAsOf` (default `asOf`): `rollTargetsToCurrent`. Other roll-ups act on cells later.
   */
  rollup?: Rollup;
  rollupAsOf?: IsoDate;
}

/**
 * Stage 1 of a report: one `CellTotal` per selected target, in programme order. An observation
 * counts for a target when the programme and indicator match, its unit is the target's unit or
 * below it, its date lies in the target period and on or before `asOf`, and it carries every
 * breakdown entry the target names. Flows (`sum`) add values as exact integers; stocks
 * (`latest`) take each unit's latest level on or before `asOf` per breakdown (observations of
 * one unit, breakdown and date add up, as a level reported in parts), then add across units.
 * Targets are indexed by indicator, unit and breakdown, so a row costs a few lookups however
 * many targets its unit and the units above it hold.
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
  const collector = new CellCollector(programme, options);
  for (const obs of observations) collector.add(obs);
  if (unplaced) {
    const found = collector.unplaced();
    for (const [code, n] of found.indicators) bump(unplaced.indicators, code, n);
    for (const [code, n] of found.orgUnits) bump(unplaced.orgUnits, code, n);
  }
  return collector.totals();
}

function bump(counts: Map<string, number>, code: string, n: number): void {
  counts.set(code, (counts.get(code) ?? 0) + n);
}
