import {
  type AuditEntry,
  type AuditFilter,
  CadreError,
  type Issue,
  type Observation,
  type ObservationInput,
  type Page,
  type Result,
  type RoundFilter,
  type RoundRecord,
  type RoundState,
} from '@cadre/core';
import {
  type AuditEntryInput,
  applyRoundTransition,
  auditWriteEntries,
  FROZEN_STATES,
  frozenWriteIssues,
  observationKey,
  transitionAuditEntry,
  writeTargets,
} from '@cadre/core/adapter';
import type { Kysely } from 'kysely';
import type { AuditRow, RoundRow, Tables } from '../schema/tables.js';
import { readPage, toPage } from './page.js';
import { holdRounds } from './round-locks.js';
import { fillWriteImages } from './write-audit.js';

type Db = Kysely<Tables>;
// Units per IN list: well under SQLite's and Postgres's bound-parameter limits.
const IN_CHUNK = 500;

const chunks = <T>(xs: T[], n = IN_CHUNK): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
};

function toRecord(r: RoundRow): RoundRecord {
  return {
    programme: r.programme,
    orgUnit: r.org_unit,
    period: { start: r.period_start, end: r.period_end },
    state: r.state as RoundState,
    by: r.by,
    at: r.at,
    reason: r.reason,
    exemptions: JSON.parse(r.exemptions),
  };
}

/**
 * Issues for figures of a write that fall in a frozen round, read inside the write's transaction
 * so a lock committed first is seen. Lineage comes from the closure table (the core's
 * `countsToward`). With no frozen round in the store (the usual case during a load) the items
 * are not even looked at.
 * @example
 * const issues = await frozenWriteCheck(trx, batch.observations, ['observations']);
 */
export async function frozenWriteCheck(
  tx: Db,
  items: unknown,
  prefix: (string | number)[],
): Promise<Issue[]> {
  if (!Array.isArray(items) || items.length === 0) return [];
  // Until commit, no transition can freeze a period this write is about to fill.
  await holdRounds(tx, 'figures');
  const rows = await tx
    .selectFrom('rounds')
    .selectAll()
    .where('state', 'in', [...FROZEN_STATES])
    .execute();
  if (rows.length === 0) return [];
  const targets = writeTargets(items, prefix);
  const programmes = new Set(targets.map((t) => t.programme));
  const rounds = rows.map(toRecord).filter((r) => programmes.has(r.programme));
  if (rounds.length === 0) return [];
  const reach = new Map<string, string[]>();
  for (const part of chunks([...new Set(rounds.map((r) => r.orgUnit))])) {
    const links = await tx
      .selectFrom('org_unit_closure')
      .select(['ancestor', 'descendant'])
      .where('ancestor', 'in', part)
      .execute();
    for (const l of links)
      reach.set(l.descendant, [...(reach.get(l.descendant) ?? []), l.ancestor]);
  }
  return frozenWriteIssues(targets, rounds, (c) => [c, ...(reach.get(c) ?? [])]);
}

async function appendAudit(tx: Db, entries: AuditEntryInput[]): Promise<void> {
  for (const part of chunks(entries, 200)) {
    await tx
      .insertInto('audit_log')
      .values(
        part.map((e) => ({
          action: e.action,
          by: e.by,
          at: e.at,
          programme: e.programme,
          org_unit: e.orgUnit,
          period_start: e.period.start,
          period_end: e.period.end,
          import_id: e.importId,
          reason: e.reason,
          before: JSON.stringify(e.before),
          after: JSON.stringify(e.after),
        })),
      )
      .execute();
  }
}

/**
 * The stored rounds of a programme.
 * @example
 * await listRounds(db, { programme: 'P' });
 */
