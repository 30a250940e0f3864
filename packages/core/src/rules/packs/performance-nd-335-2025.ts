import type { RulePackInput } from '../book/pack-schema.js';

/**
 * Nghị định 335/2025/NĐ-CP on evaluating and grading civil servants: 100 points a month or
 * quarter, 30 for general criteria and 70 for task results (quantity, quality and timeliness of
 * the assigned products; each failed quality check or delay loses 25% of that product's quality
 * or timeliness points). The year's grade comes from the average: ≥ 90 excellent, 70 to under 90
 * good, 50 to under 70 completed, under 50 not completed; a disqualifying event (discipline of
 * khiển trách or above in the year, and the other listed events) is not completed whatever the
 * score. Those graded excellent may not exceed 20% of those graded good, within one unit and one
 * group of similar tasks. The weights of quantity, quality and timeliness are not in the
 * summaries read: equal until checked.
 */
export const performanceNd335of2025: RulePackInput = {
  id: 'vn.performance-evaluation.nd-335-2025',
  kind: 'performance_evaluation',
  reference: {
    number: '335',
    year: 2025,
    type: 'NĐ',
    issuer: 'CP',
    form: 'state',
    raw: '335/2025/NĐ-CP',
    title:
      'Nghị định quy định về đánh giá, xếp loại chất lượng đối với cơ quan hành chính nhà nước và công chức',
  },
  effectiveFrom: '2026-01-01',
  effectiveTo: null,
  title: {
    vi: 'Đánh giá, xếp loại chất lượng công chức theo thang điểm 100',
    en: 'Grading civil servants on a 100-point score',
  },
  verify: ['reference.date', 'params.taskWeights'],
  params: {
    generalMaxPoints: 30,
    taskMaxPoints: 70,
    deductionPerFault: '0.25',
    taskWeights: { quantity: 1, quality: 1, timeliness: 1 },
    bands: [
      { grade: 'excellent', minScore: '90' },
      { grade: 'good', minScore: '70' },
      { grade: 'completed', minScore: '50' },
    ],
    excellentMaxShareOfGood: '0.2',
  },
};
