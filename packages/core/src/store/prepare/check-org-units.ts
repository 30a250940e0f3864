import type { OrgUnit } from '../../org-units/schema.js';
import { type Issue, issue } from '../../result/issue.js';
import { describePath, unknownRefIssue } from './messages.js';
import type { PreparedRow } from './prepare-batch.js';

const UNIT = { en: 'org unit', vi: 'đơn vị' };

/**
 * Keeps the batch's org units whose parent and successors exist (in the store or among the kept
 * units) and whose parent chain has no cycle. Runs to a fixpoint: dropping a unit can orphan
 * its children, and they are reported too.
 */
export function checkOrgUnits(
  rows: PreparedRow<OrgUnit>[],
  stored: (code: string) => { parentCode: string | null } | undefined,
  issues: Issue[],
): PreparedRow<OrgUnit>[] {
  const kept = new Map(rows.map((r) => [r.value.code, r]));
  const known = (code: string) => kept.has(code) || stored(code) !== undefined;
  const parentOf = (code: string) =>
    kept.get(code)?.value.parentCode ?? stored(code)?.parentCode ?? null;
  let changed = true;
  while (changed) {
    changed = false;
    for (const row of [...kept.values()]) {
      const problems = problemsOf(row, known, parentOf);
      if (problems.length === 0) continue;
      kept.delete(row.value.code);
      issues.push(...problems);
      changed = true;
    }
  }
  return rows.filter((r) => kept.get(r.value.code) === r);
}

function problemsOf(
  row: PreparedRow<OrgUnit>,
  known: (code: string) => boolean,
  parentOf: (code: string) => string | null,
): Issue[] {
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
  if (out.length === 0 && hasCycle(u.code, u.parentCode, parentOf)) {
    const path = ['orgUnits', row.index, 'parentCode'];
    out.push(
      issue(
        'import.parent_cycle',
        path,
        `${describePath(path)}: parent "${u.parentCode}" leads back to "${u.code}"; expected a tree`,
        `${describePath(path)}: đơn vị cấp trên "${u.parentCode}" dẫn ngược về "${u.code}"; cây đơn vị không được có vòng lặp`,
        u.parentCode,
      ),
    );
  }
  return out;
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