export async function listRounds(db: Db, f: RoundFilter): Promise<RoundRecord[]> {
  let q = db.selectFrom('rounds').selectAll().where('programme', '=', f.programme);
  if (f.orgUnit !== undefined) q = q.where('org_unit', '=', f.orgUnit);
  if (f.period !== undefined) {
    q = q.where('period_start', '=', f.period.start).where('period_end', '=', f.period.end);
  }
  const rows = await q.orderBy('org_unit').orderBy('period_start').orderBy('period_end').execute();
  return rows.map(toRecord);
}

/**
 * Applies a transition to the stored rounds with the core's rules and appends its audit entry.
 * Call inside a write transaction.
 * @example
 * await transition(trx, input, index);
 */
export async function transition(
  tx: Db,
  input: unknown,
  index: Parameters<typeof applyRoundTransition>[2],
): Promise<Result<RoundRecord[]>> {
  const programme = (input as { programme?: unknown } | null)?.programme;
  // Waits for writes of figures in flight, and keeps new ones and other transitions out.
  await holdRounds(tx, 'transition');
  const records = typeof programme === 'string' ? await listRounds(tx, { programme }) : [];
  const result = applyRoundTransition(records, input, index);
  if (!result.ok) return result;
  const { transition: t, changed } = result.value;
  for (const r of changed) {
    const row = {
      state: r.state,
      by: r.by,
      at: r.at,
      reason: r.reason,
      exemptions: JSON.stringify(r.exemptions),
    };
    await tx
      .insertInto('rounds')
      .values({
        programme: r.programme,
        org_unit: r.orgUnit,
        period_start: r.period.start,
        period_end: r.period.end,
        ...row,
      })
      .onConflict((oc) =>
        oc.columns(['programme', 'org_unit', 'period_start', 'period_end']).doUpdateSet(row),
      )
      .execute();
  }
  await appendAudit(tx, [transitionAuditEntry(t)]);
  return { ok: true, value: changed };
}

const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);

type StoredEntry = Omit<AuditRow, 'seq'> & { seq: number | string | bigint };

function toEntry(r: StoredEntry, images: Pick<AuditEntry, 'before' | 'after'> | null): AuditEntry {
  return {
    seq: Number(r.seq),
    action: r.action as AuditEntry['action'],
    by: r.by,
    at: r.at,
    programme: r.programme,
    orgUnit: r.org_unit,
    period: { start: r.period_start, end: r.period_end },
    importId: r.import_id,
    reason: r.reason,
    before: images ? images.before : parse(r.before),
    after: images ? images.after : parse(r.after),
  };
}

/**
 * A page of the audit log, oldest first.
 * @example
 * await listAudit(db, { orgUnit: '04001', limit: 50 });
 */
export async function listAudit(db: Db, f: AuditFilter = {}): Promise<Page<AuditEntry>> {
  const { limit, after } = readPage(f, 1);
  let q = db.selectFrom('audit_log').selectAll();
  if (after !== null) {
    if (!/^\d{1,15}$/.test(after[0] ?? '')) {
      throw new CadreError(
        'invalid_argument',
        'page.cursor: expected a cursor returned by this list',
        {
          path: ['cursor'],
        },
      );
    }
    q = q.where('seq', '>', Number(after[0]));
  }
  if (f.programme !== undefined) q = q.where('programme', '=', f.programme);
  if (f.orgUnit !== undefined) q = q.where('org_unit', '=', f.orgUnit);
  if (f.by !== undefined) q = q.where('by', '=', f.by);
  if (f.period !== undefined) {
    q = q.where('period_start', '<=', f.period.end).where('period_end', '>=', f.period.start);
  }
  if (f.from !== undefined) q = q.where('at', '>=', f.from);
  if (f.to !== undefined) q = q.where('at', '<=', f.to);
  const rows = await q
    .orderBy('seq')
    .limit(limit + 1)
    .execute();
  const images = await fillWriteImages(db, rows.slice(0, limit));
  return toPage(
    rows,
    limit,
    (r) => [String(r.seq)],
    (r) => toEntry(r, r.write_id == null ? null : images(r)),
  );
}
