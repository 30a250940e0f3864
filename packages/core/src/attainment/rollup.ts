import type { IsoDate } from '../dates/calendar-date.js';
import type { OrgUnitIndex } from '../org-units/org-unit-index.js';
import type { Period } from '../periods/schema.js';
import type { Issue } from '../result/issue.js';
import type { CellKey } from './cell-key.js';
import { compareIssues, type MergeOptions, type MergeResult, mergeCells } from './merge-cells.js';
import type { CellTotal } from './types.js';

/**
 * Rolls cells up one level of the org tree (communes to their district, districts to their
 * province); a unit with no parent stays itself. A cell whose unit lies below another cell's unit
 * in the same group is left out with a `rollup.nested_cells` issue: the upper cell already
 * counts its observations, and adding both would count them twice.
 * @example
 * rollupToParent(totals, index).totals; // one cell per parent × indicator × period × breakdown
 */
export function rollupToParent(
  totals: readonly CellTotal[],
  orgUnits: OrgUnitIndex,
  options: MergeOptions = {},
): MergeResult {
  const keyOf = (c: CellTotal): CellKey =>
    keyWith(c, orgUnits.get(c.orgUnit)?.parentCode ?? c.orgUnit, c.period, c.disaggregation);
  return mergeCells(totals, keyOf, { ...options, orgUnits });
}

/**
 * Rolls historical units up to the units valid at `asOf` through their successor links
 * (Bắc Kạn's figures go to Thái Nguyên after 1/7/2025). A unit whose lineage splits into several
 * current units keeps its own row and gets an `org_unit.lineage_split` issue, since its figures
 * cannot be shared out without a rule.
 * @example
 * rollupToCurrent(totals, index, '2025-07-01').totals;
 */
export function rollupToCurrent(
  totals: readonly CellTotal[],
  orgUnits: OrgUnitIndex,
  asOf: IsoDate,
  options: MergeOptions = {},
): MergeResult {
  const issues: Issue[] = [];
  const target = new Map<string, string>();
  for (const c of totals) {
    if (target.has(c.orgUnit)) continue;
    const current = orgUnits.currentUnit(c.orgUnit, asOf);
    if (current.ok) target.set(c.orgUnit, current.value.code);
    else {
      target.set(c.orgUnit, c.orgUnit);
      for (const i of current.issues)
        issues.push({ ...i, path: ['orgUnits', c.orgUnit, ...i.path] });
    }
  }
  const keyOf = (c: CellTotal): CellKey =>
    keyWith(c, target.get(c.orgUnit) ?? c.orgUnit, c.period, c.disaggregation);
  const merged = mergeCells(totals, keyOf, { ...options, orgUnits });
  return { totals: merged.totals, issues: [...issues, ...merged.issues].sort(compareIssues) };
}

/**
 * A key function that drops breakdown entries (all of them, or the named keys), to merge over
 * categories: education + health + culture into one "master's training" cell.
 * @example
 * mergeCells(totals, withoutBreakdown(['sector']));
 */
export function withoutBreakdown(keys?: readonly string[]): (cell: CellTotal) => CellKey {
  return (c) => {
    if (keys === undefined) return keyWith(c, c.orgUnit, c.period, {});
    const kept = Object.fromEntries(
      Object.entries(c.disaggregation).filter(([k]) => !keys.includes(k)),
    );
    return keyWith(c, c.orgUnit, c.period, kept);
  };
}

/**
 * A key function that puts every cell in one period, to merge yearly targets into the phase.
 * @example
 * mergeCells(totals, intoPeriod(programme.period), { stockIndicators: new Set(['headcount']) });
 */
export function intoPeriod(period: Pick<Period, 'start' | 'end'>): (cell: CellTotal) => CellKey {
  return (c) => keyWith(c, c.orgUnit, { start: period.start, end: period.end }, c.disaggregation);
}

// A cell's key with one part changed, written out: spreading a whole cell and then overriding a
// field is slow in V8, and a merge makes one key per cell.
function keyWith(
  c: CellKey,
  orgUnit: string,
  period: CellKey['period'],
  disaggregation: CellKey['disaggregation'],
): CellKey {
  return { programme: c.programme, indicator: c.indicator, orgUnit, period, disaggregation };
}
