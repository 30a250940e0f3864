// Per-function entry points: the package index loads every date-fns module (about 20 MB).
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { z } from 'zod';

/**
 * A calendar date with no time and no zone, written `YYYY-MM-DD`.
 * Periods and reviews are inclusive calendar dates, so they must not move with the clock's zone.
 */
export type IsoDate = string;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Tells whether `y-m-d` exists on the calendar (rejects 2019-02-31).
 * @example
 * isRealDate(2019, 2, 31); // false
 */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

/**
 * Number of days in a month of the Gregorian calendar.
 * @example
 * daysInMonth(2020, 2); // 29
 */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/**
 * What {@link IsoDateSchema} accepts, without zod: `YYYY-MM-DD` in ASCII digits naming a day that
 * exists. For per-row paths that check many dates.
 * @example
 * isIsoDate('2019-05-20'); // true
 * isIsoDate('2019-02-31'); // false
 * isIsoDate('20/5/2019'); // false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && isoDateFault(value) === undefined;
}

/**
 * What keeps a text from being an `IsoDate`: `'shape'` when it is not `YYYY-MM-DD` in ASCII
 * digits, `'calendar'` when it is shaped so but names no day (2019-02-31), undefined when it
 * is one. A reader uses it to tell a malformed cell from an impossible date in one scan.
 * @example
 * isoDateFault('2019-05-20'); // undefined
 * isoDateFault('2019-02-31'); // 'calendar'
 * isoDateFault('20/5/2019'); // 'shape'
 */
export function isoDateFault(text: string): 'shape' | 'calendar' | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return 'shape';
  const y = digits(text, 0, 4);
  const m = digits(text, 5, 7);
  const d = digits(text, 8, 10);
  if (y < 0 || m < 0 || d < 0) return 'shape';
  return isRealDate(y, m, d) ? undefined : 'calendar';
}

function digits(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** zod schema for an `IsoDate` that exists on the calendar. */
export const IsoDateSchema = z
  .string()
  .regex(ISO_RE, { message: 'expected a date as YYYY-MM-DD' })
  .refine(
    (s) => {
      const [y, m, d] = splitIso(s);
      return isRealDate(y, m, d);
    },
    { message: 'no such calendar date' },
  );

function splitIso(iso: IsoDate): [number, number, number] {
  const m = ISO_RE.exec(iso);
  if (!m) return [Number.NaN, Number.NaN, Number.NaN];
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/**
 * Formats year, month and day as an `IsoDate`.
 * @example
 * isoDate(2016, 5, 9); // '2016-05-09'
 */
export function isoDate(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Splits an `IsoDate` into numbers.
 * @example
 * dateParts('2019-05-20'); // { year: 2019, month: 5, day: 20 }
 */
export function dateParts(iso: IsoDate): { year: number; month: number; day: number } {
  const [year, month, day] = splitIso(iso);
  return { year, month, day };
}

// date-fns works on local Date objects; a local noon never falls into a DST gap,
// so calendar arithmetic on it is the same in every zone.
function toLocal(iso: IsoDate): Date {
  const [y, m, d] = splitIso(iso);
  return new Date(y, m - 1, d, 12);
}

function fromLocal(date: Date): IsoDate {
  return isoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/**
 * Adds calendar days.
 * @example
 * addDaysIso('2020-02-28', 2); // '2020-03-01'
 */
export function addDaysIso(iso: IsoDate, days: number): IsoDate {
  return fromLocal(addDays(toLocal(iso), days));
}

/**
 * Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb).
 * @example
 * addMonthsIso('1961-01-31', 723); // '2021-04-30'
 */
export function addMonthsIso(iso: IsoDate, months: number): IsoDate {
  return fromLocal(addMonths(toLocal(iso), months));
}

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier).
 * @example
 * daysBetween('2016-05-09', '2016-05-10'); // 1
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toLocal(to), toLocal(from));
}

/**
 * Whole months from `from` to `to`, counting a month only once its day is reached.
 * @example
 * monthsBetween('2019-01-15', '2022-01-14'); // 35
 */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const a = dateParts(from);
  const b = dateParts(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (months > 0 && b.day < a.day && b.day < daysInMonth(b.year, b.month)) months -= 1;
  if (months < 0 && b.day > a.day) months += 1;
  return months;
}

/**
 * Whole years of age at `asOf` (the birthday counts on its day; 29 Feb births turn on 28 Feb).
 * @example
 * ageAt('1979-05-21', '2019-05-20'); // 39
 */
export function ageAt(birthDate: IsoDate, asOf: IsoDate): number {
  return Math.floor(monthsBetween(birthDate, asOf) / 12);
}

/**
 * Orders two dates; `IsoDate` strings sort as text, this says so by name.
 * @example
 * compareDates('2019-05-20', '2020-12-31'); // -1
 */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The earlier of two dates. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/** The later of two dates. */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/**
 * Reads a Vietnamese-style date: `d/M/yyyy`, `dd/MM/yyyy`, `d-M-yyyy` or `d.M.yyyy`, or ISO.
 * Returns null when the text is not a date or the date does not exist (31/02/2019).
 * @example
 * parseVnDate('9/5/2016'); // '2016-05-09'
 */
export function parseVnDate(text: string): IsoDate | null {
  const t = text.trim();
  const iso = ISO_RE.exec(t);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return isRealDate(y, m, d) ? isoDate(y, m, d) : null;
  }
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!vn) return null;
  const [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  return isRealDate(y, m, d) ? isoDate(y, m, d) : null;
}
