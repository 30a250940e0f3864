import type { Decimal } from 'decimal.js';
import { type DecimalLike, PreciseDecimal, toDecimal } from '../attainment/decimal-text.js';
import { fail, type IssuePath, issue, ok, type Result } from '../result/issue.js';

/** Output language of numbers and phrases: Vietnamese ("6.666", "8,1") or English ("6,666", "8.1"). */
export type NumberLocale = 'vi' | 'en';

const INTL_LOCALE: Record<NumberLocale, string> = { vi: 'vi-VN', en: 'en-US' };
const SEPARATORS: Record<NumberLocale, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};
const groupers = new Map<NumberLocale, Intl.NumberFormat>();

function grouper(locale: NumberLocale): Intl.NumberFormat {
  let f = groupers.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 0 });
    groupers.set(locale, f);
  }
  return f;
}

/**
 * Formats a number for people: vi "6.666" and "8,1", en "6,666" and "8.1". With `decimals`,
 * rounds half-up to that many places (trailing zeros kept); without, shows every digit of the
 * exact value. Intl groups the integer part, fed as a bigint so that no float ever loses digits.
 * @example
 * formatNumber(6666, { locale: 'vi' }); // '6.666'
 * formatNumber('8.0996', { locale: 'vi', decimals: 1 }); // '8,1'
 */
export function formatNumber(
  value: DecimalLike,
  options: { locale: NumberLocale; decimals?: number },
): string {
  const d = toDecimal(value);
  const text =
    options.decimals === undefined
      ? d.toFixed()
      : d.toDecimalPlaces(options.decimals, PreciseDecimal.ROUND_HALF_UP).toFixed(options.decimals);
  const negative = text.startsWith('-') && /[1-9]/.test(text);
  const [whole = '0', frac = ''] = text.replace(/^-/, '').split('.');
  // The integer part goes to Intl as a bigint: exact at any size, no float on the way.
  const grouped = grouper(options.locale).format(BigInt(whole));
  const body = frac === '' ? grouped : `${grouped}${SEPARATORS[options.locale].decimal}${frac}`;
  return (negative ? '-' : '') + body;
}

/**
 * Reads a number written for people, in an explicit locale, because "6.666" is 6666 in vi and
 * 6.666 in en. Accepts an optional minus sign, correct thousands grouping (or none) and a
 * decimal part; anything else is an issue, never a guess.
 * @example
 * parseLocaleNumber('6.666', 'vi'); // { ok: true, value: Decimal(6666) }
 * parseLocaleNumber('8,1', 'en'); // { ok: false, issues: [{ code: 'number.invalid', … }] }
 */
export function parseLocaleNumber(
  text: string,
  locale: NumberLocale,
  path: IssuePath = [],
): Result<Decimal> {
  const t = text
    .normalize('NFC')
    .trim()
    .replace(/^\u2212/, '-');
  const { group, decimal } = SEPARATORS[locale];
  const g = `\\${group}`;
  const dp = `\\${decimal}`;
  const re = new RegExp(`^(-?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${dp}(\\d+))?$`);
  const m = re.exec(t);
  if (!m) {
    // Each message in one language: the example numbers follow the locale, the joining word the message.
    const [many, part] = locale === 'vi' ? ['6.666', '8,1'] : ['6,666', '8.1'];
    return fail([
      issue(
        'number.invalid',
        path,
        `"${text}" is not a number written in ${locale === 'vi' ? 'Vietnamese' : 'English'} style (expected e.g. ${many} or ${part})`,
        `"${text}" không phải là số viết theo kiểu ${locale === 'vi' ? 'Việt Nam' : 'tiếng Anh'} (ví dụ ${many} hoặc ${part})`,
        text,
      ),
    ]);
  }
  const whole = (m[2] ?? '0').split(group).join('');
  const frac = m[3] === undefined ? '' : `.${m[3]}`;
  return ok(new PreciseDecimal(`${m[1]}${whole}${frac}`));
}
