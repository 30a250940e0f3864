import type { RulePackInput } from '../book/pack-schema.js';

/**
 * Quy định 377-QĐ/TW (8/10/2025, in force the same day; replaces QĐ 50/2021, 41/2021, 80/2022,
 * 148/2024): at most 3 cadres planned per post and at most 3 posts per cadre at the same level.
 * It asks to strive for young, women and ethnic-minority cadres but sets no share and no youth
 * age, so those are null here and the pack applies at every level, the commune included. The
 * full-term age condition is carried over from QĐ 50 until checked.
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
    title:
      'Quy định về phân cấp quản lý cán bộ và quy hoạch, bổ nhiệm, giới thiệu ứng cử, tạm đình chỉ công tác, cho thôi giữ chức vụ, từ chức, miễn nhiệm đối với cán bộ',
  },
  effectiveFrom: '2025-10-08',
  effectiveTo: null,
  title: { vi: 'Quy hoạch cán bộ (2025)', en: 'Succession planning (2025)' },
  verify: ['params.minRemainingMonths'],
  params: {
    youngMinShare: null,
    womenMinShare: null,
    youthAgeByLevel: {},
    maxPersonsPerPost: 3,
    maxPostsPerPerson: 3,
    minRemainingMonths: 60,
  },
};
