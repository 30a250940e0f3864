import { createOrgUnitIndex } from '../../org-units/org-unit-index.js';
import type { OrgUnitInput } from '../../org-units/schema.js';
import { type Programme, ProgrammeSchema, type TargetInput } from '../../programmes/schema.js';
import type { Observation } from '../../records/schema.js';

const REFORM = { date: '2025-07-01', reference: '202/2025/QH15' };

/**
 * The 1/7/2025 change as the national geography records it, for three provinces: Cao Bằng
 * re-coded (one predecessor, one successor), Bắc Kạn merged into Thái Nguyên, plus a former
 * district and commune of Bắc Kạn and a commune split in two.
 */
export const mergerUnits: OrgUnitInput[] = [
  { code: 'VN', name: 'Việt Nam', level: 'country' },
  {
    code: 'pre2025:cao-bang',
    name: 'Cao Bằng',
    level: 'province',
    parentCode: 'VN',
    validTo: '2025-06-30',
    successors: [{ code: '04', ...REFORM }],
  },
  {
    code: 'pre2025:bac-kan',
    name: 'Bắc Kạn',
    level: 'province',
    parentCode: 'VN',
    validTo: '2025-06-30',
    aliases: ['Bắc Cạn'],
    successors: [{ code: '19', ...REFORM }],
  },
  {
    code: 'pre2025:thai-nguyen',
    name: 'Thái Nguyên',
    level: 'province',
    parentCode: 'VN',
    validTo: '2025-06-30',
    successors: [{ code: '19', ...REFORM }],
  },
  {
    code: 'pre2025:bach-thong',
    name: 'Huyện Bạch Thông',
    level: 'district',
    parentCode: 'pre2025:bac-kan',
    validTo: '2025-06-30',
  },
  {
    code: 'pre2025:phu-thong',
    name: 'Thị trấn Phủ Thông',
    level: 'commune',
    parentCode: 'pre2025:bach-thong',
    validTo: '2025-06-30',
    successors: [{ code: '19001', ...REFORM }],
  },
  {
    code: 'pre2025:split',
    name: 'Xã Chia Đôi',
    level: 'commune',
    parentCode: 'pre2025:bach-thong',
    validTo: '2025-06-30',
    successors: [
      { code: '19001', ...REFORM },
      { code: '19002', ...REFORM },
    ],
  },
  { code: '04', name: 'Cao Bằng', level: 'province', parentCode: 'VN', validFrom: '2025-07-01' },
  { code: '19', name: 'Thái Nguyên', level: 'province', parentCode: 'VN', validFrom: '2025-07-01' },
  { code: '19001', name: 'Xã Phủ Thông', level: 'commune', parentCode: '19', validFrom: '2025-07-01' },
  { code: '19002', name: 'Xã Vi Hương', level: 'commune', parentCode: '19', validFrom: '2025-07-01' },
];

export const mergerIndex = createOrgUnitIndex(mergerUnits);

/** Programme NK: one flow indicator, targets as given, over 2021–2025. */
export function nk(targets: TargetInput[]): Programme {
  return ProgrammeSchema.parse({
    code: 'NK',
    title: { vi: 'Đào tạo cán bộ' },
    period: { kind: 'phase', start: '2021-01-01', end: '2025-12-31' },
    indicators: [{ code: 'dt', name: { vi: 'Đào tạo cán bộ' } }],
    targets,
  });
}

/** An observation of NK. */
export function nkObs(orgUnit: string, date: string, value: number): Observation {
  return { programme: 'NK', indicator: 'dt', orgUnit, date, value, disaggregation: {} };
}

/** A 2021–2025 target of NK. */
export function nkTarget(orgUnit: string, value: string): TargetInput {
  return {
    indicator: 'dt',
    orgUnit,
    period: { start: '2021-01-01', end: '2025-12-31' },
    value,
  };
}
