import type { RulePackInput } from '../book/pack-schema.js';

/**
 * Mandatory yearly refresher training (bồi dưỡng): at least 40 tiết (one week) per person per
 * year, under Nghị định 101/2017/NĐ-CP on training civil servants and public employees.
 * Secondary source: the figure and the article need checking against the text.
 */
export const refresherNd101of2017: RulePackInput = {
  id: 'vn.refresher-training.nd-101-2017',
  kind: 'refresher_training',
  reference: {
    number: '101',
    year: 2017,
    type: 'NĐ',
    issuer: 'CP',
    form: 'state',
    date: '2017-09-01',
    raw: '101/2017/NĐ-CP',
    title: 'Nghị định về đào tạo, bồi dưỡng cán bộ, công chức, viên chức',
  },
  effectiveFrom: '2017-10-15',
  effectiveTo: null,
  title: { vi: 'Bồi dưỡng bắt buộc hằng năm', en: 'Mandatory yearly refresher training' },
  verify: ['params.minHoursPerYear', 'effectiveFrom'],
  params: { minHoursPerYear: 40, countedStatuses: ['completed'] },
};
