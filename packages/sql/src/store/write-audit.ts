import type { AuditEntry, Observation } from '@cadre/core';
import type { WriteAttribution } from '@cadre/core/adapter';
import { type Kysely, sql } from 'kysely';
import type { AuditRow, ObservationRow, ReplacedRow, Tables } from '../schema/tables.js';
import { rowToObservation } from './codec.js';

type Db = Kysely<Tables>;

/** The figures a write changed in one programme × unit: the first and last date. */
export interface ChangedSpan {
  programme: string;
  orgUnit: string;
  start: string;
  end: string;
}

/**
 * The audit of one write of figures, filled by the observation writers as they write. A row the
 * write inserts or changes carries `id` (`written_by`); a row it replaces is copied, as it
 * stood, to `audit_replaced`; `changed` notes where the changes fall, for the log's entries.
 * @example
 * const audit = await beginWrite(trx);
 * audit.changed(audit.span('P', '04001'), '2026-03-01');
 */
export class WriteAudit {
  private readonly spans = new Map<string, ChangedSpan>();
  constructor(readonly id: number) {}

  /** The span record of a programme × unit; a writer may keep it per unit to skip the lookup. */
  span(programme: string, orgUnit: string): ChangedSpan {
    const key = `${programme}\u0000${orgUnit}`;
    let s = this.spans.get(key);
    if (s === undefined) {
      s = { programme, orgUnit, start: '', end: '' };
      this.spans.set(key, s);
    }
    return s;
  }

  /** Notes a changed figure of the span's programme × unit on `date`. */
  changed(span: ChangedSpan, date: string): void {
    if (span.start === '' || date < span.start) span.start = date;
    if (date > span.end) span.end = date;
  }

  /** Forgets what was noted, when a writer undoes its writes and hands over to another. */
  reset(): void {
    this.spans.clear();
  }

  /** The spans with a change, in programme × unit order (every store logs in this order). */
  changes(): ChangedSpan[] {
    return [...this.spans.entries()]
      .filter(([, s]) => s.start !== '')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, s]) => s);
  }
}

/**
 * Opens the audit of a write: a new write id. Call inside the write's transaction.
 * @example
 * const audit = await beginWrite(trx);
 */
export async function beginWrite(tx: Db): Promise<WriteAudit> {
  const row = await tx
    .insertInto('audit_writes')
    .defaultValues()
    .returning('id')
    .executeTakeFirstOrThrow();
  return new WriteAudit(Number(row.id));
}

// Entries per INSERT: eleven bound values each, well under the engines' parameter limits.
const ENTRIES_PER_INSERT = 200;

/**
 * Appends the write's entries to the log: one per programme × unit it changed, naming the write
 * instead of copying its rows (`fillWriteImages` finds them again).
 * @example
 * await finishWrite(trx, audit, { by: 'tinh', at: '2026-07-01T08:00:00Z' });
 */
export async function finishWrite(tx: Db, audit: WriteAudit, who: WriteAttribution) {
  const rows = audit.changes().map((s) => ({
    action: 'write',
    by: who.by ?? null,
    at: who.at ?? null,
    programme: s.programme,
    org_unit: s.orgUnit,
    period_start: s.start,
    period_end: s.end,
    import_id: who.importId ?? null,
    reason: null,
    before: '[]',
    after: '[]',
    write_id: audit.id,
  }));
  for (let i = 0; i < rows.length; i += ENTRIES_PER_INSERT) {
    await tx
      .insertInto('audit_log')
      .values(rows.slice(i, i + ENTRIES_PER_INSERT))
      .execute();
  }
}

const imageKey = (id: unknown, programme: string, orgUnit: string) =>
  `${Number(id)}\u0000${programme}\u0000${orgUnit}`;

function byKey(a: ObservationRow, b: ObservationRow): number {
  const x = [a.indicator, a.date, a.disagg_key];
  const y = [b.indicator, b.date, b.disagg_key];
  for (let i = 0; i < 3; i++)
    if (x[i] !== y[i]) return (x[i] as string) < (y[i] as string) ? -1 : 1;
  return 0;
}

