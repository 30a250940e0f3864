import { type CsvLocale, isPlain } from '../cells/locale.js';

/**
 * Writes canonical decimal text ("1234.5") in a locale: vi-VN "1.234,5", en "1,234.5", plain
 * "1234.5". Exact: it moves characters, it never goes through a float. In plain, a number that
 * would look like a thousands group ("1.001") gets a trailing zero ("1.0010"), because the plain
 * reader refuses such text as ambiguous.
 * @example
 * formatDecimalText('6666', CSV_LOCALES['vi-VN']); // '6.666'
 */
export function formatDecimalText(text: string, locale: CsvLocale): string {
  if (isPlain(locale)) return /^[1-9]\d{0,2}\.\d{3}$/.test(text) ? `${text}0` : text;
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const [int = '', frac] = body.split('.');
  const grouped = locale.group === '' ? int : int.replace(/\B(?=(\d{3})+(?!\d))/g, locale.group);
  const out = frac === undefined || frac === '' ? grouped : `${grouped}${locale.decimal}${frac}`;
  return negative ? `-${out}` : out;
}

/**
 * Writes an ISO date the way the locale reads it: ISO for plain, dd/MM/yyyy for vi-VN and en.
 * @example
 * formatDateText('2019-05-20', CSV_LOCALES['vi-VN']); // '20/05/2019'
 */
export function formatDateText(iso: string, locale: CsvLocale, excel: boolean): string {
  if (!excel || locale.dateOrder === 'iso') return iso;
  const [y, m, d] = iso.split('-');
  return locale.dateOrder === 'dmy' ? `${d}/${m}/${y}` : `${m}/${d}/${y}`;
}
