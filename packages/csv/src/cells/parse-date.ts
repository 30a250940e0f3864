import { type IsoDate, isoDate, isRealDate } from '@cadre/core';
import { isoDateFault } from '@cadre/core/adapter';
import type { CsvLocale } from './locale.js';

/** Why a cell is not a date: not shaped like one, or shaped like one that does not exist. */
export type DateFault = 'csv.invalid_date' | 'csv.impossible_date';

const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * Reads a date as ISO `YYYY-MM-DD` or, unless the locale is ISO-only, as day/month/year
 * (`20/5/2019`, `20-05-2019`, `20.05.2019`; month first for `mdy`). A date that does not exist
 * (31/02/2019) is `csv.impossible_date`, never rolled over to March.
 * @example
 * parseDateText('9/5/2016', CSV_LOCALES['vi-VN']); // '2016-05-09'
 */
export function parseDateText(raw: string, locale: CsvLocale): IsoDate | DateFault {
  const s = raw.trim();
  if (s.length === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    const fault = isoDateFault(s);
    if (fault === undefined) return s;
    return fault === 'shape' ? 'csv.invalid_date' : 'csv.impossible_date';
  }
  if (locale.dateOrder === 'iso') return 'csv.invalid_date';
  const match = SLASHED.exec(s);
  if (!match) return 'csv.invalid_date';
  const a = Number(match[1]);
  const b = Number(match[2]);
  const y = Number(match[3]);
  const [d, m] = locale.dateOrder === 'dmy' ? [a, b] : [b, a];
  return isRealDate(y, m, d) ? isoDate(y, m, d) : 'csv.impossible_date';
}
