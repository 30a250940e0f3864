import type { IsoDate } from '../dates/calendar-date.js';
import type { OrgUnitIndex } from '../org-units/org-unit-index.js';
import type { Programme } from '../programmes/schema.js';
import { type Issue, issue } from '../result/issue.js';
import { reportTargets } from './roll-targets.js';
import type { NotCountedRows, RowAccounting } from './row-accounting.js';
import type { Rollup } from './types.js';

/**
 * Names the rows a report did not count: each group of rows with no target in its unit's
 * lineage becomes an `observation.no_target` issue, so a figure left out is never silent.
 * Where rolling up to the units of `rollupAsOf` would count them (Thái Nguyên's figures after
 * the merger, against a target set on the former Bắc Kạn), the group gets the
 * `rollup_current` hint and the issue says so. Units the index lacks are left to
 * `observation.unknown_org_unit`.
 * @example
 * const { accounting, issues } = explainNotCounted(report.accounting, programme, { orgUnits, rollupAsOf: '2026-12-07' });
 */
export function explainNotCounted(
  accounting: RowAccounting,
  programme: Programme,
  options: { orgUnits?: OrgUnitIndex; rollup?: Rollup; rollupAsOf: IsoDate },
): { accounting: RowAccounting; issues: Issue[] } {
  const { orgUnits } = options;
  const hint =
    orgUnits && options.rollup !== 'current'
      ? hinter(programme, orgUnits, options.rollupAsOf)
      : undefined;
  const issues: Issue[] = [];
  const notCounted = accounting.notCounted.map((g) => {
    if (g.reason !== 'no_target' || g.indicator === null || g.orgUnit === null) return g;
    if (orgUnits && orgUnits.get(g.orgUnit) === undefined) return g;
    const out: NotCountedRows = hint?.(g.indicator, g.orgUnit)
      ? { ...g, hint: 'rollup_current' }
      : g;
    issues.push(noTargetIssue(out));
    return out;
  });
  return { accounting: { ...accounting, notCounted }, issues };
}

/** Whether a target of the indicator, moved to the units of `asOf`, lies in the unit's lineage. */
function hinter(
  programme: Programme,
  orgUnits: OrgUnitIndex,
  asOf: IsoDate,
): (indicator: string, orgUnit: string) => boolean {
  let moved: Map<string, Set<string>> | undefined;
  return (indicator, orgUnit) => {
    if (!moved) {
      moved = new Map();
      const { targets } = reportTargets(programme, {
        orgUnits,
        rollup: 'current',
        rollupAsOf: asOf,
      });
      for (const t of targets) {
        const units = moved.get(t.indicator) ?? new Set<string>();
        units.add(t.orgUnit);
        moved.set(t.indicator, units);
      }
    }
    const units = moved.get(indicator);
    return units !== undefined && orgUnits.countsToward(orgUnit).some((u) => units.has(u));
  };
}

function noTargetIssue(g: NotCountedRows): Issue {
  const rolled = g.hint === 'rollup_current';
  return issue(
    'observation.no_target',
    ['observations', 'orgUnit', g.orgUnit as string, g.indicator as string],
    `${g.rows} observation(s) of indicator "${g.indicator}" at org unit "${g.orgUnit}" (total ${g.value}) have no target in that unit's lineage and are not counted${rolled ? '; rolled up to the current units (rollup current) they are counted' : ''}`,
    `${g.rows} số liệu của chỉ số "${g.indicator}" tại đơn vị "${g.orgUnit}" (tổng ${g.value}) không có chỉ tiêu nào trong dòng kế thừa của đơn vị nên không được tính${rolled ? '; khi tổng hợp theo đơn vị hành chính hiện nay (rollup current) thì được tính' : ''}`,
    g.orgUnit,
  );
}
