import { CadreError } from '@cadre/core';
import type { Kysely } from 'kysely';
import type { Tables } from '../schema/tables.js';

// Why a row in a table, and not the engines' own counters: the token must commit atomically with
// the data on SQLite, PostgreSQL and PGlite alike, so a reader sees both or neither, whichever
// process wrote. SQLite's `PRAGMA data_version` moves only for other connections' commits (and
// PostgreSQL has no per-database equivalent); a process-local counter misses other processes.
// The row is replaced last in each write transaction, so PostgreSQL writers hold its lock only
// while they commit. The token is random rather than counted, so a database rebuilt or restored
// from a backup never repeats a token a running server still holds.

/**
 * The current data version of a SQL store: the token the last committed write left.
 * Throws `store_failure` when the table is missing (a database not migrated to 0003).
 * @example
 * const version = await readDataVersion(db); // 'c0a8…'
 */
export async function readDataVersion(db: Kysely<Tables>): Promise<string> {
  const row = await db
    .selectFrom('cadre_data_version')
    .select('version')
    .where('id', '=', 1)
    .executeTakeFirst();
  if (row === undefined) {
    throw new CadreError(
      'store_failure',
      'cadre_data_version: expected its one row (id 1); migrate the database to the latest version',
    );
  }
  return row.version;
}

/**
 * Replaces the token; call it inside a write transaction, after its last write.
 * @example
 * await db.transaction().execute(async (tx) => { await write(tx); await bumpDataVersion(tx); });
 */
export async function bumpDataVersion(db: Kysely<Tables>): Promise<void> {
  await db
    .updateTable('cadre_data_version')
    .set({ version: globalThis.crypto.randomUUID() })
    .where('id', '=', 1)
    .execute();
}
