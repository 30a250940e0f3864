/**
 * The sizes a CSV file may reach, one name each. A value past a limit is an issue naming the
 * file, line and column, never a crash, a hang or a silent accept.
 */

import { MAX_DECIMAL_DIGITS } from '@cadre/core/adapter';

/** Digits a number cell may hold, counted as written: the core's bound on a decimal figure. */
export const MAX_NUMBER_DIGITS = MAX_DECIMAL_DIGITS;

/** Characters a text cell (a name, a code, a note) may hold: 4 KiB. */
export const MAX_TEXT_CELL_CHARS = 4096;

/** Characters a row may hold, quoted or not: 1 MiB. */
export const MAX_ROW_CHARS = 1 << 20;

/** Issues kept per file; past it the rest are counted in one `csv.too_many_issues`. */
export const MAX_ISSUES = 100_000;

/** Characters of the input an issue quotes; longer input is cut, with its length said. */
export const MAX_ECHO_CHARS = 120;

/**
 * The input as an issue quotes it: whole when short, else its first `MAX_ECHO_CHARS` characters
 * and an ellipsis, so a 50 MB cell or header is never copied into a message or kept in memory.
 * @example
 * echoText('x'.repeat(200)).length; // 121
 */
export function echoText(input: string): string {
  if (input.length <= MAX_ECHO_CHARS) return input;
  return `${input.slice(0, MAX_ECHO_CHARS)}…`;
}
