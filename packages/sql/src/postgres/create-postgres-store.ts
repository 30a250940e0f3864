import type { CadreStore } from '@cadre/core';
import { sql } from 'kysely';
import { guard } from '../errors/translate-error.js';
import { migrateToLatest } from '../schema/migrate.js';
import { createSqlStore } from '../store/create-sql-store.js';
import { analyzeTables } from './analyze.js';
import { createPool } from './create-pool.js';
import { openPostgres, type PostgresOptions } from './open-postgres.js';
import { postgresObservationWriters } from './write-observations.js';

/**
 * A PostgreSQL store. Creates `schema` when missing and migrates it to the latest version.
 * A pool you pass stays yours: closing the store does not end it.
 * @example
 * const store = await createPostgresStore({ connectionString: process.env.DATABASE_URL!, schema: 'cadre' });
 */
export async function createPostgresStore(options: PostgresOptions): Promise<CadreStore> {
  const pool =
    options.pool ??
    (await createPool({ connectionString: options.connectionString, max: options.max ?? 10 }));
  const handle = openPostgres({ pool, schema: options.schema }, options.pool === undefined);
  const { db, schema, ownsPool } = handle;
  const close = async () => {
    if (ownsPool) await db.destroy();
  };
  try {
    await guard(`creating schema ${schema}`, () =>
      sql`create schema if not exists ${sql.id(schema)}`.execute(db),
    );
    await migrateToLatest({ db, engine: 'postgres', schema });
  } catch (error) {
    await close();
    throw error;
  }
  const writers = postgresObservationWriters(schema);
  return createSqlStore({
    engine: 'postgres',
    schema,
    db,
    analyze: analyzeTables(schema),
    writeObservations: writers.write,
    bulkObservations: writers.bulk,
    close: () => guard('closing PostgreSQL', close),
  });
}
