import type { OrgUnitIndex } from '../org-units/org-unit-index.js';
import { type Issue, issue } from '../result/issue.js';
import { roundActionVi } from './messages.js';
import type { RoundAction } from './schema.js';

/**
 * Whether a principal acting for `actorUnits` may take `action` on the round of `orgUnit`:
 * a unit submits its own figures; approving, locking and reopening belong to the level above
 * (for a unit with units under it, the unit itself approves its children's figures, and any
 * unit above it may too). Empty when allowed, else one 'round.not_permitted' issue.
 * @example
 * mayActOn('approve', '04001', ['04001'], index); // [{ code: 'round.not_permitted', … }]
 * mayActOn('approve', '04001', ['04'], index); // []
 */
export function mayActOn(
  action: RoundAction,
  orgUnit: string,
  actorUnits: readonly string[],
  index: OrgUnitIndex,
): Issue[] {
  const above = (u: string) => u !== orgUnit && index.isWithin(orgUnit, u);
  const hasChildren = index.children(orgUnit).length > 0;
  const allowed = actorUnits.some((u) =>
    action === 'submit' ? u === orgUnit : above(u) || (hasChildren && u === orgUnit),
  );
  if (allowed) return [];
  const who = action === 'submit' ? 'the unit itself' : 'the level above';
  const whoVi = action === 'submit' ? 'chính đơn vị đó' : 'cấp trên trực tiếp hoặc cao hơn';
  return [
    issue(
      'round.not_permitted',
      ['orgUnit'],
      `only ${who} may ${action} the round of ${orgUnit}`,
      `chỉ ${whoVi} mới được ${roundActionVi(action)} đợt báo cáo của ${orgUnit}`,
      orgUnit,
    ),
  ];
}
