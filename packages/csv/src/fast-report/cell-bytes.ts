import type { CsvLocale } from '../cells/locale.js';
import { parseDateText } from '../cells/parse-date.js';
import { parseCount } from '../cells/parse-number.js';
import { dayNumber, isoDayNumber } from './day-number.js';

const utf8 = new TextDecoder('utf-8');

/** Not a date the general reader accepts. */
export const NO_DAY = -0x40000000;

// Day numbers of plain ISO dates from 1900 to 2199, worked out once each: y-m-d → day + 1
// (0: not yet), shifted so that every stored value is positive.
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;
const EPOCH_SHIFT = -25567; // 1900-01-01
const DAYS = new Int32Array((LAST_YEAR - FIRST_YEAR) * 12 * 31);

/**
 * Decodes bytes `[s, e)` as the general reader sees a cell: UTF-8, NFC.
 * @example
 * cellText(Buffer.from(' Hòa '), 0, 7); // ' Hòa '
 */
export function cellText(buf: Uint8Array, s: number, e: number): string {
  return utf8.decode(buf.subarray(s, e)).normalize('NFC');
}

/**
 * Day number of a date cell: plain `YYYY-MM-DD` read from the bytes, anything else through the
 * general reader's `parseDateText` (so `20/5/2019` in vi-VN counts the same); `NO_DAY` when
 * that reader would report the cell.
 * @example
 * dateCell(Buffer.from('2019-05-20'), 0, 10, CSV_LOCALES.plain); // 18036
 */
export function dateCell(buf: Uint8Array, s: number, e: number, locale: CsvLocale): number {
  if (e - s === 10 && buf[s + 4] === 45 && buf[s + 7] === 45) {
    const y = digits(buf, s, s + 4);
    const m = digits(buf, s + 5, s + 7);
    const d = digits(buf, s + 8, s + 10);
    if (y >= FIRST_YEAR && y < LAST_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
      const at = ((y - FIRST_YEAR) * 12 + m - 1) * 31 + d - 1;
      const known = DAYS[at]!;
      if (known !== 0) return known - 1 + EPOCH_SHIFT;
      if (d > monthDays(y, m)) return NO_DAY;
      const day = dayNumber(y, m, d);
      DAYS[at] = day + 1 - EPOCH_SHIFT;
      return day;
    }
    if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= monthDays(y, m)) return dayNumber(y, m, d);
  }
  const iso = parseDateText(cellText(buf, s, e), locale);
  return iso.startsWith('csv.') ? NO_DAY : isoDayNumber(iso);
}

/**
 * A count cell as a safe integer: up to 15 plain digits from the bytes, anything else through
 * the general reader's `parseCount`; -1 when it is not a whole count (a decimal, a fault).
 * @example
 * countCell(Buffer.from('117'), 0, 3, CSV_LOCALES.plain); // 117
 */
export function countCell(buf: Uint8Array, s: number, e: number, locale: CsvLocale): number {
  const n = e - s;
  if (n > 0 && n <= 15) {
    let v = 0;
    let i = s;
    for (; i < e; i++) {
      const c = buf[i]! - 48;
      if (c < 0 || c > 9) break;
      v = v * 10 + c;
    }
    if (i === e) return v;
  }
  const text = cellText(buf, s, e).trim();
  if (text === '') return -1;
  const v = parseCount(text, locale);
  return typeof v === 'number' ? v : -1;
}

/**
 * ISO text of a day number (rare on the fast path: new dates, units named by name).
 * @example
 * isoOf(18036); // '2019-05-20'
 */
export function isoOf(day: number): string {
  return new Date(day * 864e5).toISOString().slice(0, 10);
}

/** Days in a month, without the array literal a general helper would build per call. */
function monthDays(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function digits(buf: Uint8Array, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = buf[i]! - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}
