import { dayNumber } from '../keys/day-set.js';

export { dayNumber };

/**
 * Day number of an ISO `YYYY-MM-DD` date that is known to be valid.
 * @example
 * isoDayNumber('2019-05-20'); // 18036
 */
export function isoDayNumber(iso: string): number {
  return dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}
