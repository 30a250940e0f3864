import type { OrgUnit } from '../../org-units/schema.js';
import { type Issue, issue } from '../../result/issue.js';
import { describePath, unknownRefIssue } from './messages.js';
import type { PreparedRow } from './prepare-batch.js';

const UNIT = { en: 'org unit', vi: 'đơn vị' };

/**
 * Keeps the batch's org units whose parent chain has no cycle and whose parent and successors
 * exist (in the store or among the kept units). Runs to a fixpoint: dropping a unit can orphan
 * its children, and they are reported too.
 * @example
 * rows.orgUnits = checkOrgUnits(rows.orgUnits, (code) => context.orgUnit(code), issues);
 */
export function checkOrgUnits(
  rows: PreparedRow<OrgUnit>[],
  stored: (code: string) => { parentCode: string | null } | undefined,
  issues: Issue[],
): PreparedRow<OrgUnit>[] {
  const batch = new Map(rows.map((r) => [r.value.code, r]));
  const kept = new Map(batch);
  const known = (code: string) => kept.has(code) || stored(code) !== undefined;
  // The batch's own parents win over stored ones: that is the tree after the import.
  const parentOf = (code: string) =>
    batch.has(code)
      ? (batch.get(code)?.value.parentCode ?? null)
      : (stored(code)?.parentCode ?? null);
  // Cycles first, over the whole batch, so every member of a loop is reported as such.
  for (const row of rows) {
    if (!hasCycle(row.value.code, row.value.parentCode, parentOf)) continue;
    issues.push(cycleIssue(row));
    kept.delete(row.value.code);
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const row of [...kept.values()]) {
      const problems = missingRefs(row, known);
      if (problems.length === 0) continue;
      kept.delete(row.value.code);
      issues.push(...problems);
      changed = true;
    }
  }
  return rows.filter((r) => kept.get(r.value.code) === r);
}

function missingRefs(row: PreparedRow<OrgUnit>, known: (code: string) => boolean): Issue[] {
  const u = row.value;
  const out: Issue[] = [];
  if (u.parentCode !== null && !known(u.parentCode)) {
    const path = ['orgUnits', row.index, 'parentCode'];
    out.push(unknownRefIssue('import.unknown_org_unit', path, UNIT, u.parentCode));
  }
  u.successors.forEach((s, k) => {
    if (known(s.code)) return;
    const path = ['orgUnits', row.index, 'successors', k, 'code'];
    out.push(unknownRefIssue('import.unknown_org_unit', path, UNIT, s.code));
  });
  return out;
}

function cycleIssue(row: PreparedRow<OrgUnit>): Issue {
  const u = row.value;
  const path = ['orgUnits', row.index, 'parentCode'];
  return issue(
    'import.parent_cycle',
    path,
    `${describePath(path)}: parent "${u.parentCode}" leads back to "${u.code}"; expected a tree`,
    `${describePath(path)}: đơn vị cấp trên "${u.parentCode}" dẫn ngược về "${u.code}"; cây đơn vị không được có vòng lặp`,
    u.parentCode,
  );
}

function hasCycle(
  code: string,
  parent: string | null,
  parentOf: (code: string) => string | null,
): boolean {
  const seen = new Set<string>();
  let p = parent;
  while (p !== null) {
    if (p === code) return true;
    // A loop above this unit is the loop's own members' problem.
    if (seen.has(p)) return false;
    seen.add(p);
    p = parentOf(p);
  }
  return false;
}
