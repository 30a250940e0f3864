import { MAX_NUMBER_DIGITS } from '../limits/csv-limits.js';
import type { CsvLocale } from './locale.js';
import { isPlain } from './locale.js';

/** Why a cell is not a number. */
export type NumberFault =
  | 'csv.invalid_number'
  | 'csv.ambiguous_number'
  | 'csv.negative_number'
  | 'csv.not_integer'
  | 'csv.number_too_long';

/** A parsed non-negative number as canonical decimal text ("1234.5", never "1.234,5" or "007"). */
export type NumberCell = { ok: true; text: string } | { ok: false; code: NumberFault };

const GROUPED_LIKE = /^[1-9]\d{0,2}([.,]\d{3})+$/;

/**
 * Reads a non-negative decimal written in `locale`: "1.234,5" in vi-VN and "1,234.5" in en are
 * both 1234.5. Groups must have three digits. Negative, non-numeric and (in `plain`) ambiguous
 * text ("6.666") are faults, never guesses. `%` is accepted when `percent` is set.
 * @example
 * parseNumberText('6.666', CSV_LOCALES['vi-VN']); // { ok: true, text: '6666' }
 */
export function parseNumberText(
  raw: string,
  locale: CsvLocale,
  options: { percent?: boolean } = {},
): NumberCell {
  let s = raw.trim();
  if (countDigits(s) > MAX_NUMBER_DIGITS) return { ok: false, code: 'csv.number_too_long' };
  if (options.percent && s.endsWith('%')) s = s.slice(0, -1).trimEnd();
  if (s.startsWith('-') && /\d/.test(s)) return { ok: false, code: 'csv.negative_number' };
  if (isPlain(locale)) {
    // A comma or a three-digit group means the writer used a locale the caller did not declare.
    if (GROUPED_LIKE.test(s) || (s.includes(',') && /^[\d.,]+$/.test(s))) {
      return { ok: false, code: 'csv.ambiguous_number' };
    }
    return canonical(s, '');
  }
  let intPart = s;
  let frac = '';
  const at = s.indexOf(locale.decimal);
  if (at >= 0) {
    intPart = s.slice(0, at);
    frac = s.slice(at + 1);
    if (frac.length === 0 || !/^\d+$/.test(frac)) return { ok: false, code: 'csv.invalid_number' };
  }
  if (locale.group !== '' && intPart.includes(locale.group)) {
    const groups = intPart.split(locale.group);
    const ok = /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
    if (!ok) return { ok: false, code: 'csv.invalid_number' };
    intPart = groups.join('');
  }
  return canonical(intPart, frac);
}

/**
 * How many digits 0–9 a text holds: what `MAX_NUMBER_DIGITS` bounds.
 * @example
 * countDigits('1.234,5'); // 5
 */
export function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function canonical(intPart: string, frac: string): NumberCell {
  let i = intPart;
  let f = frac;
  if (f === '' && i.includes('.')) [i, f] = i.split('.', 2) as [string, string];
  if (!/^\d+$/.test(i) || (f !== '' && !/^\d+$/.test(f)))
    return { ok: false, code: 'csv.invalid_number' };
  i = i.replace(/^0+(?=\d)/, '');
  f = f.replace(/0+$/, '');
  return { ok: true, text: f === '' ? i : `${i}.${f}` };
}

/**
 * Reads a count the fast way: plain digits become a safe integer without a regex or Decimal;
 * anything else goes through `parseNumberText` and stays decimal text.
 * @example
 * parseCount('117', CSV_LOCALES.plain); // 117
 */
export function parseCount(raw: string, locale: CsvLocale): number | string | NumberFault {
  const n = raw.length;
  if (n > 0 && n <= 15) {
    let v = 0;
    let i = 0;
    for (; i < n; i++) {
      const c = raw.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      v = v * 10 + c;
    }
    if (i === n) return v;
  }
  const cell = parseNumberText(raw, locale);
  if (!cell.ok) return cell.code;
  if (/^\d{1,15}$/.test(cell.text)) return Number(cell.text);
  return cell.text;
}

/**
 * Reads a whole non-negative number of safe size (hours, headcounts).
 * @example
 * parseWholeNumber('40', CSV_LOCALES.plain); // 40
 */
export function parseWholeNumber(raw: string, locale: CsvLocale): number | NumberFault {
  const v = parseCount(raw, locale);
  if (typeof v === 'number') return v;
  if (v.startsWith('csv.')) return v as NumberFault;
  return 'csv.not_integer';
}
