import type { RulePackInput } from '../book/pack-schema.js';

/**
 * Nghị định 154/2025/NĐ-CP (15/6/2025, in force 16/6/2025) on tinh giản biên chế: who may be
 * cut and their benefits, until 31/12/2030; it replaced Nghị định 29/2023/NĐ-CP. It sets no
 * share to cut: the shares come from the Party's conclusions (staff_reduction packs).
 */
export const staffReductionRegimeNd154of2025: RulePackInput = {
  id: 'vn.staff-reduction-regime.nd-154-2025',
  kind: 'staff_reduction_regime',
  reference: {
    number: '154',
    year: 2025,
    type: 'NĐ',
    issuer: 'CP',
    form: 'state',
    date: '2025-06-15',
    raw: '154/2025/NĐ-CP',
    title: 'Nghị định quy định về tinh giản biên chế',
  },
  effectiveFrom: '2025-06-16',
  effectiveTo: null,
  title: { vi: 'Chính sách tinh giản biên chế (2025)', en: 'Staff-reduction regime (2025)' },
  verify: ['reference.date', 'effectiveFrom', 'params.benefitsUntil', 'params.replaces'],
  params: { benefitsUntil: '2030-12-31', replaces: ['29/2023/NĐ-CP'] },
};
