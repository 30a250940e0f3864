import { CadreError, isCadreError } from '@cadre/core';

// SQLite extended result codes and Postgres SQLSTATEs that mean the data broke a rule.
const DUPLICATE = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY', '23505']);
const MISSING_REFERENCE = new Set(['SQLITE_CONSTRAINT_FOREIGNKEY', '23503']);
const INVALID_VALUE = new Set([
  'SQLITE_CONSTRAINT_CHECK',
  'SQLITE_CONSTRAINT_NOTNULL',
  'SQLITE_TOOBIG',
  'SQLITE_MISMATCH',
  '23502',
  '23514',
  '22P02',
  '22003',
  '22001',
]);
// Node socket errors and Postgres class 08 (connection), 28 (auth), 3D (no database), 57P (shutdown).
const UNREACHABLE =
  /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EPIPE|EHOSTUNREACH|08|28|3D|57P)/;

function driverCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Turns a driver error (better-sqlite3, pg, PGlite) into the one `CadreError`, so callers never
 * see a driver's own error class: unique violations become `duplicate_key`, broken references
 * `conflict`, bad values `invalid_argument`, lost connections and everything else `store_failure`.
 * The driver's code is kept in `details.driverCode`; its text is not echoed in the message.
 * @example
 * try { … } catch (e) { throw translateDriverError(e, 'saving observations'); }
 */
export function translateDriverError(error: unknown, doing: string): CadreError {
  if (isCadreError(error)) return error;
  const code = driverCode(error);
  const details = { driverCode: code ?? null };
  if (code !== undefined && DUPLICATE.has(code)) {
    return new CadreError('duplicate_key', `${doing}: a row with the same key already exists`, {
      details,
      cause: error,
    });
  }
  if (code !== undefined && MISSING_REFERENCE.has(code)) {
    return new CadreError('conflict', `${doing}: a row refers to a missing row`, {
      details,
      cause: error,
    });
  }
  if (code !== undefined && INVALID_VALUE.has(code)) {
    return new CadreError('invalid_argument', `${doing}: a value breaks a column rule`, {
      details,
      cause: error,
    });
  }
  if (code !== undefined && UNREACHABLE.test(code)) {
    return new CadreError('store_failure', `${doing}: the database cannot be reached`, {
      details,
      cause: error,
    });
  }
  return new CadreError('store_failure', `${doing}: the database failed`, {
    details,
    cause: error,
  });
}

/**
 * Runs `work` and translates whatever a driver throws.
 * @example
 * await guard('reading targets', () => db.selectFrom('targets').selectAll().execute());
 */
export async function guard<T>(doing: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw translateDriverError(error, doing);
  }
}
