import { createOrgUnitIndex } from '../../org-units/org-unit-index.js';
import { type Programme, ProgrammeSchema, type TargetInput } from '../../programmes/schema.js';
import type { Observation } from '../../records/schema.js';

/** A country with two provinces, one of which merged into a third on 1/7/2025. */
export const orgUnits = createOrgUnitIndex([
  { code: 'VN', name: 'Việt Nam', level: 'country' },
  { code: '04', name: 'Cao Bằng', level: 'province', parentCode: 'VN' },
  { code: '040', name: 'Thành phố Cao Bằng', level: 'district', parentCode: '04' },
  { code: '041', name: 'Huyện Bảo Lạc', level: 'district', parentCode: '04' },
  {
    code: '06',
    name: 'Bắc Kạn',
    level: 'province',
    parentCode: 'VN',
    validTo: '2025-06-30',
    successors: [{ code: '19', date: '2025-07-01', reference: '202/2025/QH15' }],
  },
  {
    code: '060',
    name: 'Huyện Bạch Thông',
    level: 'district',
    parentCode: '06',
    validTo: '2025-06-30',
  },
  { code: '19', name: 'Thái Nguyên', level: 'province', parentCode: 'VN' },
]);

const PERIOD = { start: '2016-05-09', end: '2020-12-31' };

/** A programme with a flow, a stock and a reduction indicator and the given targets. */
export function programmeWith(targets: TargetInput[]): Programme {
  return ProgrammeSchema.parse({
    code: 'P',
    title: { vi: 'Chương trình thử' },
    period: { kind: 'phase', ...PERIOD },
    indicators: [
      { code: 'sent', name: { vi: 'Cử đi đào tạo' } },
      { code: 'headcount', name: { vi: 'Biên chế' }, aggregation: 'latest' },
      { code: 'cut', name: { vi: 'Tinh giản' }, direction: 'reduction' },
    ],
    targets,
  });
}

/** A target on the programme period unless told otherwise. */
export function target(
  indicator: string,
  orgUnit: string,
  value: string | null,
  extra: Partial<TargetInput> = {},
): TargetInput {
  return { indicator, orgUnit, period: PERIOD, value, ...extra };
}

/** An observation of programme P. */
export function obs(
  indicator: string,
  orgUnit: string,
  date: string,
  value: number | string,
  disaggregation: Record<string, string> = {},
): Observation {
  return { programme: 'P', indicator, orgUnit, date, value, disaggregation };
}
