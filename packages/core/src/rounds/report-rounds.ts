import type { IsoDate } from '../dates/calendar-date.js';
import type { OrgUnitIndex } from '../org-units/org-unit-index.js';
import { type RoundProgress, roundProgress } from './progress.js';
import type { RoundPeriod, RoundRecord } from './schema.js';

/** The round of one unit in one period, as a report shows it under its title. */
export interface ReportRound extends RoundProgress {
  period: RoundPeriod;
}

/** Which rounds a report speaks of. */
export interface ReportRoundsScope {
  /** The report's units, in report order; repeats are dropped. */
  units: readonly string[];
  /** The review date: rounds starting after it are not the report's. */
  asOf: IsoDate;
  /** The report's period, when it asks for one: rounds overlapping it only. */
  period?: RoundPeriod;
  /**
   * The unit the report was asked for: only units within its reach (whose figures count toward
   * it) are shown, so a commune's report never tells its province's progress.
   */
  within?: string;
}

const periodKey = (p: RoundPeriod) => `${p.start}..${p.end}`;

/**
 * The rounds a report is read against: for every period some round of the programme was stored
 * in (begun by `asOf`, overlapping `period` when given), the state of each of the report's units
 * and of its parts ("2 of 3 communes approved"), then of each unit their figures count toward
 * (parent, successor by lineage) that has a round in that period: the rounds that freeze the
 * figures. A report unit never acted on is open in that period. No stored period, no rounds:
 * nothing is said rather than a period guessed.
 * @example
 * reportRounds(await store.listRounds({ programme: 'P' }), { units: ['04'], asOf: '2026-07-01' }, index);
 * // [{ orgUnit: '04', period: { start: '2026-01-01', end: '2026-06-30' }, state: 'locked', children: 3, … }]
 */
export function reportRounds(
  records: readonly RoundRecord[],
  scope: ReportRoundsScope,
  index: OrgUnitIndex,
): ReportRound[] {
  const { asOf, period } = scope;
  const byPeriod = new Map<string, { period: RoundPeriod; records: RoundRecord[] }>();
  for (const r of records) {
    if (r.period.start > asOf) continue;
    if (period && (r.period.end < period.start || period.end < r.period.start)) continue;
    const key = periodKey(r.period);
    const group = byPeriod.get(key) ?? { period: r.period, records: [] };
    group.records.push(r);
    byPeriod.set(key, group);
  }
  const groups = [...byPeriod.values()].sort(
    (a, b) =>
      a.period.start.localeCompare(b.period.start) || a.period.end.localeCompare(b.period.end),
  );
  const { within } = scope;
  const reached = (unit: string) =>
    within === undefined || index.countsToward(unit).includes(within);
  return groups.flatMap((g) => {
    const held = new Set(g.records.map((r) => r.orgUnit));
    const units = new Set<string>();
    for (const unit of scope.units) {
      units.add(unit);
      for (const above of index.countsToward(unit)) if (held.has(above)) units.add(above);
    }
    return [...units].filter(reached).map((unit) => ({
      ...roundProgress(g.records, unit, index),
      period: { start: g.period.start, end: g.period.end },
    }));
  });
}
