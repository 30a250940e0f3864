import type { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import { pgliteTextParsers } from '../postgres/text-types.js';

/**
 * Kysely driver over one PGlite instance. PGlite is a single backend, so connections are
 * handed out one at a time through a mutex, as Kysely's own SQLite driver does.
 * @example
 * const driver = new PgliteDriver(new PGlite(), true); // usually made by PgliteDialect
 */
export class PgliteDriver implements Driver {
  readonly #db: PGlite;
  readonly #connection: PgliteConnection;
  readonly #mutex = new ConnectionMutex();
  readonly #closeOnDestroy: boolean;

  constructor(db: PGlite, closeOnDestroy: boolean) {
    this.#db = db;
    this.#connection = new PgliteConnection(db);
    this.#closeOnDestroy = closeOnDestroy;
  }

  async init(): Promise<void> {
    await this.#db.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#mutex.lock();
    return this.#connection;
  }

  async beginTransaction(conn: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    // Isolation levels are fixed words from Kysely's own list, never user data.
    const level = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : '';
    await conn.executeQuery(CompiledQuery.raw(`begin${level}`));
  }

  async commitTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(): Promise<void> {
    this.#mutex.unlock();
  }

  async destroy(): Promise<void> {
    if (this.#closeOnDestroy && !this.#db.closed) await this.#db.close();
  }
}

/**
 * The single connection: forwards compiled queries with their bound parameters.
 * @example
 * await new PgliteConnection(pglite).executeQuery(CompiledQuery.raw('select 1'));
 */
export class PgliteConnection implements DatabaseConnection {
  readonly #db: PGlite;

  constructor(db: PGlite) {
    this.#db = db;
  }

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.#db.query<R>(compiled.sql, [...compiled.parameters], {
      parsers: pgliteTextParsers,
    });
    const kind = compiled.query.kind;
    const writes =
      kind === 'InsertQueryNode' ||
      kind === 'UpdateQueryNode' ||
      kind === 'DeleteQueryNode' ||
      kind === 'MergeQueryNode';
    return writes && result.affectedRows !== undefined
      ? { rows: result.rows, numAffectedRows: BigInt(result.affectedRows) }
      : { rows: result.rows };
  }

  // biome-ignore lint/correctness/useYield: PGlite returns whole results; streaming is refused.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('PGlite driver does not stream; use execute()');
  }
}

class ConnectionMutex {
  #pending: Promise<void> | undefined;
  #release: (() => void) | undefined;

  async lock(): Promise<void> {
    while (this.#pending) await this.#pending;
    this.#pending = new Promise((resolve) => {
      this.#release = resolve;
    });
  }

  unlock(): void {
    const release = this.#release;
    this.#pending = undefined;
    this.#release = undefined;
    release?.();
  }
}
