import { CadreError } from '@cadre/core';
import type Database from 'better-sqlite3';

/**
 * Reads the data version through one prepared statement on the raw handle: a few microseconds,
 * where a query through Kysely prepares the statement again on every call, which matters when an
 * API asks on every request. It runs beside Kysely's connection lock, so it may see the token of
 * a write transaction between its last write and its commit. That is harmless: reads through
 * Kysely wait for the transaction, and if it rolls back, its random token is never written again,
 * so nothing is reused under it. Prepared on first use: a read-only store may open a database
 * that is not migrated yet.
 * @example
 * const read = sqliteDataVersionReader(raw);
 * await read(); // 'c0a8…'
 */
export function sqliteDataVersionReader(raw: Database.Database): () => Promise<string> {
  let statement: Database.Statement<[], string> | null = null;
  return async () => {
    statement ??= raw
      .prepare<[], string>('select version from cadre_data_version where id = 1')
      .pluck();
    const version = statement.get();
    if (typeof version !== 'string') {
      throw new CadreError(
        'store_failure',
        'cadre_data_version: expected its one row (id 1); migrate the database to the latest version',
      );
    }
    return version;
  };
}

/**
 * Whether the file has the data-version table: a read-only store skips migrations, so it may open
 * a file written before the table existed.
 * @example
 * hasDataVersionTable(raw); // true once migration 0003 has run
 */
export function hasDataVersionTable(raw: Database.Database): boolean {
  const row = raw
    .prepare("select 1 from sqlite_master where type = 'table' and name = 'cadre_data_version'")
    .get();
  return row !== undefined;
}
