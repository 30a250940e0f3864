import {
  fail,
  type IsoDate,
  normalizeName,
  type OrgUnit,
  type OrgUnitIndex,
  ok,
  type Result,
} from '@cadre/core';

/** A former district, its province, and where its communes went. */
export interface DistrictLineage {
  province: OrgUnit;
  district: OrgUnit;
  /** The units that hold the district's population on `today`. */
  current: OrgUnit[];
  /** Each unit of `today` with the former communes that went into it, in code order. */
  communes: { current: OrgUnit; former: OrgUnit[] }[];
}

/**
 * Resolves a district by name as of a past date (inside its province) and follows the successor
 * links of the district and of each of its communes to the units of `today`.
 * @example
 * const r = districtLineage(index, { province: 'Bắc Kạn', district: 'Huyện Bạch Thông' }, '2016-04-12', '2025-07-01');
 * if (r.ok) r.value.current.map((u) => u.name); // ['Thái Nguyên']
 */
export function districtLineage(
  index: OrgUnitIndex,
  names: { province: string; district: string },
  asOf: IsoDate,
  today: IsoDate,
): Result<DistrictLineage> {
  const province = index.resolve(names.province, { asOf, level: 'province' });
  if (!province.ok) return fail(province.issues.map((i) => ({ ...i, path: ['province'] })));
  // Matched inside the province: district names repeat across provinces.
  const wanted = normalizeName(names.district);
  const district = index
    .children(province.value.code)
    .find((u) => u.level === 'district' && normalizeName(u.name) === wanted);
  if (!district) {
    return fail([
      {
        code: 'example.unknown_district',
        path: ['district'],
        message: `district: "${names.district}" is not a district of ${province.value.name} on ${asOf}`,
        messageVi: `district: "${names.district}" không phải là huyện của ${province.value.name} vào ngày ${asOf}`,
        input: names.district,
      },
    ]);
  }
  const groups = new Map<string, { current: OrgUnit; former: OrgUnit[] }>();
  for (const commune of index.children(district.code)) {
    for (const now of index.currentUnits(commune.code, today)) {
      const g = groups.get(now.code) ?? { current: now, former: [] };
      g.former.push(commune);
      groups.set(now.code, g);
    }
  }
  return ok({
    province: province.value,
    district,
    current: index.currentUnits(district.code, today),
    communes: [...groups.values()].sort((a, b) => (a.current.code < b.current.code ? -1 : 1)),
  });
}
