import { formatCount } from './format-text.js';
import { renderAttainment, renderHeading } from './render-attainment.js';
import { renderReconciliation } from './render-reconciliation.js';
import { renderRotationPlan } from './render-rotation-plan.js';
import type { Review } from './run-review.js';

/**
 * The whole review as printed lines: heading and elapsed time, what the store loaded, one row
 * per target (Vietnamese, then English), the reconciliation of the reported figures and the
 * rotation plan against the rules in force.
 * @example
 * const review = await runReview(store);
 * if (review.ok) console.log(renderReview(review.value, { store: 'SQLite' }).join('\n'));
 */
export function renderReview(review: Review, options: { store: string }): string[] {
  const { programme, report, summary } = review;
  const s = summary;
  return [
    ...renderHeading(programme, report),
    `Kho dữ liệu ${options.store}: đọc ${formatCount(s.read, 'vi')} dòng, ${formatCount(s.imported, 'vi')} mới, ${formatCount(s.updated, 'vi')} cập nhật, ${formatCount(s.ignored, 'vi')} không đổi`,
    `${options.store} store: read ${formatCount(s.read, 'en')} rows, ${formatCount(s.imported, 'en')} new, ${formatCount(s.updated, 'en')} updated, ${formatCount(s.ignored, 'en')} unchanged`,
    '',
    ...renderAttainment(programme, report),
    '',
    ...renderReconciliation(programme, report, review.reported),
    '',
    ...renderRotationPlan(review.rotationPlan),
    ...report.issues.flatMap((i) => [`! ${i.messageVi ?? i.message}`, `  ${i.message}`]),
  ];
}
