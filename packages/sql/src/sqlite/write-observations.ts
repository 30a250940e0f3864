import type { WriteCounts } from '@cadre/core';
import type Database from 'better-sqlite3';
import type { ObservationWriter } from '../store/apply-rows.js';

/**
 * SQLite's observation writer: two prepared statements over the raw handle, inside the
 * transaction the store already holds (better-sqlite3 is synchronous and single-connection, so
 * the statements run on that same transaction). A new key costs one INSERT; an existing key
 * falls through to an UPDATE that only fires when the value changed.
 * @example
 * const write = sqliteObservationWriter(raw); await write(trx, rows);
 */
export function sqliteObservationWriter(raw: Database.Database): ObservationWriter {
  const insert = raw.prepare(
    `insert or ignore into observations
       (programme, indicator, org_unit, date, disagg_key, disaggregation, value_int, value_dec)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = raw.prepare(
    `update observations set value_int = ?, value_dec = ?
     where programme = ? and indicator = ? and org_unit = ? and date = ? and disagg_key = ?
       and (value_int is not ? or value_dec is not ?)`,
  );
  return async (_db, rows) => {
    const counts: WriteCounts = { imported: 0, updated: 0, ignored: 0 };
    for (const r of rows) {
      const vi = r.value_int;
      const vd = r.value_dec;
      if (
        insert.run(
          r.programme,
          r.indicator,
          r.org_unit,
          r.date,
          r.disagg_key,
          r.disaggregation,
          vi,
          vd,
        ).changes > 0
      ) {
        counts.imported++;
      } else if (
        update.run(vi, vd, r.programme, r.indicator, r.org_unit, r.date, r.disagg_key, vi, vd)
          .changes > 0
      ) {
        counts.updated++;
      } else {
        counts.ignored++;
      }
    }
    return counts;
  };
}
