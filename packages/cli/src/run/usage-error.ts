import { CadreError, isCadreError } from '@cadre/core';
import type { Lang, Text } from './text.js';

/** The `CadreError` code of a command line the command cannot run: exit code 2. */
export const USAGE = 'usage';

/**
 * A usage error: a missing or malformed option, an unknown command, a file that cannot be
 * opened. Carries the Vietnamese text beside the English message.
 * @example
 * throw usageError({ vi: 'thiếu --targets', en: 'missing --targets' }, ['--targets']);
 */
export function usageError(text: Text, path: (string | number)[] = []): CadreError {
  return new CadreError(USAGE, text.en, { path, details: { vi: text.vi } });
}

/**
 * The message of an error thrown as a `CadreError`, in the language asked for when it has one.
 * @example
 * errorMessage(usageError({ vi: 'thiếu tệp', en: 'missing file' }), 'vi'); // 'thiếu tệp'
 */
export function errorMessage(error: unknown, lang: Lang): string {
  if (isCadreError(error)) {
    const vi = (error.details as { vi?: unknown } | undefined)?.vi;
    return lang === 'vi' && typeof vi === 'string' ? vi : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
