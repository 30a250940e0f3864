import type Database from 'better-sqlite3';
import { Kysely } from 'kysely';
import { loadDriver } from '../drivers/load-driver.js';
import { translateDriverError } from '../errors/translate-error.js';
import type { Tables } from '../schema/tables.js';
import { addDecimalText, formatScaled, type ScaledSum } from './decimal-sum.js';
import {
  ImmediateSqliteDialect,
  SQLITE_BUSY_SLICE_MS,
  SQLITE_WRITE_WAIT_MS,
} from './immediate-dialect.js';

/** Options of an embedded SQLite store. */
export interface SqliteOptions {
  /** A file path, or ':memory:' for a throwaway database. */
  filename: string;
  /** Open without writing (reports only). */
  readonly?: boolean;
  /**
   * Path of a `better_sqlite3.node` built for the running Node (`npm_config_nodedir=…` and
   * node-gyp), when the installed one was built for another: a native add-on is tied to one
   * Node ABI (NODE_MODULE_VERSION 115 on Node 20, 127 on 22, 137 on 24).
   */
  nativeBinding?: string;
  /**
   * Milliseconds a write waits for another process's write transaction on the same file;
   * defaults to `SQLITE_WRITE_WAIT_MS` (ten minutes).
   */
  writeWaitMs?: number;
}

/** An open SQLite database: the raw handle for bulk paths and Kysely for everything else. */
export interface SqliteHandle {
  raw: Database.Database;
  db: Kysely<Tables>;
}

/**
 * Opens (or creates) a SQLite file with WAL journaling, foreign keys on, the
 * `cadre_dec_sum` aggregate registered, and write transactions that take the write lock first
 * and wait their turn (see `ImmediateSqliteDialect`). Throws `CadreError('store_failure')` when the file
 * cannot be opened.
 * @example
 * const { db, raw } = await openSqlite({ filename: 'cadre.db' });
 */
export async function openSqlite(options: SqliteOptions): Promise<SqliteHandle> {
  const { default: Database } = await loadDriver('better-sqlite3', () => import('better-sqlite3'));
  let raw: Database.Database;
  try {
    raw = new Database(options.filename, {
      readonly: options.readonly ?? false,
      ...(options.nativeBinding !== undefined && { nativeBinding: options.nativeBinding }),
    });
    // WAL lets readers run beside the one writer; NORMAL sync is crash-safe under WAL (a killed
    // process loses no committed transaction, only power loss may drop the last ones).
    if (options.filename !== ':memory:' && !options.readonly) raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
    raw.pragma(`busy_timeout = ${SQLITE_BUSY_SLICE_MS}`);
  } catch (error) {
    throw translateDriverError(error, `opening SQLite file ${options.filename}`);
  }
  raw.aggregate('cadre_dec_sum', {
    start: () => ({ units: 0n, scale: 0 }) as ScaledSum,
    step: (acc: ScaledSum, value: unknown) => {
      if (typeof value === 'string') addDecimalText(acc, value);
      return acc;
    },
    result: (acc: ScaledSum) => formatScaled(acc.units, acc.scale),
  });
  const wait = options.writeWaitMs ?? SQLITE_WRITE_WAIT_MS;
  const db = new Kysely<Tables>({ dialect: new ImmediateSqliteDialect(raw, wait) });
  return { raw, db };
}
