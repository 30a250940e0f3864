import { type Person, PersonSchema } from '../../../categories/schema.js';
import { createOrgUnitIndex } from '../../../org-units/org-unit-index.js';
import { type RotationRecord, RotationRecordSchema } from '../../../records/schema.js';

// A small tree: the centre, two provinces with a department each, a district and a commune.
export const orgUnits = createOrgUnitIndex([
  { code: 'VN', name: 'Việt Nam', level: 'country' },
  { code: 'bnv', name: 'Bộ Nội vụ', level: 'agency', parentCode: 'VN' },
  { code: '04', name: 'Cao Bằng', level: 'province', parentCode: 'VN' },
  { code: 'snv-04', name: 'Sở Nội vụ Cao Bằng', level: 'agency', parentCode: '04' },
  { code: 'sgd-04', name: 'Sở Giáo dục Cao Bằng', level: 'agency', parentCode: '04' },
  { code: '042', name: 'Hòa An', level: 'district', parentCode: '04' },
  { code: '01300', name: 'Xã Nam Tuấn', level: 'commune', parentCode: '042' },
  { code: '40', name: 'Nghệ An', level: 'province', parentCode: 'VN' },
  { code: 'snv-40', name: 'Sở Nội vụ Nghệ An', level: 'agency', parentCode: '40' },
  { code: 'loose', name: 'Ban chưa xếp', level: 'agency' },
]);

export function person(overrides: Partial<Person> = {}): Person {
  return PersonSchema.parse({
    id: 'p1',
    birthDate: '1975-06-01',
    sex: 'male',
    employment: 'cadre',
    orgUnit: 'snv-04',
    plannedPosts: ['pho-giam-doc-so'],
    ...overrides,
  });
}

export function rotation(overrides: Partial<RotationRecord> = {}): RotationRecord {
  return RotationRecordSchema.parse({
    id: 'r1',
    personId: 'p1',
    from: { orgUnit: 'snv-04', post: 'truong-phong' },
    to: { orgUnit: '042', post: 'pho-chu-tich-huyen' },
    start: '2022-05-01',
    plannedEnd: '2025-04-30',
    ...overrides,
  });
}
