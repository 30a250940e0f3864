import type { RulePackInput } from '../book/pack-schema.js';

/**
 * Bộ luật Lao động 2019 (45/2019/QH14) art. 169 and Nghị định 135/2020/NĐ-CP art. 4 and
 * Appendix I: the age applies by the calendar year in which the person reaches it.
 * Men: 60y3m in 2021, +3 months a year, 62 from 2028. Women: 55y4m in 2021, +4 months a year,
 * 60 from 2035. Before 2021 the 2012 code's 60 / 55 apply (the initial ages).
 */
export const retirementNd135of2020: RulePackInput = {
  id: 'vn.retirement.nd-135-2020',
  kind: 'retirement',
  reference: {
    number: '135',
    year: 2020,
    type: 'NĐ',
    issuer: 'CP',
    form: 'state',
    date: '2020-11-18',
    raw: '135/2020/NĐ-CP',
    title: 'Nghị định quy định về tuổi nghỉ hưu (Bộ luật Lao động 2019, Điều 169)',
  },
  effectiveFrom: '2021-01-01',
  effectiveTo: null,
  title: { vi: 'Lộ trình tuổi nghỉ hưu', en: 'Retirement age roadmap' },
  params: {
    male: {
      initialAgeMonths: 60 * 12,
      steps: [
        { fromYear: 2021, ageMonths: 60 * 12 + 3 },
        { fromYear: 2022, ageMonths: 60 * 12 + 6 },
        { fromYear: 2023, ageMonths: 60 * 12 + 9 },
        { fromYear: 2024, ageMonths: 61 * 12 },
        { fromYear: 2025, ageMonths: 61 * 12 + 3 },
        { fromYear: 2026, ageMonths: 61 * 12 + 6 },
        { fromYear: 2027, ageMonths: 61 * 12 + 9 },
        { fromYear: 2028, ageMonths: 62 * 12 },
      ],
    },
    female: {
      initialAgeMonths: 55 * 12,
      steps: [
        { fromYear: 2021, ageMonths: 55 * 12 + 4 },
        { fromYear: 2022, ageMonths: 55 * 12 + 8 },
        { fromYear: 2023, ageMonths: 56 * 12 },
        { fromYear: 2024, ageMonths: 56 * 12 + 4 },
        { fromYear: 2025, ageMonths: 56 * 12 + 8 },
        { fromYear: 2026, ageMonths: 57 * 12 },
        { fromYear: 2027, ageMonths: 57 * 12 + 4 },
        { fromYear: 2028, ageMonths: 57 * 12 + 8 },
        { fromYear: 2029, ageMonths: 58 * 12 },
        { fromYear: 2030, ageMonths: 58 * 12 + 4 },
        { fromYear: 2031, ageMonths: 58 * 12 + 8 },
        { fromYear: 2032, ageMonths: 59 * 12 },
        { fromYear: 2033, ageMonths: 59 * 12 + 4 },
        { fromYear: 2034, ageMonths: 59 * 12 + 8 },
        { fromYear: 2035, ageMonths: 60 * 12 },
      ],
    },
  },
};
