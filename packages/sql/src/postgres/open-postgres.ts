import { Kysely, PostgresDialect, WithSchemaPlugin } from 'kysely';
import type pg from 'pg';
import type { Tables } from '../schema/tables.js';
import { copyAwarePool } from './copy-pool.js';
import { createPool } from './create-pool.js';

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
 * Opens a Kysely instance over `pg`; every table reference is qualified with `schema`.
 * @example
 * const { db } = openPostgres({ connectionString: 'postgres://localhost/cadre', schema: 'cadre' });
 */
export function openPostgres(options: PostgresOptions): PostgresHandle {
  const schema = options.schema ?? 'public';
  const ownsPool = options.pool === undefined;
  const pool =
    options.pool ??
    createPool({ connectionString: options.connectionString, max: options.max ?? 10 });
  const db = new Kysely<Tables>({
    dialect: new PostgresDialect({ pool: copyAwarePool(pool) }),
    plugins: [new WithSchemaPlugin(schema)],
  });
  return { pool, db, schema, ownsPool };
}
