import { createOrgUnitIndex } from '../../org-units/org-unit-index.js';
import type { Observation } from '../../records/schema.js';
import { fail, type Issue, ok, type Result } from '../../result/issue.js';
import { applyRoundTransition } from '../../rounds/apply-transition.js';
import {
  type AuditEntry,
  type AuditEntryInput,
  type AuditFilter,
  auditMatches,
  auditWriteEntries,
  transitionAuditEntry,
  type WriteAttribution,
} from '../../rounds/audit.js';
import { frozenWriteIssues, writeTargets } from '../../rounds/frozen-writes.js';
import type { RoundRecord } from '../../rounds/schema.js';
import { notFound } from '../errors.js';
import type { PreparedRows } from '../prepare/prepare-batch.js';
import type { Page, RoundFilter } from '../types.js';
import { paginate } from './paginate.js';
import { copyOut, keyText, type MemoryState } from './state.js';

const indexOf = (state: MemoryState) =>
  createOrgUnitIndex([...state.orgUnits.values()].map((e) => e.value));

const roundKey = (r: Pick<RoundRecord, 'programme' | 'orgUnit' | 'period'>) => [
  r.programme,
  r.orgUnit,
  r.period.start,
  r.period.end,
];

/**
 * Issues for observation items that fall in a frozen round; empty when the write may go ahead.
 * @example
 * frozenIssues(state, batch.observations, ['observations']); // [] when every round is open
 */
export function frozenIssues(
  state: MemoryState,
  items: unknown,
  prefix: (string | number)[],
): Issue[] {
  if (state.rounds.size === 0) return [];
  const targets = writeTargets(items, prefix);
  if (targets.length === 0) return [];
  const index = indexOf(state);
  const rounds = [...state.rounds.values()].map((e) => e.value);
  return frozenWriteIssues(targets, rounds, (c) => index.countsToward(c));
}

/**
 * The stored observations the prepared rows replace (before the write), for the audit.
 * @example
 * const before = observationsBefore(state, prepared.rows);
 */
export function observationsBefore(state: MemoryState, rows: PreparedRows): Observation[] {
  const out: Observation[] = [];
  for (const r of rows.observations) {
    const old = state.observations.get(keyText(r.key));
    if (old) out.push(old.value);
  }
  return out;
}

function append(state: MemoryState, entries: AuditEntryInput[]): void {
  for (const e of entries) state.audit.push({ seq: state.audit.length + 1, ...e });
}

/**
 * Appends the audit entries of a write whose prepared rows were just applied.
 * @example
 * auditWrite(state, before, prepared.rows, { by: 'tinh', at: '2026-07-01T08:00:00Z' });
 */
export function auditWrite(
  state: MemoryState,
  before: Observation[],
  rows: PreparedRows,
  who: WriteAttribution,
): void {
  if (rows.observations.length === 0) return;
  append(
    state,
    auditWriteEntries(
      before,
      rows.observations.map((r) => r.value),
      who,
    ),
  );
}

/**
 * The stored rounds of a programme, by unit then period.
 * @example
 * listRounds(state, { programme: 'P' });
 */
export function listRounds(state: MemoryState, f: RoundFilter): RoundRecord[] {
  return [...state.rounds.values()]
    .map((e) => e.value)
    .filter(
      (r) =>
        r.programme === f.programme &&
        (f.orgUnit === undefined || r.orgUnit === f.orgUnit) &&
        (f.period === undefined ||
          (r.period.start === f.period.start && r.period.end === f.period.end)),
    )
    .sort((a, b) => keyText(roundKey(a)).localeCompare(keyText(roundKey(b))))
    .map((r) => copyOut(r));
}

/**
 * Applies a transition to the stored rounds and appends its audit entry.
 * @example
 * transition(state, { action: 'submit', … }); // { ok: true, value: [{ state: 'submitted', … }] }
 */
export function transition(state: MemoryState, input: unknown): Result<RoundRecord[]> {
  const programme = (input as { programme?: unknown } | null)?.programme;
  if (typeof programme === 'string' && !state.programmes.has(keyText([programme]))) {
    throw notFound('programme', programme);
  }
  const records = [...state.rounds.values()].map((e) => e.value);
  const result = applyRoundTransition(records, input, indexOf(state));
  if (!result.ok) return fail(result.issues);
  const { transition: t, changed } = result.value;
  for (const r of changed) state.rounds.set(keyText(roundKey(r)), { key: roundKey(r), value: r });
  append(state, [transitionAuditEntry(t)]);
  return ok(copyOut(changed));
}

/**
 * A page of the audit log, oldest first.
 * @example
 * listAudit(state, { orgUnit: '04001' });
 */
export function listAudit(state: MemoryState, f: AuditFilter = {}): Page<AuditEntry> {
  const entries = state.audit.map((e) => ({ key: [String(e.seq).padStart(12, '0')], value: e }));
  return paginate(entries, f, (e) => auditMatches(e, f));
}
