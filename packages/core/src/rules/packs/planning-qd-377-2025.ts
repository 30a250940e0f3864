import type { RulePackInput } from '../book/pack-schema.js';

/**
 * Quy định 377-QĐ/TW (10/2025): at most 3 cadres planned per post and at most 3 posts per
 * cadre; the QĐ 50 shares and the full-term age condition carry over. Secondary source: the
 * day of issue and the carried-over params need checking against the text.
 */
export const planningQd377of2025: RulePackInput = {
  id: 'vn.planning.qd-377-2025',
  kind: 'planning',
  reference: {
    number: '377',
    type: 'QĐ',
    issuer: 'TW',
    form: 'party',
    date: '2025-10-08',
    raw: '377-QĐ/TW',
    title: 'Quy định về quy hoạch cán bộ',
  },
  effectiveFrom: '2025-10-08',
  effectiveTo: null,
  title: { vi: 'Quy hoạch cán bộ (2025)', en: 'Succession planning (2025)' },
  verify: [
    'reference.date',
    'effectiveFrom',
    'params.maxPersonsPerPost',
    'params.maxPostsPerPerson',
    'params.youngMinShare',
    'params.womenMinShare',
    'params.youthAgeByLevel',
  ],
  params: {
    youngMinShare: '0.15',
    womenMinShare: '0.25',
    youthAgeByLevel: { central: 45, province: 40 },
    maxPersonsPerPost: 3,
    maxPostsPerPerson: 3,
    minRemainingMonths: 60,
  },
};
