import { Decimal } from 'decimal.js';
import type { IsoDate } from '../../dates/calendar-date.js';
import { fail, issue, ok, type Result } from '../../result/issue.js';
import type { PerformanceEvaluationPack, PerformanceGrade } from '../book/pack-schema.js';
import { builtInRuleBook, type RuleBook } from '../book/rule-book.js';

/** A score as given: a Decimal, decimal text ("89.99") or a finite number. */
export type ScoreInput = Decimal | string | number;

/** Where and when a score is graded, and whether a disqualifying event happened in the year. */
export interface ClassifyOptions {
  asOf: IsoDate;
  /** Discipline of khiển trách or above in the year, or another event the act lists. */
  disqualified?: boolean;
  book?: RuleBook;
  scope?: string;
}

/** A grade and the pack that set it. */
export interface PerformanceClassification {
  grade: PerformanceGrade;
  score: Decimal;
  pack: PerformanceEvaluationPack;
}

/**
 * Reads a score exactly; a number goes through its shortest decimal text, so 89.99 stays 89.99.
 * @example
 * readScore('89.99', ['score']); // { ok: true, value: Decimal('89.99') }
 */
export function readScore(value: ScoreInput, path: (string | number)[]): Result<Decimal> {
  let d: Decimal | null = null;
  try {
    d =
      value instanceof Decimal
        ? value
        : new Decimal(typeof value === 'number' ? String(value) : value);
  } catch {
    d = null;
  }
  if (d === null || !d.isFinite() || d.lt(0) || d.gt(100)) {
    return fail([
      issue(
        'performance.score_invalid',
        path,
        `${path.join('.')}: expected a score from 0 to 100, got ${String(value)}`,
        `${path.join('.')}: điểm phải từ 0 đến 100, nhận được ${String(value)}`,
        String(value),
      ),
    ]);
  }
  return ok(d);
}

/**
 * The grade of a year's score under the performance pack in force at `asOf` (NĐ 335/2025 from
 * 1/1/2026): ≥ 90 excellent, 70 to under 90 good, 50 to under 70 completed, under 50 — or any
 * disqualifying event — not completed. Comparisons are exact. `null` when no pack is in force:
 * there is no grade to give, not a bad one.
 * @example
 * classifyPerformanceScore('89.99', { asOf: '2026-12-31' }); // ok: { grade: 'good', … }
 * classifyPerformanceScore(95, { asOf: '2025-12-31' }); // ok: null (no rule in force)
 */
export function classifyPerformanceScore(
  score: ScoreInput,
  options: ClassifyOptions,
): Result<PerformanceClassification | null> {
  const read = readScore(score, ['score']);
  if (!read.ok) return read;
  const book = options.book ?? builtInRuleBook();
  const found = book.packInForce(
    'performance_evaluation',
    options.asOf,
    options.scope === undefined ? {} : { scope: options.scope },
  );
  if (!found.ok) return ok(null);
  const pack = found.value;
  return ok({
    grade: gradeOf(read.value, pack, options.disqualified === true),
    score: read.value,
    pack,
  });
}

/**
 * The grade of an exact score under one pack.
 * @example
 * gradeOf(new Decimal(70), pack, false); // 'good'
 */
export function gradeOf(
  score: Decimal,
  pack: PerformanceEvaluationPack,
  disqualified: boolean,
): PerformanceGrade {
  if (disqualified) return 'not_completed';
  // Bands are listed best first; the first whose floor the score reaches is the grade.
  const band = pack.params.bands.find((b) => score.gte(b.minScore));
  return band === undefined ? 'not_completed' : band.grade;
}
