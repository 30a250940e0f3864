import type {
  AttainmentQuery,
  Issue,
  Lineage,
  OrgUnitIndex,
  Programme,
  ReportFilter,
  RowAccounting,
} from '@cadre/core';
import { reportTargets } from '@cadre/core/adapter';
import type { OrgScope } from '../auth/org-scope.js';

/** The core's report filter a store builds from the query. */
function filterOf(query: AttainmentQuery): ReportFilter {
  return {
    ...(query.indicator !== undefined && { indicator: query.indicator }),
    ...(query.orgUnit !== undefined && { orgUnit: query.orgUnit }),
    ...(query.category !== undefined && { category: query.category }),
    ...(query.period !== undefined && { period: query.period }),
  };
}

/**
 * The units outside the caller's scope that a `rollup: 'current'` query would move its targets
 * to, as 403 issues; empty when there are none or the caller is national. Rolled up to today's
 * units, a target of the former Bắc Kạn moves to Thái Nguyên (19) and counts every figure of
 * 19's lineage, the former Thái Nguyên's included, so a key on the former Bắc Kạn may not ask
 * for it. The targets are the core's `reportTargets`, the list every store counts for.
 * @example
 * await rolledOutside(query, scope, programme, index); // [{ code: 'auth.org_unit_scope', … }]
 */
export async function rolledOutside(
  query: AttainmentQuery,
  scope: OrgScope,
  programme: Programme,
  orgUnits: OrgUnitIndex,
): Promise<Issue[]> {
  if (scope.national || query.rollup !== 'current') return [];
  const { targets } = reportTargets(programme, {
    filter: filterOf(query),
    orgUnits,
    rollup: 'current',
    rollupAsOf: query.rollupAsOf ?? query.asOf,
  });
  const issues: Issue[] = [];
  for (const unit of new Set(targets.map((t) => t.orgUnit))) {
    if ((await scope.place(unit)) === 'in') continue;
    issues.push({
      code: 'auth.org_unit_scope',
      path: ['query', 'rollup'],
      message: `query.rollup: rolled up to today's units, targets count at org unit "${unit}", outside the caller's org units; ask with rollup=none`,
      messageVi: `query.rollup: khi tổng hợp theo đơn vị hành chính hiện nay, chỉ tiêu được tính tại đơn vị "${unit}", nằm ngoài phạm vi đơn vị của người gọi; hãy hỏi với rollup=none`,
    });
  }
  return issues;
}

/**
 * What a report says about the rows of units within `orgUnit`'s lineage reach only: a unit is
 * kept when `orgUnit` is in its `countsToward` (the relation scopes use). The accounting keeps
 * the not-counted groups of those units, and `read` is counted again from what is kept; the
 * `observation.no_target` issues of other units go too. A report for one province therefore
 * never names another province's figures, and the answer still depends on the query alone.
 * Rows counted in a cell belong to its target's lineage, and a scoped caller's targets all lie in
 * its scope (see `rolledOutside`), so `counted` stays as it is.
 * @example
 * withinReach(report.accounting, report.issues, '04', lineage).accounting.notCounted;
 */
export function withinReach(
  accounting: RowAccounting | undefined,
  issues: readonly Issue[],
  orgUnit: string,
  lineage: Pick<Lineage, 'countsToward'>,
): { accounting: RowAccounting | undefined; issues: Issue[] } {
  const reaches = (code: string) => lineage.countsToward(code).includes(orgUnit);
  const keptIssues = issues.filter(
    (i) => i.code !== 'observation.no_target' || typeof i.input !== 'string' || reaches(i.input),
  );
  if (accounting === undefined) return { accounting, issues: keptIssues };
  const notCounted = accounting.notCounted.filter((g) => g.orgUnit !== null && reaches(g.orgUnit));
  const read = notCounted.reduce((n, g) => n + g.rows, accounting.counted);
  return { accounting: { ...accounting, read, notCounted }, issues: keptIssues };
}
