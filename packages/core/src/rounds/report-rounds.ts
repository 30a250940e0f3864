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
}

const periodKey = (p: RoundPeriod) => `${p.start}..${p.end}`;

/**
 * The rounds a report is read against: for every period some round of the programme was stored
 * in (begun by `asOf`, overlapping `period` when given), the state of each of the report's units
 * and of its parts ("2 of 3 communes approved"). A unit never acted on is open in that period.
 * No stored period, no rounds: nothing is said rather than a period guessed.
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
  const units = [...new Set(scope.units)];
  return groups.flatMap((g) =>
    units.map((unit) => ({
      ...roundProgress(g.records, unit, index),
      period: { start: g.period.start, end: g.period.end },
    })),
  );
}
