import type { Decimal } from 'decimal.js';
import { CadreError } from '../result/error.js';
import { type DecimalLike, PreciseDecimal, toDecimal } from './decimal-text.js';
import type { Attainment, AttainmentStatus, Direction } from './types.js';

/** Ratio thresholds from the programme; text as programmes store it, or Decimals. */
export interface Bands {
  exceededAbove: DecimalLike;
  metAtLeast: DecimalLike;
}

/** What `computeAttainment` needs: one figure, its target and how to read them. */
export interface AttainmentInput {
  actual: DecimalLike;
  /** The target; null or undefined when none was set. For reductions: the percent of baseline to cut. */
  target: DecimalLike | null | undefined;
  /** Reductions: the level the cut is measured against (the 2015 headcount). */
  baseline?: DecimalLike | null;
  direction?: Direction;
  /** Defaults to vượt above 1, đạt at 1, chưa đạt below. */
  bands?: Bands;
  /** Pro-rata expectation (share of the period elapsed), for `onTrack`. */
  expectedShare?: DecimalLike;
}

const HUNDRED = new PreciseDecimal(100);

/**
 * Exact attainment of one figure. Status precedence for `at_least` and `reduction`: actual 0 is
 * `not_started` (even with no target); then a null or zero target is `no_target` (never a
 * division by zero); then the bands: `exceeded` when ratio > exceededAbove, `met` when
 * ratio ≥ metAtLeast, else `not_met`. `at_most` (a limit) is `met` while actual ≤ target, and a
 * limit of 0 is a real limit. Reductions: progress = actual / baseline and
 * ratio = progress / (target / 100). `onTrack` compares the ratio with `expectedShare`.
 * @example
 * const a = computeAttainment({ actual: 430, target: 180 });
 * a.status; // 'exceeded'
 * a.percent?.toFixed(2); // '238.89'
 */
export function computeAttainment(input: AttainmentInput): Attainment {
  const direction = input.direction ?? 'at_least';
  const actual = toDecimal(input.actual, 'actual');
  const target = optional(input.target, 'target');
  const baseline = optional(input.baseline, 'baseline');
  const share = input.expectedShare === undefined ? null : toDecimal(input.expectedShare);
  const bands = {
    exceededAbove: toDecimal(input.bands?.exceededAbove ?? 1, 'bands.exceededAbove'),
    metAtLeast: toDecimal(input.bands?.metAtLeast ?? 1, 'bands.metAtLeast'),
  };
  const base = { actual, target, baseline, direction, expectedShare: share };
  const none = { ratio: null, percent: null, progress: null, progressPercent: null };

  if (direction === 'at_most') {
    if (target === null) return { ...base, ...none, status: 'no_target', onTrack: null };
    const ratio = target.isZero() ? null : actual.div(target);
    const met = actual.lte(target);
    return {
      ...base,
      ...none,
      ratio,
      percent: ratio === null ? null : ratio.times(HUNDRED),
      status: met ? 'met' : 'not_met',
      onTrack: share === null ? null : met,
    };
  }

  let progress: Decimal | null = null;
  if (direction === 'reduction' && baseline !== null && !baseline.isZero()) {
    progress = actual.div(baseline);
  }
  const progressPart = {
    progress,
    progressPercent: progress === null ? null : progress.times(HUNDRED),
  };
  if (actual.isZero()) {
    const ratio = target === null || target.isZero() ? null : actual;
    return withRatio(base, progressPart, ratio, 'not_started', share);
  }
  if (target === null || target.isZero()) {
    return {
      ...base,
      ...progressPart,
      ratio: null,
      percent: null,
      status: 'no_target',
      onTrack: null,
    };
  }
  if (direction === 'reduction') {
    if (baseline === null || baseline.isZero()) {
      return {
        ...base,
        ...progressPart,
        ratio: null,
        percent: null,
        status: 'no_target',
        onTrack: null,
      };
    }
    // One division: actual × 100 / (baseline × target%), so no rounding step sits in between.
    const ratio = actual.times(HUNDRED).div(baseline.times(target));
    return withRatio(base, progressPart, ratio, bandStatus(ratio, bands), share);
  }
  const ratio = actual.div(target);
  return withRatio(base, progressPart, ratio, bandStatus(ratio, bands), share);
}

function withRatio(
  base: Pick<Attainment, 'actual' | 'target' | 'baseline' | 'direction' | 'expectedShare'>,
  progressPart: Pick<Attainment, 'progress' | 'progressPercent'>,
  ratio: Decimal | null,
  status: AttainmentStatus,
  share: Decimal | null,
): Attainment {
  return {
    ...base,
    ...progressPart,
    ratio,
    percent: ratio === null ? null : ratio.times(HUNDRED),
    status,
    onTrack: ratio === null || share === null ? null : ratio.gte(share),
  };
}

function bandStatus(ratio: Decimal, bands: { exceededAbove: Decimal; metAtLeast: Decimal }) {
  if (ratio.gt(bands.exceededAbove)) return 'exceeded' as const;
  if (ratio.gte(bands.metAtLeast)) return 'met' as const;
  return 'not_met' as const;
}

function optional(value: DecimalLike | null | undefined, what: string): Decimal | null {
  if (value === null || value === undefined) return null;
  const d = toDecimal(value, what);
  // Schemas only admit non-negative targets and baselines; a negative one is a caller's bug.
  if (d.isNegative() && !d.isZero()) {
    throw new CadreError('invalid_argument', `${what} must not be negative, got ${d.toString()}`);
  }
  return d;
}
