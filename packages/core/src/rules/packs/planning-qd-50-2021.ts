import type { RulePackInput } from '../book/pack-schema.js';

/**
 * Quy định 50-QĐ/TW (27/12/2021) on cadre succession planning: young cadres at least 15% and
 * women at least 25% of the pool; each planned cadre has age left for a full term (5 years).
 * "Young" is under 45 at central level, under 40 at province level.
 */
export const planningQd50of2021: RulePackInput = {
  id: 'vn.planning.qd-50-2021',
  kind: 'planning',
  reference: {
    number: '50',
    type: 'QĐ',
    issuer: 'TW',
    form: 'party',
    date: '2021-12-27',
    raw: '50-QĐ/TW',
    title: 'Quy định về công tác quy hoạch cán bộ',
  },
  effectiveFrom: '2021-12-27',
  effectiveTo: '2025-10-07',
  title: { vi: 'Quy hoạch cán bộ (2021)', en: 'Succession planning (2021)' },
  verify: [
    'params.youthAgeByLevel.district',
    'params.maxPersonsPerPost',
    'params.maxPostsPerPerson',
    'effectiveTo',
  ],
  params: {
    youngMinShare: '0.15',
    womenMinShare: '0.25',
    youthAgeByLevel: { central: 45, province: 40, district: 35 },
    maxPersonsPerPost: 3,
    maxPostsPerPerson: 3,
    minRemainingMonths: 60,
  },
};
