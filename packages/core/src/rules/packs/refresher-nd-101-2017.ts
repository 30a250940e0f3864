import type { RulePackInput } from '../book/pack-schema.js';

/**
 * Mandatory yearly refresher training (bồi dưỡng): at least 40 tiết (one week) per person per
 * year, under Nghị định 101/2017/NĐ-CP on training civil servants and public employees.
 * Nghị định 89/2021/NĐ-CP (18/10/2021) amended it and removed the yearly minimum, so the pack
 * ends the day before 89/2021 took effect; no later national act sets a yearly minimum again.
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
  effectiveTo: '2021-12-09',
  title: { vi: 'Bồi dưỡng bắt buộc hằng năm', en: 'Mandatory yearly refresher training' },
  verify: ['params.minHoursPerYear', 'effectiveFrom', 'effectiveTo'],
  params: { minHoursPerYear: 40, countedStatuses: ['completed'] },
};
