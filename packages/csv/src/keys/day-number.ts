/**
 * Day number of a calendar date (days since 1970-01-01), with integers only: per-row paths
 * must not build Date objects. Algorithm "days_from_civil" (H. Hinnant).
 * @example
 * dayNumber(1970, 1, 2); // 1
 */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Day number of an ISO `YYYY-MM-DD` date that is known to be valid.
 * @example
 * isoDayNumber('2019-05-20'); // 18036
 */
export function isoDayNumber(iso: string): number {
  return dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/**
 * ISO text of a day number.
 * @example
 * isoOf(18036); // '2019-05-20'
 */
export function isoOf(day: number): string {
  return new Date(day * 864e5).toISOString().slice(0, 10);
}
