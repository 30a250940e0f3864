import type { RulePackInput } from '../book/pack-schema.js';

/**
 * Nghị định 101/2017/NĐ-CP on training civil servants: a first postgraduate posting needs at
 * least 3 years of service, the last 2 years graded at least good, and at most 40 years of age;
 * the service owed afterwards is at least twice the training time. For công chức, Nghị định
 * 171/2025/NĐ-CP replaced these rules on 1/7/2025.
 */
export const trainingPostingNd101of2017: RulePackInput = {
  id: 'vn.training-posting.nd-101-2017',
  kind: 'training_posting',
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
  effectiveTo: '2025-06-30',
  title: {
    vi: 'Cử công chức đi đào tạo sau đại học (2017)',
    en: 'Postgraduate postings of civil servants (2017)',
  },
  verify: ['params.fullRefundReasons', 'params.proRataRefundReasons'],
  params: {
    minServiceMonths: 36,
    gradedYears: 2,
    gradesRequired: ['excellent', 'good'],
    maxAgeFirstPostgraduate: 40,
    commitmentMultiple: 2,
    fullRefundReasons: ['quit_during_training', 'no_degree', 'dismissed'],
    proRataRefundReasons: ['left_before_commitment'],
  },
};
