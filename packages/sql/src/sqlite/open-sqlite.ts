import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { translateDriverError } from '../errors/translate-error.js';
import type { Tables } from '../schema/tables.js';
import { addDecimalText, formatScaled, type ScaledSum } from './decimal-sum.js';

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
}

/** An open SQLite database: the raw handle for bulk paths and Kysely for everything else. */
export interface SqliteHandle {
  raw: Database.Database;
  db: Kysely<Tables>;
}

/**
 * Opens (or creates) a SQLite file with WAL journaling, foreign keys on and the
 * `cadre_dec_sum` aggregate registered. Throws `CadreError('store_failure')` when the file
 * cannot be opened.
 * @example
 * const { db, raw } = openSqlite({ filename: 'cadre.db' });
 */
export function openSqlite(options: SqliteOptions): SqliteHandle {
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
    raw.pragma('busy_timeout = 5000');
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
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: raw }) });
  return { raw, db };
}
