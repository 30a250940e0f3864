import { CadreError } from '../result/error.js';
import type { Issue } from '../result/issue.js';

const REFERENCE_CODES = new Set([
  'import.unknown_org_unit',
  'import.unknown_programme',
  'import.unknown_indicator',
  'import.unknown_person',
]);

/**
 * The error a direct write (`saveObservations`, `saveTargets`…) throws when its input has
 * issues: `not_found` when every issue is a missing reference, `duplicate_key` when every issue
 * is a key repeated in the call, else `invalid_argument`. `details` holds all the issues.
 * @example
 * const prepared = prepareImportBatch({ observations }, context);
 * if (prepared.issues.length > 0) throw errorFromIssues(prepared.issues);
 */
export function errorFromIssues(issues: Issue[]): CadreError {
  const code = issues.every((i) => REFERENCE_CODES.has(i.code))
    ? 'not_found'
    : issues.every((i) => i.code === 'import.duplicate_in_batch')
      ? 'duplicate_key'
      : 'invalid_argument';
  const shown = issues
    .slice(0, 3)
    .map((i) => i.message)
    .join('; ');
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return new CadreError(code, `${shown}${more}`, { path: issues[0]?.path ?? [], details: issues });
}

/**
 * The error for a row that must exist and does not.
 * @example
 * throw notFound('programme', '12-CTr/TU'); // CadreError not_found: programme "12-CTr/TU" does not exist
 */
export function notFound(what: string, key: string): CadreError {
  return new CadreError('not_found', `${what} "${key}" does not exist`, { details: { key } });
}

/**
 * The error for a create whose natural key is already stored.
 * @example
 * throw duplicateKey('org unit', '04'); // CadreError duplicate_key: org unit "04" already exists
 */
export function duplicateKey(what: string, key: string, cause?: unknown): CadreError {
  return new CadreError('duplicate_key', `${what} "${key}" already exists`, {
    details: { key },
    cause,
  });
}

/**
 * The error a direct write (`saveObservations`) throws when figures fall in a frozen round;
 * `details` holds the 'round.period_frozen' issues, each naming the period and its state.
 * @example
 * if (issues.length > 0) throw frozenPeriodError(issues);
 */
export function frozenPeriodError(issues: Issue[]): CadreError {
  const shown = issues
    .slice(0, 3)
    .map((i) => i.message)
    .join('; ');
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return new CadreError('conflict', `${shown}${more}`, {
    path: issues[0]?.path ?? [],
    details: issues,
  });
}
