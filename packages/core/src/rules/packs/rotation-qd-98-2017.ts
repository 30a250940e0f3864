import type { RulePackInput } from '../book/pack-schema.js';

/**
 * Quy định 98-QĐ/TW (7/10/2017) on cadre rotation: two terms (10 years) of working time left at
 * the rotation date, one term (5 years) when placing a non-local leader or enforcing the
 * two-term limit. Replaced by 65-QĐ/TW on 28/4/2022.
 */
export const rotationQd98of2017: RulePackInput = {
  id: 'vn.rotation.qd-98-2017',
  kind: 'rotation',
  reference: {
    number: '98',
    type: 'QĐ',
    issuer: 'TW',
    form: 'party',
    date: '2017-10-07',
    raw: '98-QĐ/TW',
    title: 'Quy định về luân chuyển cán bộ',
  },
  effectiveFrom: '2017-10-07',
  effectiveTo: '2022-04-27',
  title: { vi: 'Luân chuyển cán bộ (2017)', en: 'Cadre rotation (2017)' },
  verify: ['params.minDurationMonths', 'params.allowedDirections'],
  params: {
    minRemainingMonths: 120,
    minRemainingMonthsSpecial: 60,
    specialPurposes: ['non_local_leader', 'term_limit'],
    minDurationMonths: 36,
    allowedDirections: ['top_down', 'bottom_up', 'across_localities', 'same_level'],
    planning: 'any',
    planningExemptPurposes: [],
  },
};
