/**
 * How numbers and dates are written in a file. Vietnamese spreadsheets write "1.234,5" and
 * 20/5/2019; English ones "1,234.5". ISO dates (2019-05-20) are always accepted.
 */
export interface CsvLocale {
  /** Decimal separator. */
  decimal: '.' | ',';
  /** Thousands separator, or '' when numbers are not grouped. */
  group: '' | '.' | ',';
  /** Order of day and month in dates written with `/`, `-` or `.`; 'iso' accepts only YYYY-MM-DD. */
  dateOrder: 'dmy' | 'mdy' | 'iso';
}

/**
 * Named locales. `plain` (the default) is what machines write: "1234.5", ISO or d/M/yyyy dates.
 * It refuses "6.666" and "1,5" as ambiguous instead of guessing, so a Vietnamese file that groups
 * thousands or uses decimal commas must say `vi-VN`.
 */
export type CsvLocaleName = 'plain' | 'vi-VN' | 'en';

/**
 * Number and date conventions by name: 'plain' ("1234.5", refuses grouped or comma decimals),
 * 'vi-VN' ("1.234,5", dd/MM/yyyy) and 'en' ("1,234.5").
 */
export const CSV_LOCALES: Readonly<Record<CsvLocaleName, CsvLocale>> = {
  plain: { decimal: '.', group: '', dateOrder: 'dmy' },
  'vi-VN': { decimal: ',', group: '.', dateOrder: 'dmy' },
  en: { decimal: '.', group: ',', dateOrder: 'dmy' },
};

/**
 * Resolves a locale name or object; `undefined` means `plain`.
 * @example
 * resolveLocale('vi-VN').decimal; // ','
 */
export function resolveLocale(locale: CsvLocaleName | CsvLocale | undefined): CsvLocale {
  if (locale === undefined) return CSV_LOCALES.plain;
  return typeof locale === 'string' ? CSV_LOCALES[locale] : locale;
}

/**
 * Whether a locale is the strict `plain` one, which flags grouped-looking numbers as ambiguous.
 * @example
 * isPlain(CSV_LOCALES.plain); // true
 */
export function isPlain(locale: CsvLocale): boolean {
  return locale.group === '' && locale.decimal === '.';
}