/**
 * The before- and after-images of write entries recorded by reference, for a page of the log:
 * before, the rows the write replaced; after, its rows still standing and its rows that a later
 * write replaced. One read of each table per page, whatever the page holds.
 * @example
 * const images = await fillWriteImages(db, rows); images.get(rows[0])?.after;
 */
export async function fillWriteImages(
  db: Db,
  entries: readonly Pick<AuditRow, 'write_id' | 'programme' | 'org_unit'>[],
): Promise<
  (e: Pick<AuditRow, 'write_id' | 'programme' | 'org_unit'>) => Pick<AuditEntry, 'before' | 'after'>
> {
  const ids = [
    ...new Set(entries.filter((e) => e.write_id != null).map((e) => Number(e.write_id))),
  ];
  const before = new Map<string, ObservationRow[]>();
  const after = new Map<string, ObservationRow[]>();
  const add = (into: Map<string, ObservationRow[]>, id: unknown, r: ObservationRow) => {
    const k = imageKey(id, r.programme, r.org_unit);
    const list = into.get(k);
    if (list) list.push(r);
    else into.set(k, [r]);
  };
  if (ids.length > 0) {
    const replaced = await db
      .selectFrom('audit_replaced')
      .selectAll()
      .where((eb) => eb.or([eb('write_id', 'in', ids), eb('written_by', 'in', ids)]))
      .execute();
    const wanted = new Set(ids);
    for (const r of replaced as ReplacedRow[]) {
      if (wanted.has(Number(r.write_id))) add(before, r.write_id, r);
      if (r.written_by != null && wanted.has(Number(r.written_by))) add(after, r.written_by, r);
    }
    // No index on `written_by`: it would slow every load, and the log is read far less often.
    const standing = await db
      .selectFrom('observations')
      .selectAll()
      .where(sql.ref('written_by'), 'in', ids)
      .execute();
    for (const r of standing) add(after, r.written_by, r);
  }
  const images = (from: Map<string, ObservationRow[]>, k: string): Observation[] =>
    (from.get(k) ?? []).sort(byKey).map(rowToObservation);
  return (e) => {
    const k = imageKey(e.write_id, e.programme, e.org_unit);
    return { before: images(before, k), after: images(after, k) };
  };
}

// Replaced rows per INSERT: ten bound values each.
const REPLACED_PER_INSERT = 1000;

/**
 * Copies rows a write replaced, as they stood, to `audit_replaced` under the write's id.
 * @example
 * await saveReplaced(trx, audit, [storedRow]);
 */
export async function saveReplaced(db: Db, audit: WriteAudit, rows: readonly ObservationRow[]) {
  const values = rows.map((r) => ({
    write_id: audit.id,
    written_by: r.written_by ?? null,
    programme: r.programme,
    indicator: r.indicator,
    org_unit: r.org_unit,
    date: r.date,
    disagg_key: r.disagg_key,
    // PostgreSQL returns the jsonb column parsed.
    disaggregation:
      typeof r.disaggregation === 'string' ? r.disaggregation : JSON.stringify(r.disaggregation),
    value_int: r.value_int as number | null,
    value_dec: r.value_dec,
  }));
  for (let i = 0; i < values.length; i += REPLACED_PER_INSERT) {
    await db
      .insertInto('audit_replaced')
      .values(values.slice(i, i + REPLACED_PER_INSERT))
      .execute();
  }
}

/**
 * Runs a write of figures with its audit: `open` gives the write's id the first time a writer
 * needs it (a write that changes no figure takes none), and the entries are appended after.
 * @example
 * await audited(trx, who, (open) => applyRows(trx, ctx, rows, open));
 */
export async function audited<T>(
  tx: Db,
  who: WriteAttribution,
  work: (open: () => Promise<WriteAudit>) => Promise<T>,
): Promise<T> {
  let audit: WriteAudit | undefined;
  const result = await work(async () => {
    audit ??= await beginWrite(tx);
    return audit;
  });
  if (audit) await finishWrite(tx, audit, who);
  return result;
}
