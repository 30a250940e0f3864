import type { RulePackInput } from '../book/pack-schema.js';

/**
 * Bộ luật Lao động 2012 (10/2012/QH13), art. 187: men retire at 60, women at 55.
 * In force until the 2019 code replaced it on 1 January 2021.
 */
export const retirementBlld2012: RulePackInput = {
  id: 'vn.retirement.blld-2012',
  kind: 'retirement',
  reference: {
    number: '10',
    year: 2012,
    type: 'Bộ luật',
    issuer: 'QH13',
    form: 'legislative',
    date: '2012-06-18',
    raw: 'Bộ luật Lao động số 10/2012/QH13',
    title: 'Bộ luật Lao động 2012, Điều 187',
  },
  effectiveFrom: '2013-05-01',
  effectiveTo: '2020-12-31',
  title: { vi: 'Tuổi nghỉ hưu: nam 60, nữ 55', en: 'Retirement age: men 60, women 55' },
  params: {
    male: { initialAgeMonths: 720, steps: [] },
    female: { initialAgeMonths: 660, steps: [] },
  },
};
