import type { IsoDate } from '../dates/calendar-date.js';
import type { Issue, IssuePath } from '../result/issue.js';
import { frozenPeriod } from './messages.js';
import { FROZEN_STATES, type RoundRecord } from './schema.js';

/** A figure a write would touch: where it sits in the call, and its programme × unit × date. */
export interface WriteTarget {
  path: IssuePath;
  programme: string;
  orgUnit: string;
  date: IsoDate;
}

/**
 * The figures an observation write touches, read from raw items (malformed items are left to
 * the row checks, which reject them anyway).
 * @example
 * writeTargets([{ programme: 'P', orgUnit: '04001', date: '2026-03-01', … }], ['observations']);
 * // [{ path: ['observations', 0], programme: 'P', orgUnit: '04001', date: '2026-03-01' }]
 */
export function writeTargets(items: unknown, prefix: IssuePath): WriteTarget[] {
  if (!Array.isArray(items)) return [];
  const out: WriteTarget[] = [];
  items.forEach((item, i) => {
    const o = item as Record<string, unknown> | null;
    const { programme, orgUnit, date } = o ?? {};
    if (typeof programme === 'string' && typeof orgUnit === 'string' && typeof date === 'string') {
      out.push({
        path: [...prefix, i],
        programme: programme.normalize('NFC'),
        orgUnit: orgUnit.normalize('NFC'),
        date,
      });
    }
  });
  return out;
}

/**
 * One issue per figure that falls in a frozen round (submitted, approved or locked) of its own
 * unit or of a unit it counts toward (its parents, its successors by lineage). A store refuses
 * the whole write when this is not empty.
 * @example
 * frozenWriteIssues(targets, rounds, (code) => index.countsToward(code));
 * // [{ code: 'round.period_frozen', path: ['observations', 0], … }]
 */
export function frozenWriteIssues(
  targets: readonly WriteTarget[],
  rounds: readonly RoundRecord[],
  countsToward: (orgUnit: string) => readonly string[],
): Issue[] {
  const frozen = new Map<string, RoundRecord[]>();
  for (const r of rounds) {
    if (!FROZEN_STATES.includes(r.state)) continue;
    const k = `${r.programme}\u0000${r.orgUnit}`;
    frozen.set(k, [...(frozen.get(k) ?? []), r]);
  }
  if (frozen.size === 0) return [];
  const issues: Issue[] = [];
  for (const t of targets) {
    for (const unit of countsToward(t.orgUnit)) {
      const hit = frozen
        .get(`${t.programme}\u0000${unit}`)
        ?.find((r) => r.period.start <= t.date && t.date <= r.period.end);
      if (hit) {
        issues.push(frozenPeriod(t.path, t.programme, hit.orgUnit, hit.period, hit.state));
        break;
      }
    }
  }
  return issues;
}
