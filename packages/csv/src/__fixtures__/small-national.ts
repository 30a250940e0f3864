import {
  createOrgUnitIndex,
  type OrgUnitIndex,
  type OrgUnitInput,
  type Programme,
  ProgrammeSchema,
} from '@cadre/core';

/**
 * A small tree shaped like the national one: two provinces, four communes (two share a name,
 * one exists only from 1/7/2025), with targets at province and commune level, by category, by
 * category and course, and without breakdown; plus a second programme's code for stray rows.
 */
export const UNITS: OrgUnitInput[] = [
  { code: '04', name: 'Cao Bằng', level: 'province' },
  { code: '19', name: 'Thái Nguyên', level: 'province' },
  { code: '01279', name: 'Phường Thục Phán', level: 'commune', parentCode: '04' },
  { code: '01288', name: 'Xã Hòa An', level: 'commune', parentCode: '04' },
  { code: '05500', name: 'Xã Hòa An', level: 'commune', parentCode: '19' },
  {
    code: '05800',
    name: 'Xã Bạch Thông',
    level: 'commune',
    parentCode: '19',
    validFrom: '2025-07-01',
  },
];

export const PROGRAMME = '12-CTr/TU';
const PERIOD = { start: '2016-05-09', end: '2020-12-31' };

export function smallProgramme(): Programme {
  return ProgrammeSchema.parse({
    code: PROGRAMME,
    title: { vi: 'Nâng cao chất lượng cán bộ trẻ' },
    period: PERIOD,
    indicators: [
      { code: 'master', name: { vi: 'Cử đi đào tạo thạc sĩ' } },
      { code: 'rotation', name: { vi: 'Luân chuyển cán bộ' } },
    ],
    targets: [
      { indicator: 'master', orgUnit: '04', period: PERIOD, value: '10', disaggregation: { category: 'education' } },
      { indicator: 'master', orgUnit: '04', period: PERIOD, value: '41', disaggregation: { category: 'health' } },
      { indicator: 'master', orgUnit: '04', period: PERIOD, value: '4', disaggregation: { category: 'culture', course: 'master' } },
      { indicator: 'master', orgUnit: '01288', period: PERIOD, value: '3' },
      { indicator: 'rotation', orgUnit: '04', period: PERIOD, value: '40' },
      { indicator: 'rotation', orgUnit: '19', period: { start: '2025-07-01', end: '2030-12-31' }, value: null },
    ],
  });
}

export function smallIndex(): OrgUnitIndex {
  return createOrgUnitIndex(UNITS);
}

export const DISAGGREGATIONS = { category: ['Lĩnh vực'], course: ['Khóa học'] };
