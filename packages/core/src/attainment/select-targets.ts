import type { OrgUnitIndex } from '../org-units/org-unit-index.js';
import { periodsOverlap } from '../periods/operations.js';
import type { Programme, Target } from '../programmes/schema.js';
import type { ReportFilter } from './types.js';

/**
 * The programme's targets that a filter keeps, in programme order. Stores call it to pick the
 * cells they push down, so a filtered report means the same in every engine.
 * The org-unit filter takes the subtree (needs `orgUnits`; without it, only the unit itself).
 * @example
 * selectTargets(programme, { filter: { indicator: 'rotation' } }).length; // 1
 */
export function selectTargets(
  programme: Programme,
  options: { filter?: ReportFilter; orgUnits?: OrgUnitIndex } = {},
): Target[] {
  // Unchanged by roll-ups: `reportTargets` moves the kept targets to today's units.
  const { filter = {}, orgUnits } = options;
  const categories =
    filter.category === undefined ? null : categoryTree(programme, filter.category);
  const indicatorCategory = new Map(programme.indicators.map((i) => [i.code, i.category]));
  return programme.targets.filter((t) => {
    if (filter.indicator !== undefined && t.indicator !== filter.indicator) return false;
    if (filter.orgUnit !== undefined && !within(t.orgUnit, filter.orgUnit, orgUnits)) return false;
    if (filter.period !== undefined && !periodsOverlap(t.period, filter.period)) return false;
    if (categories !== null) {
      const own = t.disaggregation.category;
      const viaIndicator = indicatorCategory.get(t.indicator);
      const hit =
        (own !== undefined && categories.has(own)) ||
        (viaIndicator !== undefined && categories.has(viaIndicator));
      if (!hit) return false;
    }
    return true;
  });
}

function within(code: string, ancestor: string, orgUnits: OrgUnitIndex | undefined): boolean {
  return orgUnits ? orgUnits.isWithin(code, ancestor) : code === ancestor;
}

/** The category and every category below it in the programme's tree. */
function categoryTree(programme: Programme, root: string): Set<string> {
  const found = new Set([root]);
  let grew = true;
  // The tree is small; repeat until no new child appears (also safe against cycles).
  while (grew) {
    grew = false;
    for (const c of programme.categories) {
      if (c.parentCode !== null && found.has(c.parentCode) && !found.has(c.code)) {
        found.add(c.code);
        grew = true;
      }
    }
  }
  return found;
}
