import type { RulePackInput } from '../book/pack-schema.js';

/**
 * Luật Cán bộ, công chức 2008 (22/2008/QH12, in force 1/1/2010): cán bộ and công chức, with a
 * separate regime for cán bộ, công chức cấp xã, told apart by their own class. Replaced by Luật
 * 80/2025/QH15 on 1/7/2025.
 */
export const employmentClassesLuat22of2008: RulePackInput = {
  id: 'vn.employment-classes.luat-22-2008',
  kind: 'employment_classes',
  reference: {
    number: '22',
    year: 2008,
    type: 'Luật',
    issuer: 'QH12',
    form: 'legislative',
    date: '2008-11-13',
    raw: 'Luật Cán bộ, công chức số 22/2008/QH12',
    title: 'Luật Cán bộ, công chức 2008',
  },
  effectiveFrom: '2010-01-01',
  effectiveTo: '2025-06-30',
  title: { vi: 'Phân loại cán bộ, công chức (2008)', en: 'Employment classes (2008)' },
  verify: ['reference.date', 'effectiveFrom'],
  params: {
    classes: ['cadre', 'civil_servant', 'commune_cadre', 'commune_civil_servant'],
    communeLevel: { by: 'class', classes: ['commune_cadre', 'commune_civil_servant'] },
  },
};
