const BRAND = Symbol.for('cadre.error');

/** Codes for failures that are not the data's fault: misuse of the API or a broken store. */
export type CadreErrorCode =
  | 'invalid_argument'
  | 'not_found'
  | 'conflict'
  | 'duplicate_key'
  | 'store_failure'
  | 'unsupported'
  | (string & {});

/**
 * The one error cadre throws, for programmer errors and infrastructure failures.
 * Data problems are returned as `Result` issues instead. Recognise it with `isCadreError`,
 * which survives duplicate package copies and ESM/CJS mixes where `instanceof` does not.
 * @example
 * throw new CadreError('duplicate_key', 'org unit 04 already exists', { path: ['orgUnits', 0, 'code'] });
 */
export class CadreError extends Error {
  readonly [BRAND] = true;
  readonly code: CadreErrorCode;
  readonly path: (string | number)[];
  readonly details: unknown;

  constructor(
    code: CadreErrorCode,
    message: string,
    options: { path?: (string | number)[]; details?: unknown; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CadreError';
    this.code = code;
    this.path = options.path ?? [];
    this.details = options.details;
  }
}

/**
 * Brand check for `CadreError`.
 * @example
 * try { store.saveOrgUnits(units); } catch (e) { if (isCadreError(e) && e.code === 'duplicate_key') … }
 */
export function isCadreError(value: unknown): value is CadreError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[BRAND] === true
  );
}
