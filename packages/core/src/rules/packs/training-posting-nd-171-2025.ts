import type { RulePackInput } from '../book/pack-schema.js';

/**
 * Nghị định 171/2025/NĐ-CP on training civil servants (công chức only; in force 1/7/2025): a
 * first postgraduate posting needs at least 3 years of service, the last 2 consecutive years
 * graded at least good, and at most 45 years of age at the posting (40 before); the service owed
 * afterwards is at least 3 times the training time (2 before). Who quits or is dismissed during
 * training, or gets no degree, refunds the cost; who leaves before the commitment ends refunds a
 * share. The share's formula is taken from NĐ 101/2017 until checked against the text.
 */
export const trainingPostingNd171of2025: RulePackInput = {
  id: 'vn.training-posting.nd-171-2025',
  kind: 'training_posting',
  reference: {
    number: '171',
    year: 2025,
    type: 'NĐ',
    issuer: 'CP',
    form: 'state',
    date: '2025-06-30',
    raw: '171/2025/NĐ-CP',
    title: 'Nghị định quy định về đào tạo, bồi dưỡng công chức',
  },
  effectiveFrom: '2025-07-01',
  effectiveTo: null,
  title: {
    vi: 'Cử công chức đi đào tạo sau đại học (2025)',
    en: 'Postgraduate postings of civil servants (2025)',
  },
  verify: ['reference.date', 'params.proRataRefundReasons'],
  params: {
    minServiceMonths: 36,
    gradedYears: 2,
    gradesRequired: ['excellent', 'good'],
    maxAgeFirstPostgraduate: 45,
    commitmentMultiple: 3,
    fullRefundReasons: ['quit_during_training', 'no_degree', 'dismissed'],
    proRataRefundReasons: ['left_before_commitment'],
  },
};
