import { CadreError } from '@cadre/core';
import type Database from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteDialect,
  SqliteDriver,
} from 'kysely';

/**
 * How long a write transaction waits for another process's write to finish before it fails
 * (ten minutes: long enough for a national import beside it, which is what a waiting `cadre
 * import` or API write is for).
 */
export const SQLITE_WRITE_WAIT_MS = 10 * 60_000;

/**
 * SQLite's own busy wait per attempt. It blocks the event loop, so it stays short: the long wait
 * happens between attempts, asynchronously, where a server keeps serving.
 */
export const SQLITE_BUSY_SLICE_MS = 50;

// The pause between attempts grows to this, so a long wait costs few wake-ups.
const MAX_PAUSE_MS = 200;

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Begins a transaction that holds the write lock from its first statement (`BEGIN IMMEDIATE`).
 * A deferred transaction reads first and asks for the lock at its first write; under WAL a
 * second writer then fails at once with SQLITE_BUSY, because waiting could not make its snapshot
 * current. Taking the lock first makes the second writer wait its turn and then see the first
 * one's rows.
 */
async function beginImmediate(connection: DatabaseConnection, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  let wait = 5;
  for (;;) {
    try {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
      return;
    } catch (error) {
      if (!isBusy(error)) throw error;
      if (Date.now() >= deadline) {
        throw new CadreError(
          'store_failure',
          `another process held the SQLite write lock for over ${Math.round(waitMs / 1000)} s; try again when it has finished`,
          { details: { driverCode: 'SQLITE_BUSY' }, cause: error },
        );
      }
      await pause(wait);
      wait = Math.min(wait * 2, MAX_PAUSE_MS);
    }
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  readonly #waitMs: number;
  constructor(database: Database.Database, waitMs: number) {
    super({ database });
    this.#waitMs = waitMs;
  }
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await beginImmediate(connection, this.#waitMs);
  }
}

/**
 * Kysely's SQLite dialect whose transactions begin with `BEGIN IMMEDIATE` and wait for the write
 * lock up to `waitMs`, so two writers on one file take turns instead of failing.
 * @example
 * const db = new Kysely<Tables>({ dialect: new ImmediateSqliteDialect(raw, SQLITE_WRITE_WAIT_MS) });
 */
export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #raw: Database.Database;
  readonly #waitMs: number;
  constructor(raw: Database.Database, waitMs: number) {
    super({ database: raw });
    this.#raw = raw;
    this.#waitMs = waitMs;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#raw, this.#waitMs);
  }
}
