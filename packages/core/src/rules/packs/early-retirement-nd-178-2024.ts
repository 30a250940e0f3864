import type { RulePackInput } from '../book/pack-schema.js';

/**
 * Nghị định 178/2024/NĐ-CP (in force 1/1/2025) as amended by Nghị định 67/2025/NĐ-CP
 * (15/3/2025): who retires early because of the restructuring of the political system keeps the
 * full pension rate when 2 to 5 years early and gets 5 months' salary per year early; 5 to 10
 * years early gets 4 months' salary per year early; both get 5 months for the first 20 years of
 * social insurance and half a month per year beyond. Years early count in whole years here.
 */
export const earlyRetirementNd178of2024: RulePackInput = {
  id: 'vn.early-retirement.nd-178-2024',
  kind: 'early_retirement',
  reference: {
    number: '178',
    year: 2024,
    type: 'NĐ',
    issuer: 'CP',
    form: 'state',
    date: '2024-12-31',
    raw: '178/2024/NĐ-CP (sửa đổi bởi 67/2025/NĐ-CP)',
    title:
      'Nghị định về chính sách, chế độ đối với cán bộ, công chức, viên chức, người lao động và lực lượng vũ trang trong thực hiện sắp xếp tổ chức bộ máy của hệ thống chính trị',
  },
  effectiveFrom: '2025-01-01',
  effectiveTo: null,
  title: { vi: 'Nghỉ hưu trước tuổi khi sắp xếp bộ máy', en: 'Early retirement in restructuring' },
  verify: [
    'reference.date',
    'params.bands',
    'params.minInsuranceYears',
    'params.lumpSumBaseYears',
    'params.lumpSumBaseMonths',
    'params.lumpSumPerYearBeyond',
  ],
  params: {
    bands: [
      { fromMonthsEarly: 24, toMonthsEarly: 60, monthsPerYearEarly: 5, pensionRateKept: true },
      { fromMonthsEarly: 61, toMonthsEarly: 120, monthsPerYearEarly: 4, pensionRateKept: true },
    ],
    minInsuranceYears: 20,
    lumpSumBaseYears: 20,
    lumpSumBaseMonths: 5,
    lumpSumPerYearBeyond: '0.5',
  },
};
