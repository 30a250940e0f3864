import type { PGlite } from '@electric-sql/pglite';
import {
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryCompiler,
} from 'kysely';
import { PgliteDriver } from './pglite-driver.js';

/**
 * Kysely dialect for PGlite (Postgres compiled to WASM). Only the driver is new: PGlite speaks
 * Postgres SQL, so the compiler, adapter and introspector are Kysely's Postgres parts.
 * @example
 * const db = new Kysely<Tables>({ dialect: new PgliteDialect(new PGlite()) });
 */
export class PgliteDialect implements Dialect {
  readonly #db: PGlite;
  readonly #closeOnDestroy: boolean;

  constructor(db: PGlite, options: { closeOnDestroy?: boolean } = {}) {
    this.#db = db;
    this.#closeOnDestroy = options.closeOnDestroy ?? true;
  }

  createDriver(): Driver {
    return new PgliteDriver(this.#db, this.#closeOnDestroy);
  }

  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }

  // biome-ignore lint/suspicious/noExplicitAny: Kysely's Dialect interface types this as Kysely<any>.
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
}
