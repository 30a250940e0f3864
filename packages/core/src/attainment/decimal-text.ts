import { Decimal } from 'decimal.js';
import { CadreError } from '../result/error.js';

/** A number as cadre accepts it at its edges: a Decimal, decimal text, a finite number or a bigint. */
export type DecimalLike = Decimal | string | number | bigint;

/**
 * Decimal with room for exact sums and 40 significant digits in quotients, so a shown figure
 * is never compared against a quotient cut short. A clone, so users' global Decimal settings stay theirs.
 * Why 40: telling whether actual / target of two integers below 2^53 lies above, on or below a
 * boundary 4 decimals into a percent takes 23 digits (the gap is at least 10^-6 / actual, in
 * relative terms); 40 leaves room for decimal and bigint sums. Fewer digits would not be faster
 * (a quotient costs the same at 20 digits, measured on 6,800 cells) and would change the ratios
 * reports carry.
 */
export const PreciseDecimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/**
 * Converts a number-like input to a Decimal, refusing NaN, Infinity and junk text.
 * Bad numbers here are programmer errors (data is validated by schemas first), so this throws.
 * @example
 * toDecimal('82300').toString(); // '82300'
 */
export function toDecimal(value: DecimalLike, what = 'value'): Decimal {
  if (typeof value === 'bigint') return new PreciseDecimal(value.toString());
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new CadreError('invalid_argument', `${what} must be a finite number, got ${value}`);
  }
  if (typeof value === 'string' && !/^[-+]?\d+(\.\d+)?$/.test(value.trim())) {
    throw new CadreError('invalid_argument', `${what} must be decimal text, got "${value}"`);
  }
  const d = new PreciseDecimal(typeof value === 'string' ? value.trim() : value);
  if (!d.isFinite()) {
    throw new CadreError(
      'invalid_argument',
      `${what} must be a finite number, got ${String(value)}`,
    );
  }
  return d;
}

/** A decimal as an integer numerator over 10^scale, so sums stay exact without Decimal. */
interface Scaled {
  units: bigint;
  scale: number;
}

function toScaled(text: string): Scaled {
  const t = text.trim();
  const negative = t.startsWith('-');
  const body = t.replace(/^[-+]/, '');
  const [whole = '0', frac = ''] = body.split('.');
  const units = BigInt(whole + frac);
  return { units: negative ? -units : units, scale: frac.length };
}

function rescale(v: Scaled, scale: number): bigint {
  return v.units * 10n ** BigInt(scale - v.scale);
}

/**
 * Writes `units / 10^scale` as plain decimal text without trailing fraction zeros.
 * @example
 * scaledToText(125n, 1); // '12.5'
 */
export function scaledToText(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const frac = scale > 0 ? digits.slice(digits.length - scale).replace(/0+$/, '') : '';
  const text = frac === '' ? whole : `${whole}.${frac}`;
  return negative && text !== '0' ? `-${text}` : text;
}

const SMALL_INTEGER = /^(?:0|[1-9]\d{0,14})$/;

/**
 * Adds two decimal texts exactly (integer or fixed-point, any length).
 * @example
 * addDecimalText('41', '0.5'); // '41.5'
 */
export function addDecimalText(a: string, b: string): string {
  // Plain integers below 10^15 add exactly as numbers and print as they would through bigint.
  if (SMALL_INTEGER.test(a) && SMALL_INTEGER.test(b)) return String(Number(a) + Number(b));
  const x = toScaled(a);
  const y = toScaled(b);
  const scale = Math.max(x.scale, y.scale);
  return scaledToText(rescale(x, scale) + rescale(y, scale), scale);
}

/**
 * A running exact sum for per-row paths: plain integers while they stay safe, then bigint;
 * fixed-point only once a non-integer value shows up.
 */
export interface ExactSum {
  small: number;
  big: bigint;
  scale: number;
}

/**
 * Starts an empty `ExactSum`.
 * @example
 * const s = newSum(); addToSum(s, 3); sumText(s); // '3'
 */
export function newSum(): ExactSum {
  return { small: 0, big: 0n, scale: 0 };
}

/**
 * Adds one value (an integer, or decimal text as observations carry it) to a running sum.
 * @example
 * const s = newSum(); addToSum(s, 2); addToSum(s, '0.5'); sumText(s); // '2.5'
 */
export function addToSum(sum: ExactSum, value: number | string): void {
  if (typeof value === 'number') {
    const next = sum.small + value;
    if (Number.isSafeInteger(next) && Number.isSafeInteger(value)) sum.small = next;
    // Past 2^53 or off the integers: switch to exact fixed-point.
    else addScaled(sum, toScaled(toDecimal(value).toFixed()));
    return;
  }
  if (value.length < 16 && /^\d+$/.test(value)) {
    addToSum(sum, Number(value));
    return;
  }
  addScaled(sum, toScaled(value));
}

function addScaled(sum: ExactSum, v: Scaled): void {
  if (v.scale > sum.scale) {
    sum.big *= 10n ** BigInt(v.scale - sum.scale);
    sum.scale = v.scale;
  }
  sum.big += rescale(v, sum.scale);
}

/**
 * The sum as decimal text: an integer string unless a non-integer value was added.
 * @example
 * const s = newSum(); addToSum(s, 41); sumText(s); // '41'
 */
export function sumText(sum: ExactSum): string {
  const total = sum.big + BigInt(sum.small) * 10n ** BigInt(sum.scale);
  return scaledToText(total, sum.scale);
}
