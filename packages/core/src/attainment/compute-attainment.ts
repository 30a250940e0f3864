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
  const share = input.expectedShare === undefined ? null : precise(input.expectedShare);
  const exceededAbove = precise(input.bands?.exceededAbove ?? 1, 'bands.exceededAbove');
  const metAtLeast = precise(input.bands?.metAtLeast ?? 1, 'bands.metAtLeast');
  const base: Base = { actual, target, baseline, direction, expectedShare: share };

  if (direction === 'at_most') {
    if (target === null) return result(base, null, null, 'no_target', null);
    const ratio = target.isZero() ? null : actual.div(target);
    const met = actual.lte(target);
    return result(base, ratio, null, met ? 'met' : 'not_met', share === null ? null : met);
  }

  let progress: Decimal | null = null;
  if (direction === 'reduction' && baseline !== null && !baseline.isZero()) {
    progress = actual.div(baseline);
  }
  if (actual.isZero()) {
    const ratio = target === null || target.isZero() ? null : actual;
    return result(base, ratio, progress, 'not_started', onTrack(ratio, share));
  }
  if (target === null || target.isZero()) return result(base, null, progress, 'no_target', null);
  let ratio: Decimal;
  if (direction === 'reduction') {
    if (baseline === null || baseline.isZero()) {
      return result(base, null, progress, 'no_target', null);
    }
    // One division: actual × 100 / (baseline × target%), so no rounding step sits in between.
    ratio = actual.times(HUNDRED).div(baseline.times(target));
  } else ratio = actual.div(target);
  const status = ratio.gt(exceededAbove) ? 'exceeded' : ratio.gte(metAtLeast) ? 'met' : 'not_met';
  return result(base, ratio, progress, status, onTrack(ratio, share));
}

type Base = Pick<Attainment, 'actual' | 'target' | 'baseline' | 'direction' | 'expectedShare'>;

// Built field by field rather than by object spread, which V8 runs slowly enough to dominate a
// 6,800-cell report; the key order is the one results always had (it shows in JSON).
function result(
  b: Base,
  ratio: Decimal | null,
  progress: Decimal | null,
  status: AttainmentStatus,
  onTrack: boolean | null,
): Attainment {
  const percent = ratio === null ? null : ratio.times(HUNDRED);
  const progressPercent = progress === null ? null : progress.times(HUNDRED);
  const { actual, target, baseline, direction, expectedShare } = b;
  return direction === 'at_most'
    ? {
        actual,
        target,
        baseline,
        direction,
        expectedShare,
        ratio,
        percent,
        progress,
        progressPercent,
        status,
        onTrack,
      }
    : {
        actual,
        target,
        baseline,
        direction,
        expectedShare,
        progress,
        progressPercent,
        ratio,
        percent,
        status,
        onTrack,
      };
}

function onTrack(ratio: Decimal | null, share: Decimal | null): boolean | null {
  return ratio === null || share === null ? null : ratio.gte(share);
}

/** Bands and shares arrive as PreciseDecimals from report code; Decimals are immutable, so no copy. */
function precise(value: DecimalLike, what?: string): Decimal {
  return value instanceof PreciseDecimal ? value : toDecimal(value, what);
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
