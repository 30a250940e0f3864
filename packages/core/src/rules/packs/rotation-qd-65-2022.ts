import type { RulePackInput } from '../book/pack-schema.js';

/**
 * Quy định 65-QĐ/TW (28/4/2022) on cadre rotation, replacing 98-QĐ/TW. Directions: top-down,
 * bottom-up, across localities and across agencies at the same level. Subjects: cadres in the
 * succession pool, plus key posts that must not be held by a local.
 */
export const rotationQd65of2022: RulePackInput = {
  id: 'vn.rotation.qd-65-2022',
  kind: 'rotation',
  reference: {
    number: '65',
    type: 'QĐ',
    issuer: 'TW',
    form: 'party',
    date: '2022-04-28',
    raw: '65-QĐ/TW',
    title: 'Quy định về luân chuyển cán bộ',
  },
  effectiveFrom: '2022-04-28',
  effectiveTo: null,
  title: { vi: 'Luân chuyển cán bộ (2022)', en: 'Cadre rotation (2022)' },
  verify: [
    'params.minRemainingMonths',
    'params.minRemainingMonthsSpecial',
    'params.minDurationMonths',
    'params.planningExemptPurposes',
  ],
  params: {
    minRemainingMonths: 120,
    minRemainingMonthsSpecial: 60,
    specialPurposes: ['non_local_leader', 'term_limit'],
    minDurationMonths: 36,
    allowedDirections: ['top_down', 'bottom_up', 'across_localities', 'same_level'],
    planning: 'any',
    planningExemptPurposes: ['non_local_leader'],
  },
};
