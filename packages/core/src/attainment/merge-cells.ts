import { maxDate } from '../dates/calendar-date.js';
import type { OrgUnitIndex } from '../org-units/org-unit-index.js';
import { type Issue, issue } from '../result/issue.js';
import { type CellKey, cellKey, sortCells } from './cell-key.js';
import { addDecimalText } from './decimal-text.js';
import type { CellTotal } from './types.js';

/** Options of `mergeCells`. */
export interface MergeOptions {
  /**
   * Stock indicators (headcount): a level is not summed over time, so within a merged group only
   * the members with the latest period end count.
   */
  stockIndicators?: ReadonlySet<string>;
  /** With an index, a cell at a unit above another cell's unit covers it (see `mergeCells`). */
  orgUnits?: OrgUnitIndex;
}

/** Merged cells in a fixed order, plus the groups that could not be merged cleanly. */
export interface MergeResult {
  totals: CellTotal[];
  issues: Issue[];
}

/**
 * Merges cells that map to the same key by summing actuals, targets and baselines; attainment
 * is then computed on the sums, never by averaging percentages. A group in which some cells have
 * a target and others have none gets a null target and a `rollup.mixed_targets` issue (likewise
 * `rollup.mixed_baselines`), because summing part of a plan would overstate attainment.
 * A member covered by another member of its group (same or higher unit, a period containing its
 * period, a breakdown that is a subset of its breakdown, and not identical) already has its
 * observations counted there, so it is left out with a `rollup.nested_cells` issue rather than
 * counted twice. Output is sorted, so it does not depend on input order.
 * @example
 * // Roll districts up to their province:
 * mergeCells(totals, (c) => ({ ...c, orgUnit: index.get(c.orgUnit)?.parentCode ?? c.orgUnit }));
 */
export function mergeCells(
  totals: readonly CellTotal[],
  keyOf: (cell: CellTotal) => CellKey,
  options: MergeOptions = {},
): MergeResult {
  const groups = new Map<string, { key: CellKey; members: CellTotal[] }>();
  for (const cell of totals) {
    const key = keyOf(cell);
    const id = cellKey(key);
    const group = groups.get(id);
    if (group) group.members.push(cell);
    else groups.set(id, { key, members: [cell] });
  }
  const issues: Issue[] = [];
  const merged: CellTotal[] = [];
  for (const [id, { key, members: all }] of groups) {
    const members = dropCovered(all, id, options.orgUnits, issues);
    const used = options.stockIndicators?.has(key.indicator) ? latestMembers(members) : members;
    merged.push({
      programme: key.programme,
      indicator: key.indicator,
      orgUnit: key.orgUnit,
      period: { start: key.period.start, end: key.period.end },
      disaggregation: { ...key.disaggregation },
      target: sumOrNull(used, 'target', id, issues),
      baseline: sumOrNull(used, 'baseline', id, issues),
      actual: used.reduce((acc, c) => addDecimalText(acc, c.actual), '0'),
      count: used.reduce((acc, c) => acc + c.count, 0),
    });
  }
  issues.sort(compareIssues);
  return { totals: sortCells(merged), issues };
}

/**
 * Orders issues by path, then code, so reports list them the same way on every run.
 * @example
 * issues.sort(compareIssues);
 */
export function compareIssues(a: Issue, b: Issue): number {
  const pa = a.path.join('|');
  const pb = b.path.join('|');
  if (pa !== pb) return pa < pb ? -1 : 1;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function dropCovered(
  members: CellTotal[],
  id: string,
  orgUnits: OrgUnitIndex | undefined,
  issues: Issue[],
): CellTotal[] {
  if (members.length < 2) return members;
  const byUnit = new Map<string, CellTotal[]>();
  for (const c of members) {
    const list = byUnit.get(c.orgUnit);
    if (list) list.push(c);
    else byUnit.set(c.orgUnit, [c]);
  }
  return members.filter((c) => {
    const chain = orgUnits
      ? [c.orgUnit, ...orgUnits.ancestors(c.orgUnit).map((u) => u.code)]
      : [c.orgUnit];
    for (const unit of chain) {
      const cover = byUnit.get(unit)?.find((other) => covers(other, c));
      if (!cover) continue;
      issues.push(
        issue(
          'rollup.nested_cells',
          ['cells', id, c.orgUnit],
          `cell ${describe(c)} ${label(c)} is left out of ${id}: cell ${describe(cover)} ${label(cover)} already counts its observations`,
          `ô ${describe(c)} ${label(c)} không được cộng vào ${id}: ô ${describe(cover)} ${label(cover)} đã tính số liệu của ô này`,
        ),
      );
      return false;
    }
    return true;
  });
}

/** Whether `a` counts every observation `b` counts (unit ancestry is checked by the caller). */
function covers(a: CellTotal, b: CellTotal): boolean {
  if (a === b) return false;
  if (a.period.start > b.period.start || a.period.end < b.period.end) return false;
  const ea = Object.entries(a.disaggregation);
  for (const [k, v] of ea) if (b.disaggregation[k] !== v) return false;
  const same =
    a.orgUnit === b.orgUnit &&
    a.period.start === b.period.start &&
    a.period.end === b.period.end &&
    ea.length === Object.keys(b.disaggregation).length;
  return !same;
}

function label(c: CellTotal): string {
  const d = Object.entries(c.disaggregation)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  return d === '' ? '' : `(${d})`;
}

function latestMembers(members: CellTotal[]): CellTotal[] {
  const last = members.map((c) => c.period.end).reduce(maxDate);
  return members.filter((c) => c.period.end === last);
}

function sumOrNull(
  members: CellTotal[],
  field: 'target' | 'baseline',
  id: string,
  issues: Issue[],
): string | null {
  const set = members.filter((c) => c[field] !== null);
  if (set.length === 0) return null;
  if (set.length < members.length) {
    const missing = members
      .filter((c) => c[field] === null)
      .map(describe)
      .sort();
    const [en, vi] = field === 'target' ? ['target', 'chỉ tiêu'] : ['baseline', 'số gốc'];
    issues.push(
      issue(
        `rollup.mixed_${field}s`,
        ['cells', id, field],
        `cells merged into ${id}: ${set.length} of ${members.length} have a ${en} and ${missing.length} have none (${missing.join(', ')}); the merged ${en} is left empty rather than summing part of it`,
        `các ô gộp vào ${id}: ${set.length}/${members.length} ô có ${vi}, ${missing.length} ô không có (${missing.join(', ')}); ${vi} sau khi gộp để trống, không cộng một phần`,
      ),
    );
    return null;
  }
  return set.reduce((acc, c) => addDecimalText(acc, c[field] as string), '0');
}

function describe(c: CellTotal): string {
  return `${c.orgUnit} ${c.period.start}…${c.period.end}`;
}
