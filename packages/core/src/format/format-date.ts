import { dateParts, type IsoDate } from '../dates/calendar-date.js';
import type { NumberLocale } from './format-number.js';

/** English month names, January first: for writing dates and reading them back. */
export const ENGLISH_MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A calendar date as reports and reviews write it: vi "20/5/2019" (no leading zeros, as in
 * Vietnamese documents), en "20 May 2019".
 * @example
 * formatDate('2019-05-20', 'vi'); // '20/5/2019'
 * formatDate('2019-05-20', 'en'); // '20 May 2019'
 */
export function formatDate(iso: IsoDate, lang: NumberLocale): string {
  const { year, month, day } = dateParts(iso);
  return lang === 'vi' ? `${day}/${month}/${year}` : `${day} ${ENGLISH_MONTHS[month - 1]} ${year}`;
}
