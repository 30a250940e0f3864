import { type Issue, issue, issuesFromZod } from '../result/issue.js';
import { type OrgUnit, OrgUnitSchema } from './schema.js';

/**
 * Checks a set of org units and returns every issue: schema errors, duplicate codes, parents and
 * successors that do not exist, parent cycles, and `validTo` before `validFrom`.
 * @example
 * validateOrgUnits([{ code: '04', name: 'Cao Bằng', level: 'province', parentCode: '99' }]);
 * // [{ code: 'org_unit.unknown_parent', path: [0, 'parentCode'], … }]
 */
export function validateOrgUnits(units: readonly unknown[]): Issue[] {
  const issues: Issue[] = [];
  const parsed: [number, OrgUnit][] = [];
  const firstIndex = new Map<string, number>();
  units.forEach((input, i) => {
    const r = OrgUnitSchema.safeParse(input);
    if (!r.success) {
      issues.push(...issuesFromZod(r.error, [i]));
      return;
    }
    const u = r.data;
    const seen = firstIndex.get(u.code);
    if (seen !== undefined) {
      issues.push(
        issue(
          'org_unit.duplicate_code',
          [i, 'code'],
          `code "${u.code}" is used again (first at ${seen})`,
          `mã "${u.code}" bị trùng (đã có ở vị trí ${seen})`,
          u.code,
        ),
      );
      return;
    }
    firstIndex.set(u.code, i);
    parsed.push([i, u]);
  });
  const byCode = new Map(parsed.map(([, u]) => [u.code, u]));
  for (const [i, u] of parsed) {
    if (u.parentCode !== null && !byCode.has(u.parentCode)) {
      issues.push(
        issue(
          'org_unit.unknown_parent',
          [i, 'parentCode'],
          `parent "${u.parentCode}" of "${u.code}" is not in the set`,
          `đơn vị cấp trên "${u.parentCode}" của "${u.code}" không có trong danh sách`,
          u.parentCode,
        ),
      );
    }
    u.successors.forEach((s, j) => {
      if (!byCode.has(s.code)) {
        issues.push(
          issue(
            'org_unit.unknown_successor',
            [i, 'successors', j, 'code'],
            `successor "${s.code}" of "${u.code}" is not in the set`,
            `đơn vị kế thừa "${s.code}" của "${u.code}" không có trong danh sách`,
            s.code,
          ),
        );
      }
    });
    if (u.validFrom !== null && u.validTo !== null && u.validTo < u.validFrom) {
      issues.push(
        issue(
          'org_unit.inverted_validity',
          [i, 'validTo'],
          `"${u.code}" ends (${u.validTo}) before it begins (${u.validFrom})`,
          `"${u.code}" có ngày hết hiệu lực (${u.validTo}) trước ngày hiệu lực (${u.validFrom})`,
          u.validTo,
        ),
      );
    }
    if (inParentCycle(u.code, byCode)) {
      issues.push(
        issue(
          'org_unit.parent_cycle',
          [i, 'parentCode'],
          `"${u.code}" is its own ancestor`,
          `"${u.code}" là cấp trên của chính nó`,
          u.parentCode,
        ),
      );
    }
  }
  return issues;
}

function inParentCycle(code: string, byCode: Map<string, OrgUnit>): boolean {
  const seen = new Set<string>();
  for (let c: string | null | undefined = code; c != null; c = byCode.get(c)?.parentCode) {
    if (seen.has(c)) return c === code;
    seen.add(c);
  }
  return false;
}
