import type { IsoDate } from '@cadre/core';

/** Days from 1899-12-30 (the 1900 system's day 0, leap-year bug included) to 1970-01-01. */
const EPOCH_1900 = 25569;
/** Days from 1904-01-01 (the 1904 system's day 0) to 1970-01-01. */
const EPOCH_1904 = 24107;
const DAY_MS = 86_400_000;

/**
 * The calendar date of an Excel serial day, or null for a serial that names no real day: the
 * 1900 system's 29 February 1900 (serial 60), which Excel keeps from Lotus 1-2-3's leap-year
 * bug, and anything before day 1. Times of day are dropped (a date cell holds a day).
 * In the 1900 system serials below 60 are one day off from the rest, again because of the bug.
 * @example
 * serialToIso(43605, false); // '2019-05-20'
 * serialToIso(42143, true); // '2019-05-20'
 * serialToIso(60, false); // null
 */
export function serialToIso(serial: number, date1904: boolean): IsoDate | null {
  if (!Number.isFinite(serial) || serial < (date1904 ? 0 : 1)) return null;
  const day = Math.floor(serial);
  if (!date1904 && day === 60) return null;
  const shifted = !date1904 && day < 60 ? day + 1 : day;
  const ms = (shifted - (date1904 ? EPOCH_1904 : EPOCH_1900)) * DAY_MS;
  const iso = new Date(ms).toISOString().slice(0, 10);
  return iso as IsoDate;
}
