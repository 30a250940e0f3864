import { type DecimalLike, formatNumber, type IntRange } from '@cadre/core';

// Dates are the core's own format (vi "20/5/2019", en "20 May 2019").
export { formatDate } from '@cadre/core';

/**
 * A range of whole-number targets: "181", "174–177", or "none" / "không có".
 * @example
 * formatRange({ min: 174, max: 177 }, 'vi'); // '174–177'
 */
export function formatRange(range: IntRange | null, lang: 'vi' | 'en'): string {
  if (range === null) return lang === 'vi' ? 'không có' : 'none';
  const min = formatNumber(range.min, { locale: lang });
  if (range.max === range.min) return min;
  const max = range.max === null ? '…' : formatNumber(range.max, { locale: lang });
  return `${min}–${max}`;
}

/**
 * A count in the language's number format: vi "3.000", en "3,000".
 * @example
 * formatCount(6666, 'vi'); // '6.666'
 */
export function formatCount(value: DecimalLike, lang: 'vi' | 'en'): string {
  return formatNumber(value, { locale: lang });
}
