import type { OrgUnitIndex } from './org-unit-index.js';
import type { OrgUnit } from './schema.js';

/**
 * Rank of each geographic level, from the top. Agencies and departments take the level of the
 * nearest geographic unit above them: a Sở under a province sits at province level.
 */
export const GEOGRAPHIC_LEVEL_RANK: Readonly<Record<string, number>> = Object.freeze({
  country: 0,
  province: 1,
  district: 2,
  commune: 3,
});

/**
 * The nearest geographic unit (country, province, district, commune) at or above a unit: the
 * locality whose level the unit works at. Undefined for an unknown code or a unit outside the
 * geographic tree.
 * @example
 * localityOf(index, 'ubnd-xa-hoa-an')?.level; // 'commune'
 */
export function localityOf(index: OrgUnitIndex, code: string): OrgUnit | undefined {
  const unit = index.get(code);
  if (!unit) return undefined;
  return [unit, ...index.ancestors(code)].find((u) => GEOGRAPHIC_LEVEL_RANK[u.level] !== undefined);
}
