import { localityOf as locality, GEOGRAPHIC_LEVEL_RANK as RANK } from '../../org-units/locality.js';
import type { OrgUnitIndex } from '../../org-units/org-unit-index.js';
import { fail, issue, ok, type Result } from '../../result/issue.js';
import type { RotationDirection } from '../book/pack-schema.js';

/** Vietnamese and English names of rotation directions, for messages. */
export const ROTATION_DIRECTION_NAMES: Record<RotationDirection, { vi: string; en: string }> = {
  top_down: { vi: 'từ trên xuống', en: 'top-down' },
  bottom_up: { vi: 'từ dưới lên', en: 'bottom-up' },
  across_localities: { vi: 'giữa các địa phương', en: 'across localities' },
  same_level: { vi: 'giữa các cơ quan, đơn vị cùng cấp', en: 'across agencies at the same level' },
  within_unit: { vi: 'trong cùng một cơ quan, đơn vị', en: 'within one unit' },
};

/**
 * Classifies a rotation from one org unit to another: to a lower level is top-down, to a higher
 * level bottom-up; at the same level, to another locality is across localities, and within one
 * locality across agencies at the same level. Issues when a unit is unknown or has no
 * geographic unit (country, province, district, commune) at or above it.
 * @example
 * classifyRotationDirection(index, 'so-noi-vu-04', 'xa-hoa-an'); // { ok: true, value: 'top_down' }
 */
export function classifyRotationDirection(
  index: OrgUnitIndex,
  fromCode: string,
  toCode: string,
): Result<RotationDirection> {
  if (fromCode === toCode) return ok('within_unit');
  const ends = [
    { side: 'from', code: fromCode, place: locality(index, fromCode) },
    { side: 'to', code: toCode, place: locality(index, toCode) },
  ] as const;
  const issues = ends
    .filter((e) => e.place === undefined)
    .map((e) =>
      index.get(e.code)
        ? issue(
            'rotation.locality_unknown',
            ['rotation', e.side, 'orgUnit'],
            `rotation.${e.side}.orgUnit: "${e.code}" has no country, province, district or commune above it; expected a unit placed in the geographic tree`,
            `rotation.${e.side}.orgUnit: đơn vị "${e.code}" không thuộc trung ương, tỉnh, huyện hay xã nào; cần gắn đơn vị vào cây hành chính`,
            e.code,
          )
        : issue(
            'rotation.org_unit_unknown',
            ['rotation', e.side, 'orgUnit'],
            `rotation.${e.side}.orgUnit: "${e.code}" is not a known org unit code`,
            `rotation.${e.side}.orgUnit: "${e.code}" không phải là mã đơn vị đã biết`,
            e.code,
          ),
    );
  const [from, to] = [ends[0].place, ends[1].place];
  if (!from || !to) return fail(issues);
  const [a, b] = [RANK[from.level]!, RANK[to.level]!];
  if (a < b) return ok('top_down');
  if (a > b) return ok('bottom_up');
  return ok(from.code === to.code ? 'same_level' : 'across_localities');
}
