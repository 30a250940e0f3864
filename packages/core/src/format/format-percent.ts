import type { Decimal } from 'decimal.js';
import { type DecimalLike, PreciseDecimal, toDecimal } from '../attainment/decimal-text.js';
import { formatNumber, type NumberLocale } from './format-number.js';

/** A percentage rounded for display under the house rule, with what the reader must be told. */
export interface ShownPercent {
  exact: Decimal;
  shown: Decimal;
  decimals: number;
  /** True when `shown` is above `exact`: the text must then say "gần" / "nearly". */
  near: boolean;
}

/** Decimals shown for a figure just above 100%, which would otherwise print "100%" (100,19%). */
export const EXCESS_DECIMALS = 2;

/**
 * THE ROUNDING RULE. A percentage is shown with 0 decimals when |exact| ≥ 10 and with 1 decimal
 * below 10 (or `decimals` when given), rounded half-up at that place. When the shown value is
 * greater than the exact value it is marked `near` and must be written "gần X%" / "nearly X%";
 * a shown value at or below the exact value is written plainly. So 69,5% shows as "gần 70%"
 * and never "70%", and 285,36…% as "285%". A figure above 100% that would show as 100 gets
 * `EXCESS_DECIMALS` decimals (100,19%): exceeded never reads as exactly met.
 * @example
 * roundPercent('69.5'); // { shown: 70, decimals: 0, near: true, … }
 */
export function roundPercent(
  percent: DecimalLike,
  options: { decimals?: number } = {},
): ShownPercent {
  const exact = toDecimal(percent, 'percent');
  let decimals = options.decimals ?? (exact.abs().gte(10) ? 0 : 1);
  // Just above 100%, "100%" would read as met while the figure exceeded: show the decimals.
  if (
    options.decimals === undefined &&
    exact.gt(100) &&
    exact.toDecimalPlaces(decimals, PreciseDecimal.ROUND_HALF_UP).eq(100)
  ) {
    decimals = EXCESS_DECIMALS;
  }
  const shown = new PreciseDecimal(exact.toDecimalPlaces(decimals, PreciseDecimal.ROUND_HALF_UP));
  return { exact, shown, decimals, near: shown.gt(exact) };
}

/**
 * Writes a percentage under the rounding rule (see `roundPercent`): vi "gần 70%", "8,1%",
 * en "nearly 70%". Fraction zeros are dropped ("100%", not "100,0%"), which never hides a
 * rounding up because `near` is decided on the rounded value. Output is NFC.
 * @example
 * formatPercent(new Decimal(430).div(180).times(100), { locale: 'vi' }); // 'gần 239%'
 * formatPercent('285.365853', { locale: 'en' }); // '285%'
 */
export function formatPercent(
  percent: DecimalLike,
  options: { locale: NumberLocale; decimals?: number },
): string {
  const r = roundPercent(
    percent,
    options.decimals === undefined ? {} : { decimals: options.decimals },
  );
  const number = formatNumber(r.shown, { locale: options.locale });
  const near = options.locale === 'vi' ? 'gần ' : 'nearly ';
  return `${r.near ? near : ''}${number}%`.normalize('NFC');
}
