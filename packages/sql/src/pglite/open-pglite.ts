import type { PGlite } from '@electric-sql/pglite';
import { Kysely, WithSchemaPlugin } from 'kysely';
import type { Tables } from '../schema/tables.js';
import { PgliteDialect } from './pglite-dialect.js';

/** Options of a PGlite store. */
export interface PgliteOptions {
  /** An instance to share (tests reuse one per file); a fresh in-memory one otherwise. */
  db?: PGlite;
  /** Schema holding the tables; created when missing. Defaults to 'public'. */
  schema?: string;
}

/** An open PGlite store; `ownsDb` says whether closing the store closes the instance. */
export interface PgliteHandle {
  pglite: PGlite;
  db: Kysely<Tables>;
  schema: string;
  ownsDb: boolean;
}

/**
 * Opens Kysely over a PGlite instance; `ownsDb` says whether closing the store closes it (true
 * when the store made it).
 * @example
 * const { db } = openPglite({ db: new PGlite(), schema: 'cadre_a' }, true);
 */
export function openPglite(
  options: { db: PGlite; schema?: string | undefined },
  ownsDb = false,
): PgliteHandle {
  const pglite = options.db;
  const schema = options.schema ?? 'public';
  const db = new Kysely<Tables>({
    dialect: new PgliteDialect(pglite, { closeOnDestroy: ownsDb }),
    plugins: [new WithSchemaPlugin(schema)],
  });
  return { pglite, db, schema, ownsDb };
}
