import type { CadreStore } from '@cadre/core';
import { guard } from '../errors/translate-error.js';
import { migrateToLatest } from '../schema/migrate.js';
import { createSqlStore } from '../store/create-sql-store.js';
import { hasDataVersionTable, sqliteDataVersionReader } from './data-version.js';
import { openSqlite, type SqliteOptions } from './open-sqlite.js';
import { sqliteObservationWriters } from './write-observations.js';

/**
 * The embedded store: one SQLite file (WAL, foreign keys on), migrated to the latest schema on
 * open. Observations load through prepared statements in one transaction, after a quick check
 * that falls back to the core's full check for anything it cannot vouch for.
 * @example
 * const store = await createSqliteStore({ filename: 'cadre.db' });
 * await store.saveOrgUnits([{ code: '04', name: 'Cao Bằng', level: 'province' }]);
 * await store.close();
 */
export async function createSqliteStore(options: SqliteOptions): Promise<CadreStore> {
  const { db, raw } = await openSqlite(options);
  try {
    if (!options.readonly) await migrateToLatest({ db, engine: 'sqlite' });
  } catch (error) {
    await db.destroy();
    throw error;
  }
  // Prepared on the first write: a read-only store may open a file an older release left,
  // whose tables lack columns the writers name (migrations never run on a read-only file).
  let writers: ReturnType<typeof sqliteObservationWriters> | undefined;
  const writersOf = () => {
    writers ??= sqliteObservationWriters(raw);
    return writers;
  };
  return createSqlStore({
    engine: 'sqlite',
    schema: undefined,
    db,
    writeObservations: (trx, rows, audit) => writersOf().write(trx, rows, audit),
    bulkObservations: (trx, items, check, audit) => writersOf().bulk(trx, items, check, audit),
    readDataVersion: sqliteDataVersionReader(raw),
    hasDataVersion: hasDataVersionTable(raw),
    close: () => guard('closing SQLite', () => db.destroy()),
  });
}
