import type { WriteCounts } from '@cadre/core';
import type Database from 'better-sqlite3';
import type { ObservationRow } from '../schema/tables.js';
import type { BulkObservationWriter, ObservationWriter } from '../store/apply-rows.js';

const KEY = 'programme = ? and indicator = ? and org_unit = ? and date = ? and disagg_key = ?';

/**
 * SQLite's observation writers: prepared statements over the raw handle, inside the
 * transaction the store already holds (better-sqlite3 is synchronous and single-connection, so
 * the statements run on that same transaction). A new key costs one INSERT; an existing key
 * falls through to an UPDATE that only fires when the value changed.
 * `bulk` also catches a key repeated in the call (the row it collides with was inserted by this
 * call, or was already updated by it) and then undoes its writes and asks for the full check.
 * @example
 * const { write, bulk } = sqliteObservationWriters(raw); await bulk(trx, rows);
 */
export function sqliteObservationWriters(raw: Database.Database): {
  write: ObservationWriter;
  bulk: BulkObservationWriter;
} {
  const insert = raw.prepare(
    `insert or ignore into observations
       (programme, indicator, org_unit, date, disagg_key, disaggregation, value_int, value_dec)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = raw.prepare(
    `update observations set value_int = ?, value_dec = ?
     where ${KEY} and (value_int is not ? or value_dec is not ?)`,
  );
  const rowidOf = raw.prepare(`select rowid from observations where ${KEY}`).pluck();
  const lastRowid = raw.prepare('select coalesce(max(rowid), 0) from observations').pluck();

  const run = (rows: ObservationRow[], detect: boolean): WriteCounts | 'fallback' => {
    const counts: WriteCounts = { imported: 0, updated: 0, ignored: 0 };
    const before = detect ? (lastRowid.get() as number) : 0;
    const touched = new Set<string>();
    for (const r of rows) {
      const vi = r.value_int;
      const vd = r.value_dec;
      const { programme: p, indicator: i, org_unit: u, date: d, disagg_key: k } = r;
      if (insert.run(p, i, u, d, k, r.disaggregation, vi, vd).changes > 0) {
        counts.imported++;
        continue;
      }
      if (detect) {
        const text = JSON.stringify([p, i, u, d, k]);
        if ((rowidOf.get(p, i, u, d, k) as number) > before || touched.has(text)) return 'fallback';
        touched.add(text);
      }
      if (update.run(vi, vd, p, i, u, d, k, vi, vd).changes > 0) counts.updated++;
      else counts.ignored++;
    }
    return counts;
  };

  return {
    write: async (_db, rows) => run(rows, false) as WriteCounts,
    bulk: async (_db, rows) => {
      raw.exec('savepoint cadre_bulk');
      let result: WriteCounts | 'fallback' = 'fallback';
      try {
        result = run(rows, true);
      } finally {
        if (result === 'fallback') raw.exec('rollback to cadre_bulk');
        raw.exec('release cadre_bulk');
      }
      return result;
    },
  };
}
