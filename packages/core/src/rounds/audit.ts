import type { IsoDate } from '../dates/calendar-date.js';
import type { Observation } from '../records/schema.js';
import { observationKey } from '../store/keys.js';
import { canonicalJson } from '../store/prepare/row-key.js';
import type { RoundAction, RoundPeriod, RoundTransition } from './schema.js';

/** What an audit entry records: a write of figures, or a round transition. */
export type AuditAction = 'write' | RoundAction;

/**
 * One entry of the append-only audit log (nhật ký thay đổi). Who and when are what the caller
 * passed: null when it passed nothing, never guessed. A write entry covers one programme × unit
 * and lists the figures it changed, before and after (a new figure has no before).
 */
export interface AuditEntry {
  /** Position in the log, increasing. */
  seq: number;
  action: AuditAction;
  by: string | null;
  at: string | null;
  programme: string;
  orgUnit: string;
  /** A transition's period; for a write, the first and last date of the figures it changed. */
  period: RoundPeriod;
  /** The caller's import id (idempotency key), when it gave one. */
  importId: string | null;
  reason: string | null;
  before: Observation[];
  after: Observation[];
}

/** An entry before the store numbers it. */
export type AuditEntryInput = Omit<AuditEntry, 'seq'>;

/** Who and when the caller vouches for on a write, and the import's id. */
export interface WriteAttribution {
  by?: string;
  at?: string;
  importId?: string;
}

/** Narrows the audit log; times compare as the ISO text the callers gave. */
export interface AuditFilter {
  programme?: string;
  orgUnit?: string;
  by?: string;
  /** Entries whose period overlaps this one. */
  period?: { start: IsoDate; end: IsoDate };
  /** Entries at or after this time. */
  from?: string;
  /** Entries at or before this time. */
  to?: string;
  cursor?: string | null;
  limit?: number;
}

/**
 * The audit entry of a round transition: who, when, which round and why; no figures change.
 * Every store appends this one shape.
 * @example
 * transitionAuditEntry(t).action; // 'lock'
 */
export function transitionAuditEntry(t: RoundTransition): AuditEntryInput {
  return {
    action: t.action,
    by: t.by,
    at: t.at,
    programme: t.programme,
    orgUnit: t.orgUnit,
    period: t.period,
    importId: null,
    reason: t.reason ?? null,
    before: [],
    after: [],
  };
}

/**
 * The write entries for a change of figures: rows that differ between `before` and `after`
 * (matched by observation key), grouped by programme × unit. Equal rows leave no trace.
 * @example
 * auditWriteEntries([], [obs], { by: 'xa-04001', at: '2026-07-01T08:00:00Z' });
 * // [{ action: 'write', orgUnit: obs.orgUnit, before: [], after: [obs], … }]
 */
export function auditWriteEntries(
  before: readonly Observation[],
  after: readonly Observation[],
  who: WriteAttribution,
): AuditEntryInput[] {
  const keyOf = (o: Observation) => JSON.stringify(observationKey(o));
  const groups = new Map<string, AuditEntryInput>();
  const entry = (o: Observation): AuditEntryInput => {
    const k = `${o.programme}\u0000${o.orgUnit}`;
    let e = groups.get(k);
    if (!e) {
      e = {
        action: 'write',
        by: who.by ?? null,
        at: who.at ?? null,
        programme: o.programme,
        orgUnit: o.orgUnit,
        period: { start: o.date, end: o.date },
        importId: who.importId ?? null,
        reason: null,
        before: [],
        after: [],
      };
      groups.set(k, e);
    }
    if (o.date < e.period.start) e.period.start = o.date;
    if (o.date > e.period.end) e.period.end = o.date;
    return e;
  };
  // Nothing stood in the span before (a first load): every row is new, no key to match.
  if (before.length === 0) {
    for (const n of after) entry(n).after.push(n);
    return ordered(groups);
  }
  const old = new Map(before.map((o) => [keyOf(o), o]));
  const now = new Map(after.map((o) => [keyOf(o), o]));
  for (const [k, o] of old) {
    const n = now.get(k);
    if (n === undefined) entry(o).before.push(o);
    else if (canonicalJson(n) !== canonicalJson(o)) {
      const e = entry(o);
      e.before.push(o);
      e.after.push(n);
    }
  }
  for (const [k, n] of now) if (!old.has(k)) entry(n).after.push(n);
  return ordered(groups);
}

// In unit order, so every store writes the entries of one change in the same order.
function ordered(groups: Map<string, AuditEntryInput>): AuditEntryInput[] {
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);
}

/**
 * Whether an entry passes a filter.
 * @example
 * auditMatches(entry, { orgUnit: '04001' }); // true
 */
export function auditMatches(e: AuditEntry, f: AuditFilter): boolean {
  return (
    (f.programme === undefined || e.programme === f.programme) &&
    (f.orgUnit === undefined || e.orgUnit === f.orgUnit) &&
    (f.by === undefined || e.by === f.by) &&
    (f.period === undefined ||
      (e.period.start <= f.period.end && f.period.start <= e.period.end)) &&
    (f.from === undefined || (e.at !== null && e.at >= f.from)) &&
    (f.to === undefined || (e.at !== null && e.at <= f.to))
  );
}
