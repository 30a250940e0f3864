import type { RulePackInput } from '../book/pack-schema.js';

/**
 * Kết luận 40-KL/TW (18/7/2022) on staffing for 2022–2026: cut at least 5% of the cán bộ,
 * công chức staffing and at least 10% of the viên chức paid by the budget, against 2021.
 * `targetShare` is the cán bộ, công chức share; the evaluator takes the class's own share.
 */
export const staffReductionKl40of2022: RulePackInput = {
  id: 'vn.staff-reduction.kl-40-2022',
  kind: 'staff_reduction',
  reference: {
    number: '40',
    type: 'KL',
    issuer: 'TW',
    form: 'party',
    date: '2022-07-18',
    raw: '40-KL/TW',
    title:
      'Kết luận về nâng cao hiệu quả công tác quản lý biên chế của hệ thống chính trị giai đoạn 2022 – 2026',
  },
  effectiveFrom: '2022-07-18',
  effectiveTo: '2026-12-31',
  title: { vi: 'Tinh giản biên chế 2022–2026', en: 'Staff reduction 2022–2026' },
  // Date and shares read in TTXVN's report of 27/7/2022; the 2021 baseline is how the ministry
  // applies it, not yet read in the text.
  verify: ['params.baselineYear'],
  params: {
    baselineYear: 2021,
    targetShare: '0.05',
    targetDate: '2026-12-31',
    targetShareByClass: { cadre: '0.05', civil_servant: '0.05', public_employee: '0.1' },
  },
};
