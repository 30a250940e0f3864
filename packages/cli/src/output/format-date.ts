import type { IsoDate } from '@cadre/core';
import type { Lang } from '../run/text.js';

/**
 * A calendar date for people: dd/MM/yyyy in Vietnamese, YYYY-MM-DD in English.
 * @example
 * formatDate('2019-05-20', 'vi'); // '20/05/2019'
 */
export function formatDate(iso: IsoDate, lang: Lang): string {
  if (lang === 'en') return iso;
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * A period for people: "09/05/2016–31/12/2020" or "2016-05-09 – 2020-12-31".
 * @example
 * formatPeriod({ start: '2016-05-09', end: '2020-12-31' }, 'vi'); // '09/05/2016–31/12/2020'
 */
export function formatPeriod(period: { start: IsoDate; end: IsoDate }, lang: Lang): string {
  const sep = lang === 'vi' ? '–' : ' – ';
  return `${formatDate(period.start, lang)}${sep}${formatDate(period.end, lang)}`;
}
