import type { RulePackInput } from '../book/pack-schema.js';

/**
 * Luật Cán bộ, công chức 2025 (80/2025/QH15, 24/6/2025, in force 1/7/2025): management by job
 * position; there is no separate commune-level regime, so the commune level is the cán bộ and
 * công chức working at commune-level units. Its evaluation chapter applies from 1/1/2026.
 */
export const employmentClassesLuat80of2025: RulePackInput = {
  id: 'vn.employment-classes.luat-80-2025',
  kind: 'employment_classes',
  reference: {
    number: '80',
    year: 2025,
    type: 'Luật',
    issuer: 'QH15',
    form: 'legislative',
    date: '2025-06-24',
    raw: 'Luật Cán bộ, công chức số 80/2025/QH15',
    title: 'Luật Cán bộ, công chức 2025',
  },
  effectiveFrom: '2025-07-01',
  effectiveTo: null,
  title: { vi: 'Phân loại cán bộ, công chức (2025)', en: 'Employment classes (2025)' },
  verify: ['effectiveFrom'],
  params: {
    classes: ['cadre', 'civil_servant'],
    communeLevel: {
      by: 'unit_level',
      level: 'commune',
      // Records not yet reclassified keep the old commune classes; under this law they are
      // cán bộ, công chức like any other, counted at a commune unit all the same.
      classes: ['cadre', 'civil_servant', 'commune_cadre', 'commune_civil_servant'],
    },
  },
};
