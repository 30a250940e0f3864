import type { RulePackInput } from '../book/pack-schema.js';

/**
 * Nghị quyết 39-NQ/TW (17/4/2015) on staff reduction: cut at least 10% of the 2015 headcount by
 * 2021. Chỉ thị 02/CT-TTg (6/2/2017) sets the yearly pace at 1.5–2%.
 */
export const staffReductionNq39of2015: RulePackInput = {
  id: 'vn.staff-reduction.nq-39-2015',
  kind: 'staff_reduction',
  reference: {
    number: '39',
    type: 'NQ',
    issuer: 'TW',
    form: 'party',
    date: '2015-04-17',
    raw: '39-NQ/TW',
    title: 'Nghị quyết về tinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức, viên chức',
  },
  effectiveFrom: '2015-04-17',
  effectiveTo: '2021-12-31',
  title: { vi: 'Tinh giản biên chế 2015–2021', en: 'Staff reduction 2015–2021' },
  params: {
    baselineYear: 2015,
    targetShare: '0.1',
    targetDate: '2021-12-31',
    yearlyShare: {
      min: '0.015',
      max: '0.02',
      reference: {
        number: '02',
        year: 2017,
        type: 'CT',
        issuer: 'TTg',
        form: 'state',
        date: '2017-02-06',
        raw: '02/CT-TTg',
        title: 'Chỉ thị về đẩy mạnh thực hiện chủ trương tinh giản biên chế',
      },
    },
  },
};
