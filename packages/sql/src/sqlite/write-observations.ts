import type { WriteCounts } from '@cadre/core';
import type Database from 'better-sqlite3';
import type { ObservationRow } from '../schema/tables.js';
import type { BulkObservationWriter, ObservationWriter } from '../store/apply-rows.js';
import type { ChangedSpan, WriteAudit } from '../store/write-audit.js';

const COLUMNS =
  '(programme, indicator, org_unit, date, disagg_key, disaggregation, value_int, value_dec, written_by)';
const KEY = 'programme = ? and indicator = ? and org_unit = ? and date = ? and disagg_key = ?';
// Past this rowid SQLite may hand out rowids below the largest one, and "inserted by this
// call" could no longer be told by rowid alone.
const ROWID_LIMIT = 2 ** 62;

type Value = number | string | bigint | null;

/** What a call changed, so it can be undone without a savepoint. */
interface UndoLog {
  /** Largest rowid before the call: every row this call inserted lies above it. */
  before: number;
  /** Rows of earlier calls this call updated, with their old values. */
  updated: { rowid: number; valueInt: Value; valueDec: string | null; writtenBy: Value }[];
  /** Keys this call updated, so a second row with one of them is caught. */
  touched: Set<string>;
}

/**
 * SQLite's observation writers: prepared statements over the raw handle, inside the
 * transaction the store already holds (better-sqlite3 is synchronous and single-connection, so
 * the statements run on that same transaction). A new key costs one single-row INSERT; an
 * existing key an UPDATE that only fires when the value changed.
 *
 * `bulk` checks each item as it binds it. A key repeated within the call (the row it collides
 * with was inserted, or already updated, by this call) or an item the check rejects undoes
 * the call's writes and asks for the full check. The undo is a log, not a savepoint: inside a
 * savepoint SQLite copies every page it changes to a sub-journal first, which measured nearly
 * twice the cost of the inserts themselves; for the same reason rows go one per statement (a
 * statement that can fail after its first row writes a statement journal).
 * @example
 * const { write, bulk } = sqliteObservationWriters(raw); await bulk(trx, items, check);
 */
export function sqliteObservationWriters(raw: Database.Database): {
  write: ObservationWriter;
  bulk: BulkObservationWriter;
} {
  const insert = raw.prepare(
    `insert or ignore into observations ${COLUMNS} values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const existing = raw.prepare(
    `select rowid, value_int, value_dec, written_by from observations where ${KEY}`,
  );
  const update = raw.prepare(
    `update observations set value_int = ?, value_dec = ?, written_by = ?
     where rowid = ? and (value_int is not ? or value_dec is not ?)`,
  );
  // The row as it stood, copied before the update replaces it.
  const copyReplaced = raw.prepare(
    `insert into audit_replaced (write_id, written_by, programme, indicator, org_unit, date,
       disagg_key, disaggregation, value_int, value_dec)
     select ?, written_by, programme, indicator, org_unit, date, disagg_key, disaggregation,
       value_int, value_dec
     from observations where rowid = ? and (value_int is not ? or value_dec is not ?)`,
  );
  const dropReplaced = raw.prepare('delete from audit_replaced where write_id = ?');
  const restore = raw.prepare(
    'update observations set value_int = ?, value_dec = ?, written_by = ? where rowid = ?',
  );
  const dropAfter = raw.prepare('delete from observations where rowid > ?');
  const lastRowid = raw.prepare('select coalesce(max(rowid), 0) from observations').pluck();

  /** One row; with `log`, false when its key was already written by this call. */
  const put = (
    p: string,
    i: string,
    u: string,
    d: string,
    k: string,
    json: string,
    vi: Value,
    vd: string | null,
    counts: WriteCounts,
    audit: WriteAudit,
    span: ChangedSpan,
    log: UndoLog | null,
  ): boolean => {
    if (insert.run(p, i, u, d, k, json, vi, vd, audit.id).changes > 0) {
      audit.changed(span, d);
      counts.imported++;
      return true;
    }
    const row = existing.get(p, i, u, d, k) as
      | { rowid: number; value_int: Value; value_dec: string | null; written_by: Value }
      | undefined;
    // Checked rows break no other constraint, so `insert or ignore` skipped a taken key.
    if (row === undefined) {
      throw new Error(
        `observations: the row ${JSON.stringify([p, i, u, d, k])} was not inserted, and no row holds its key; expected one or the other`,
      );
    }
    if (log) {
      const text = JSON.stringify([p, i, u, d, k]);
      if (row.rowid > log.before || log.touched.has(text)) return false;
      log.touched.add(text);
    }
    copyReplaced.run(audit.id, row.rowid, vi, vd);
    if (update.run(vi, vd, audit.id, row.rowid, vi, vd).changes > 0) {
      log?.updated.push({
        rowid: row.rowid,
        valueInt: row.value_int,
        valueDec: row.value_dec,
        writtenBy: row.written_by,
      });
      audit.changed(span, d);
      counts.updated++;
    } else counts.ignored++;
    return true;
  };

  return {
    write: async (_db, rows: ObservationRow[], audit) => {
      const counts: WriteCounts = { imported: 0, updated: 0, ignored: 0 };
      for (const r of rows) {
        const { programme: p, indicator: i, org_unit: u, date: d, disagg_key: k } = r;
        const span = audit.span(p, u);
        put(p, i, u, d, k, r.disaggregation, r.value_int, r.value_dec, counts, audit, span, null);
      }
      return counts;
    },
    bulk: async (_db, items, check, audit) => {
      const log: UndoLog = { before: lastRowid.get() as number, updated: [], touched: new Set() };
      if (log.before >= ROWID_LIMIT) return 'fallback';
      const counts: WriteCounts = { imported: 0, updated: 0, ignored: 0 };
      // One span per triple seen: the check hands back the same refs object for a repeated one.
      const spans = new Map<object, ChangedSpan>();
      for (const item of items) {
        let ok = check.accept(item);
        if (ok) {
          const refs = check.refs;
          let span = spans.get(refs);
          if (span === undefined) {
            span = audit.span(refs.programme, refs.orgUnit);
            spans.set(refs, span);
          }
          ok = put(
            refs.programme,
            refs.indicator,
            refs.orgUnit,
            check.date,
            check.breakdown.key,
            check.breakdown.json,
            check.valueInt,
            check.valueDec,
            counts,
            audit,
            span,
            log,
          );
        }
        if (!ok) {
          dropAfter.run(log.before);
          for (const u of log.updated) restore.run(u.valueInt, u.valueDec, u.writtenBy, u.rowid);
          dropReplaced.run(audit.id);
          audit.reset();
          return 'fallback';
        }
      }
      return counts;
    },
  };
}
