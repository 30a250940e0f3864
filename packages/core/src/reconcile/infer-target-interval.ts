import type { Decimal } from 'decimal.js';
import { type DecimalLike, PreciseDecimal, toDecimal } from '../attainment/decimal-text.js';
import { CadreError } from '../result/error.js';
import { parseReportedPercent, type ReportedPercent } from './parse-reported-percent.js';

/** Integer targets from `min` to `max` inclusive; `max` null means no upper bound. */
export interface IntRange {
  min: number;
  max: number | null;
}

/** Integer targets consistent with a reported percentage, per reading; null when none is. */
export interface TargetInterval {
  /** The figure was rounded half-up to its last digit. */
  rounding: IntRange | null;
  /** The figure was cut after its last digit. */
  truncation: IntRange | null;
  /** Either reading. */
  union: IntRange | null;
}

/** A range of exact percentages p, with open or closed ends. */
export interface PercentRange {
  lo: Decimal;
  loClosed: boolean;
  hi: Decimal;
  hiClosed: boolean;
}

/** Default width of "gần X" and "hơn X", in percentage points. */
export const DEFAULT_NEAR_BAND = 1;

/**
 * The exact percentages p a reported figure X stands for, with ulp = one unit of its last shown
 * digit (1 for "238%", 0,1 for "8,1%"): exact under rounding p ∈ [X − ulp/2, X + ulp/2), under
 * truncation p ∈ [X, X + ulp); "gần X" p ∈ [X − nearBand, X); "hơn/trên X" p ∈ (X, X + nearBand].
 * For "gần" and "hơn" both readings are the same range.
 * @example
 * percentRanges(parsed, 1).rounding; // { lo: 237.5, loClosed: true, hi: 238.5, hiClosed: false }
 */
export function percentRanges(
  reported: ReportedPercent,
  nearBand: DecimalLike = DEFAULT_NEAR_BAND,
): { rounding: PercentRange; truncation: PercentRange; union: PercentRange } {
  const x = reported.value;
  const band = toDecimal(nearBand, 'nearBand');
  if (reported.qualifier === 'near') {
    const r = { lo: x.minus(band), loClosed: true, hi: x, hiClosed: false };
    return { rounding: r, truncation: r, union: r };
  }
  if (reported.qualifier === 'over') {
    const r = { lo: x, loClosed: false, hi: x.plus(band), hiClosed: true };
    return { rounding: r, truncation: r, union: r };
  }
  const ulp = new PreciseDecimal(10).pow(-reported.decimals);
  const half = ulp.div(2);
  return {
    rounding: { lo: x.minus(half), loClosed: true, hi: x.plus(half), hiClosed: false },
    truncation: { lo: x, loClosed: true, hi: x.plus(ulp), hiClosed: false },
    union: { lo: x.minus(half), loClosed: true, hi: x.plus(ulp), hiClosed: false },
  };
}

/**
 * Infers the integer targets T that make 100 × actual / T match a reported percentage, under
 * rounding and under truncation. `nearBand` (default 1 percentage point) is how far below X
 * "gần X" may be, and how far above X "hơn X" may be.
 * A reported text that does not parse is a caller's bug here (check it with
 * `parseReportedPercent` first) and throws `CadreError`.
 * @example
 * inferTargetInterval(430, 'đạt 238% KH'); // { rounding: { min: 181, max: 181 }, truncation: { min: 180, max: 180 }, union: { min: 180, max: 181 } }
 * inferTargetInterval(79, '45%').rounding; // { min: 174, max: 177 }
 */
export function inferTargetInterval(
  actual: DecimalLike,
  reported: ReportedPercent | string,
  options: { nearBand?: DecimalLike } = {},
): TargetInterval {
  const a = toDecimal(actual, 'actual');
  if (a.isNegative() && !a.isZero()) {
    throw new CadreError('invalid_argument', `actual must not be negative, got ${a.toString()}`);
  }
  const r = toReported(reported);
  const ranges = percentRanges(r, options.nearBand ?? DEFAULT_NEAR_BAND);
  return {
    rounding: targetsFor(a, ranges.rounding),
    truncation: targetsFor(a, ranges.truncation),
    union: targetsFor(a, ranges.union),
  };
}

/**
 * Whether an exact percentage lies in a range.
 * @example
 * inPercentRange(new Decimal(69.5), { lo: new Decimal(69), loClosed: true, hi: new Decimal(70), hiClosed: false }); // true
 */
export function inPercentRange(p: Decimal, range: PercentRange): boolean {
  const aboveLo = range.loClosed ? p.gte(range.lo) : p.gt(range.lo);
  const belowHi = range.hiClosed ? p.lte(range.hi) : p.lt(range.hi);
  return aboveLo && belowHi;
}

/** Turns a text into a parsed figure; a bad text is the caller's bug here. */
export function toReported(reported: ReportedPercent | string): ReportedPercent {
  if (typeof reported !== 'string') return reported;
  const parsed = parseReportedPercent(reported);
  if (!parsed.ok) {
    throw new CadreError(
      'invalid_argument',
      parsed.issues[0]?.message ?? 'bad reported percentage',
      {
        details: parsed.issues,
      },
    );
  }
  return parsed.value;
}

// p = 100a / T falls as T grows: p below the top holds from some T on (the least is `min`),
// p above the bottom holds up to some T (the greatest is `max`). Division gives the guess,
// exact multiplication settles it.
function targetsFor(a: Decimal, range: PercentRange): IntRange | null {
  const hundredA = a.times(100);
  if (hundredA.isZero()) return inPercentRange(hundredA, range) ? { min: 1, max: null } : null;
  if (range.hi.lte(0)) return null;
  const one = new PreciseDecimal(1);
  let min = PreciseDecimal.max(one, hundredA.div(range.hi).floor());
  while (min.gt(1) && inHi(hundredA, min.minus(1), range)) min = min.minus(1);
  while (!inHi(hundredA, min, range)) min = min.plus(1);
  if (range.lo.lte(0)) return { min: min.toNumber(), max: null };
  let max = hundredA.div(range.lo).ceil();
  while (max.gte(1) && !inLo(hundredA, max, range)) max = max.minus(1);
  while (inLo(hundredA, max.plus(1), range)) max = max.plus(1);
  if (max.lt(min)) return null;
  return { min: min.toNumber(), max: max.toNumber() };
}

/** p = 100a/T is below the range's top (T × hi vs 100a, no division). */
function inHi(hundredA: Decimal, t: Decimal, range: PercentRange): boolean {
  const top = t.times(range.hi);
  return range.hiClosed ? hundredA.lte(top) : hundredA.lt(top);
}

/** p = 100a/T is above the range's bottom. */
function inLo(hundredA: Decimal, t: Decimal, range: PercentRange): boolean {
  if (t.lte(0)) return false;
  const bottom = t.times(range.lo);
  return range.loClosed ? hundredA.gte(bottom) : hundredA.gt(bottom);
}
