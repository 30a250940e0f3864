import { type IsoDate, IsoDateSchema, parseVnDate, toDecimal } from '@cadre/core';
import { usageError } from '../run/usage-error.js';
import type { OptionValues } from './option-defs.js';

/**
 * A text option's value, or undefined when it was not given.
 * @example
 * textOption({ format: 'json' }, 'format'); // 'json'
 */
export function textOption(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  if (Array.isArray(v)) return v[v.length - 1];
  return typeof v === 'string' ? v.normalize('NFC') : undefined;
}

/**
 * A text option that must be given; a usage error naming the option otherwise.
 * @example
 * requiredOption(values, 'targets', 'cadre report --targets targets.csv --actuals actuals.csv');
 */
export function requiredOption(values: OptionValues, name: string, example: string): string {
  const v = textOption(values, name);
  if (v === undefined || v.trim() === '') {
    throw usageError(
      {
        vi: `thiếu tùy chọn bắt buộc --${name}; ví dụ: ${example}`,
        en: `missing required option --${name}; e.g. ${example}`,
      },
      [`--${name}`],
    );
  }
  return v;
}

/**
 * An option restricted to a list of values, with a default; a usage error listing them otherwise.
 * @example
 * choiceOption(values, 'format', ['table', 'json'], 'table'); // 'table' when not given
 */
export function choiceOption<T extends string>(
  values: OptionValues,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const v = textOption(values, name);
  if (v === undefined) return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  const list = allowed.join(', ');
  throw usageError(
    {
      vi: `--${name}: "${v}" không hợp lệ; cần một trong: ${list}`,
      en: `--${name}: "${v}" is not allowed; expected one of: ${list}`,
    },
    [`--${name}`],
  );
}

/**
 * A date option written YYYY-MM-DD (or dd/mm/yyyy), as an `IsoDate`; undefined when not given.
 * @example
 * dateOption({ 'as-of': '20/5/2019' }, 'as-of'); // '2019-05-20'
 */
export function dateOption(values: OptionValues, name: string): IsoDate | undefined {
  const v = textOption(values, name);
  if (v === undefined) return undefined;
  const iso = IsoDateSchema.safeParse(v.trim()).success ? v.trim() : parseVnDate(v);
  if (iso !== null) return iso;
  throw usageError(
    {
      vi: `--${name}: "${v}" không phải ngày có thật; cần dạng YYYY-MM-DD (ví dụ 2019-05-20) hoặc dd/mm/yyyy`,
      en: `--${name}: "${v}" is not a calendar date; expected YYYY-MM-DD (e.g. 2019-05-20) or dd/mm/yyyy`,
    },
    [`--${name}`],
  );
}

/**
 * A whole-number option within bounds, with a default.
 * @example
 * integerOption({ port: '8080' }, 'port', { min: 0, max: 65535 }, 8787); // 8080
 */
export function integerOption(
  values: OptionValues,
  name: string,
  bounds: { min: number; max: number },
  fallback: number,
): number {
  const v = textOption(values, name);
  if (v === undefined) return fallback;
  const n = /^\d+$/.test(v.trim()) ? Number(v.trim()) : Number.NaN;
  if (Number.isSafeInteger(n) && n >= bounds.min && n <= bounds.max) return n;
  throw usageError(
    {
      vi: `--${name}: "${v}" không hợp lệ; cần số nguyên từ ${bounds.min} đến ${bounds.max}`,
      en: `--${name}: "${v}" is not allowed; expected a whole number from ${bounds.min} to ${bounds.max}`,
    },
    [`--${name}`],
  );
}

/** Widest "gần X" / "hơn X" band, in percentage points: past 10 points a figure is not "nearly" X. */
export const MAX_NEAR_BAND = 10;

/**
 * `--near-band P`: percentage points, written "0,5" or "0.5" in either language. A band is small
 * and has at most two decimals, so the mark is unambiguous here, unlike `--actual`: "1.000"
 * (three digits after the mark) could be a thousand and is refused.
 * @example
 * nearBandOption({ 'near-band': '0.5' }); // Decimal(0.5)
 */
export function nearBandOption(values: OptionValues): ReturnType<typeof toDecimal> | undefined {
  const v = textOption(values, 'near-band');
  if (v === undefined) return undefined;
  const t = v.trim();
  if (/^\d+([.,]\d{1,2})?$/.test(t)) {
    const band = toDecimal(t.replace(',', '.'));
    if (band.gt(0) && band.lte(MAX_NEAR_BAND)) return band;
  }
  throw usageError(
    {
      vi: `--near-band: "${v}" không hợp lệ; cần số điểm phần trăm lớn hơn 0 và không quá ${MAX_NEAR_BAND}, tối đa hai chữ số thập phân, ví dụ 1 hoặc 0,5`,
      en: `--near-band: "${v}" is not allowed; expected percentage points above 0 and at most ${MAX_NEAR_BAND}, with at most two decimals, e.g. 1 or 0.5`,
    },
    ['--near-band'],
  );
}
