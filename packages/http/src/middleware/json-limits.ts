import type { Issue } from '@cadre/core';
import { MAX_DECIMAL_DIGITS } from '@cadre/core/adapter';

/** Deepest nesting of arrays and objects a body may have (a batch needs four or five levels). */
export const MAX_JSON_DEPTH = 64;
/** Most digits a JSON number literal may have, as for a number cell of a CSV file. */
export const MAX_JSON_NUMBER_DIGITS = MAX_DECIMAL_DIGITS;

function at(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * Checks a JSON text against the named limits before it is parsed and walked: nesting past
 * `MAX_JSON_DEPTH` would overflow the stack of any recursive walk (a 500 instead of a 400), and
 * a number past `MAX_JSON_NUMBER_DIGITS` digits is no figure a programme holds. One pass, no
 * recursion; returns the first issue, with line and column, or null.
 * @example
 * checkJsonLimits('['.repeat(200_000)); // { code: 'body.too_deep', … 'line 1, column 65' … }
 */
export function checkJsonLimits(text: string): Issue | null {
  let depth = 0;
  let digits = 0;
  let numberStart = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92)
        i++; // backslash: skip the escaped character
      else if (ch === 34) inString = false;
      continue;
    }
    if (ch >= 48 && ch <= 57) {
      if (digits === 0) numberStart = i;
      if (++digits > MAX_JSON_NUMBER_DIGITS) {
        const { line, column } = at(text, numberStart);
        return {
          code: 'body.number_too_long',
          path: ['body'],
          message: `body, line ${line}, column ${column}: a number longer than ${MAX_JSON_NUMBER_DIGITS} digits; expected at most ${MAX_JSON_NUMBER_DIGITS}`,
          messageVi: `body, dòng ${line}, cột ${column}: số dài quá ${MAX_JSON_NUMBER_DIGITS} chữ số; tối đa ${MAX_JSON_NUMBER_DIGITS}`,
        };
      }
      continue;
    }
    // A dot, sign or exponent keeps the literal going; anything else ends it.
    if (ch !== 46 && ch !== 45 && ch !== 43 && ch !== 101 && ch !== 69) digits = 0;
    if (ch === 34) inString = true;
    else if (ch === 91 || ch === 123) {
      if (++depth > MAX_JSON_DEPTH) {
        const { line, column } = at(text, i);
        return {
          code: 'body.too_deep',
          path: ['body'],
          message: `body, line ${line}, column ${column}: nested deeper than ${MAX_JSON_DEPTH} levels; expected at most ${MAX_JSON_DEPTH}`,
          messageVi: `body, dòng ${line}, cột ${column}: lồng sâu quá ${MAX_JSON_DEPTH} cấp; tối đa ${MAX_JSON_DEPTH}`,
        };
      }
    } else if (ch === 93 || ch === 125) depth--;
  }
  return null;
}
