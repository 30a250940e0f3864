import type { CadreStore } from '@cadre/core';
import { sql } from 'kysely';
import { loadDriver } from '../drivers/load-driver.js';
import { guard } from '../errors/translate-error.js';
import { analyzeTables } from '../postgres/analyze.js';
import { migrateToLatest } from '../schema/migrate.js';
import { createSqlStore } from '../store/create-sql-store.js';
import { openPglite, type PgliteOptions } from './open-pglite.js';

/**
 * A store over PGlite (Postgres in WASM): for tests, demos and browsers. With `db` you share an
 * instance (one per test file, a fresh `schema` per test); without, the store owns a new
 * in-memory instance and closes it on `close()`.
 * @example
 * const store = await createPgliteStore();
 * await store.close();
 */
export async function createPgliteStore(options: PgliteOptions = {}): Promise<CadreStore> {
  const pglite = options.db ?? (await freshPglite());
  const { db, schema } = openPglite(
    { db: pglite, schema: options.schema },
    options.db === undefined,
  );
  try {
    await guard(`creating schema ${schema}`, () =>
      sql`create schema if not exists ${sql.id(schema)}`.execute(db),
    );
    await migrateToLatest({ db, engine: 'postgres', schema });
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createSqlStore({
    engine: 'postgres',
    schema,
    db,
    analyze: analyzeTables(schema),
    close: () => guard('closing PGlite', () => db.destroy()),
  });
}

// PGlite is an optional peer dependency: loaded only when the store makes its own instance.
async function freshPglite() {
  const { PGlite } = await loadDriver('@electric-sql/pglite', () => import('@electric-sql/pglite'));
  return new PGlite();
}
