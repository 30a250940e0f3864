import { Decimal } from 'decimal.js';
import { fail, type Issue, issue, ok, type Result } from '../../result/issue.js';
import type { PerformanceEvaluationPack } from '../book/pack-schema.js';
import { readScore, type ScoreInput } from './classify-performance-score.js';

/** Most products one period's score is computed from. */
export const MAX_PRODUCTS_PER_PERIOD = 10_000;
/** Most monthly or quarterly scores averaged into a year. */
export const MAX_PERIODS_PER_YEAR = 12;

/** One assigned product (sản phẩm/công việc), weighted as converted (đã quy đổi). */
export interface AssignedProduct {
  /** Converted weight, a positive whole number (1 when products are alike). */
  weight: number;
  completed: boolean;
  /** Times its quality was judged not up to the requirement, each losing 25% of its quality points. */
  qualityFailures: number;
  /** Times it was late, each losing 25% of its timeliness points. */
  delays: number;
}

/** The task part of a period's score and its three shares, all exact. */
export interface TaskScore {
  quantity: Decimal;
  quality: Decimal;
  timeliness: Decimal;
  /** The task points: taskMaxPoints × the weighted mean of the three shares. */
  points: Decimal;
}

/**
 * The task-result points of one month or quarter (NĐ 335/2025): quantity is the completed share
 * of the assigned weight; quality and timeliness count each completed product's weight less 25%
 * per failure or delay (never below zero), over the assigned weight. Exact decimals.
 * @example
 * // Four alike products, all done, one late once: timeliness 3.75 / 4.
 * scoreTasks(products, pack).value.timeliness.toString(); // '0.9375'
 */
export function scoreTasks(
  products: readonly AssignedProduct[],
  pack: PerformanceEvaluationPack,
): Result<TaskScore> {
  const issues: Issue[] = [];
  if (products.length === 0 || products.length > MAX_PRODUCTS_PER_PERIOD) {
    issues.push(
      issue(
        'performance.products_count',
        ['products'],
        `products: expected 1 to ${MAX_PRODUCTS_PER_PERIOD} assigned products, got ${products.length}`,
        `products: cần từ 1 đến ${MAX_PRODUCTS_PER_PERIOD} sản phẩm được giao, nhận được ${products.length}`,
      ),
    );
  }
  products.forEach((p, i) => {
    for (const [field, min] of [
      ['weight', 1],
      ['qualityFailures', 0],
      ['delays', 0],
    ] as const) {
      const v = p[field];
      if (Number.isSafeInteger(v) && v >= min) continue;
      issues.push(
        issue(
          'performance.product_invalid',
          ['products', i, field],
          `products[${i}].${field}: expected a whole number ≥ ${min}, got ${v}`,
          `products[${i}].${field}: cần số nguyên ≥ ${min}, nhận được ${v}`,
          v,
        ),
      );
    }
  });
  if (issues.length > 0) return fail(issues);

  const cut = new Decimal(pack.params.deductionPerFault);
  const kept = (faults: number) => Decimal.max(0, new Decimal(1).minus(cut.times(faults)));
  let assigned = 0;
  let done = 0;
  let quality = new Decimal(0);
  let timeliness = new Decimal(0);
  for (const p of products) {
    assigned += p.weight;
    if (!p.completed) continue;
    done += p.weight;
    quality = quality.plus(kept(p.qualityFailures).times(p.weight));
    timeliness = timeliness.plus(kept(p.delays).times(p.weight));
  }
  const shares = {
    quantity: new Decimal(done).div(assigned),
    quality: quality.div(assigned),
    timeliness: timeliness.div(assigned),
  };
  const w = pack.params.taskWeights;
  const totalWeight = w.quantity + w.quality + w.timeliness;
  const mean = shares.quantity
    .times(w.quantity)
    .plus(shares.quality.times(w.quality))
    .plus(shares.timeliness.times(w.timeliness))
    .div(totalWeight);
  return ok({ ...shares, points: mean.times(pack.params.taskMaxPoints) });
}

/**
 * One period's score: the general-criteria points (0 to 30) plus the task points.
 * @example
 * scorePeriod('28', products, pack); // ok: Decimal general + task
 */
export function scorePeriod(
  generalPoints: ScoreInput,
  products: readonly AssignedProduct[],
  pack: PerformanceEvaluationPack,
): Result<Decimal> {
  const general = readScore(generalPoints, ['generalPoints']);
  const tasks = scoreTasks(products, pack);
  const issues = [...(general.ok ? [] : general.issues), ...(tasks.ok ? [] : tasks.issues)];
  if (general.ok && general.value.gt(pack.params.generalMaxPoints)) {
    issues.push(
      issue(
        'performance.general_points_high',
        ['generalPoints'],
        `generalPoints: expected at most ${pack.params.generalMaxPoints}, got ${general.value.toString()}`,
        `generalPoints: điểm tiêu chí chung tối đa ${pack.params.generalMaxPoints}, nhận được ${general.value.toString()}`,
      ),
    );
  }
  if (issues.length > 0 || !general.ok || !tasks.ok) return fail(issues);
  return ok(general.value.plus(tasks.value.points));
}

/**
 * The year's score: the average of its monthly or quarterly scores, exact (1 to 12 of them).
 * @example
 * averageScores(['92', '88', '90', '86']); // ok: Decimal('89')
 */
export function averageScores(scores: readonly ScoreInput[]): Result<Decimal> {
  if (scores.length === 0 || scores.length > MAX_PERIODS_PER_YEAR) {
    return fail([
      issue(
        'performance.periods_count',
        ['scores'],
        `scores: expected 1 to ${MAX_PERIODS_PER_YEAR} monthly or quarterly scores, got ${scores.length}`,
        `scores: cần từ 1 đến ${MAX_PERIODS_PER_YEAR} điểm tháng hoặc quý, nhận được ${scores.length}`,
      ),
    ]);
  }
  const read = scores.map((s, i) => readScore(s, ['scores', i]));
  const issues = read.flatMap((r) => (r.ok ? [] : r.issues));
  if (issues.length > 0) return fail(issues);
  const sum = read.reduce((acc, r) => (r.ok ? acc.plus(r.value) : acc), new Decimal(0));
  return ok(sum.div(scores.length));
}
