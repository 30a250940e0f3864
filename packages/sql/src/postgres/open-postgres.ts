import { Kysely, PostgresDialect, WithSchemaPlugin } from 'kysely';
import type pg from 'pg';
import type { Tables } from '../schema/tables.js';
import { copyAwarePool } from './copy-pool.js';

/** Options of a PostgreSQL store: a connection string (the store owns the pool) or your pool. */
export type PostgresOptions = (
  | { connectionString: string; pool?: undefined }
  | { pool: pg.Pool; connectionString?: undefined }
) & {
  /** Schema holding the tables; created when missing. Defaults to 'public'. */
  schema?: string;
  /** Pool size when the store creates the pool. Defaults to 10. */
  max?: number;
};

/** An open PostgreSQL store: the pool (for COPY), Kysely, and whether closing ends the pool. */
export interface PostgresHandle {
  pool: pg.Pool;
  db: Kysely<Tables>;
  schema: string;
  ownsPool: boolean;
}

/**
 * Opens a Kysely instance over a `pg` pool; every table reference is qualified with `schema`.
 * `ownsPool` says whether closing the store ends the pool (true when the store made it).
 * @example
 * const { db } = openPostgres({ pool: await createPool({ connectionString }), schema: 'cadre' });
 */
export function openPostgres(
  options: { pool: pg.Pool; schema?: string | undefined },
  ownsPool = false,
): PostgresHandle {
  const schema = options.schema ?? 'public';
  const { pool } = options;
  const db = new Kysely<Tables>({
    dialect: new PostgresDialect({ pool: copyAwarePool(pool) }),
    plugins: [new WithSchemaPlugin(schema)],
  });
  return { pool, db, schema, ownsPool };
}
