import { Decimal } from 'decimal.js';
import {
  addDaysIso,
  dateParts,
  daysBetween,
  type IsoDate,
  isoDate,
  maxDate,
  minDate,
} from '../dates/calendar-date.js';
import type { Period } from './schema.js';

/**
 * The two inclusive dates of a period, all the period operations read; kind and label are
 * carried along when a full {@link Period} is passed.
 */
export type PeriodRange = Pick<Period, 'start' | 'end'>;

/**
 * Whether a date falls in the period; both ends are included.
 * @example
 * periodContains({ start: '2016-05-09', end: '2020-12-31' }, '2020-12-31'); // true
 */
export function periodContains(period: PeriodRange, date: IsoDate): boolean {
  return period.start <= date && date <= period.end;
}

/**
 * Whether two periods share at least one day.
 * @example
 * periodsOverlap(phasePeriod(2016, 2020), termPeriod('2016-05-22', '2021-05-22')); // true
 */
export function periodsOverlap(a: PeriodRange, b: PeriodRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * The days two periods share, or null when they share none.
 * @example
 * periodIntersection(yearPeriod(2016), customPeriod('2016-05-09', '2020-12-31'));
 * // { kind: 'custom', start: '2016-05-09', end: '2016-12-31' }
 */
export function periodIntersection(a: PeriodRange, b: PeriodRange): Period | null {
  if (!periodsOverlap(a, b)) return null;
  return { kind: 'custom', start: maxDate(a.start, b.start), end: minDate(a.end, b.end) };
}

/**
 * Number of days in the period, both ends included.
 * @example
 * periodDays(yearPeriod(2020)); // 366
 */
export function periodDays(period: PeriodRange): number {
  return daysBetween(period.start, period.end) + 1;
}

/**
 * Splits a period at year boundaries; the first and last parts may be partial years.
 * @example
 * splitByYear(customPeriod('2016-05-09', '2017-03-31'));
 * // [{ …start: '2016-05-09', end: '2016-12-31', label: '2016' }, { …start: '2017-01-01', end: '2017-03-31', label: '2017' }]
 */
export function splitByYear(period: PeriodRange): Period[] {
  const first = dateParts(period.start).year;
  const last = dateParts(period.end).year;
  const parts: Period[] = [];
  for (let y = first; y <= last; y++) {
    const start = y === first ? period.start : isoDate(y, 1, 1);
    const end = y === last ? period.end : isoDate(y, 12, 31);
    parts.push({ kind: 'year', start, end, label: String(y) });
  }
  return parts;
}

/**
 * Share of the period elapsed at `asOf`, counting `asOf` itself: the pro-rata expectation.
 * 0 before the start, 1 from the last day on. Exact: elapsed days / period days.
 * @example
 * elapsedShare(customPeriod('2016-05-09', '2020-12-31'), '2019-05-20').toFixed(4); // '0.6519' (1107 / 1698)
 */
export function elapsedShare(period: PeriodRange, asOf: IsoDate): Decimal {
  if (asOf < period.start) return new Decimal(0);
  if (asOf >= period.end) return new Decimal(1);
  return new Decimal(daysBetween(period.start, asOf) + 1).div(periodDays(period));
}

/**
 * Days elapsed and days in the period at `asOf`, both integers, for callers that format them.
 * @example
 * elapsedDays(yearPeriod(2019), '2019-01-10'); // { elapsed: 10, total: 365 }
 */
export function elapsedDays(
  period: PeriodRange,
  asOf: IsoDate,
): { elapsed: number; total: number } {
  const total = periodDays(period);
  if (asOf < period.start) return { elapsed: 0, total };
  if (asOf >= period.end) return { elapsed: total, total };
  return { elapsed: daysBetween(period.start, asOf) + 1, total };
}

/**
 * The last day of a period that has passed at `asOf` (null when the period has not begun).
 * @example
 * lastElapsedDay(yearPeriod(2019), '2020-03-01'); // '2019-12-31'
 */
export function lastElapsedDay(period: PeriodRange, asOf: IsoDate): IsoDate | null {
  if (asOf < period.start) return null;
  return minDate(asOf, period.end);
}

/**
 * The day after the period ends; handy for half-open SQL ranges.
 * @example
 * dayAfter(yearPeriod(2019)); // '2020-01-01'
 */
export function dayAfter(period: PeriodRange): IsoDate {
  return addDaysIso(period.end, 1);
}
