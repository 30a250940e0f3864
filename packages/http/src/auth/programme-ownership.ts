import type { CadreStore, Issue, IssuePath } from '@cadre/core';
import { createOrgScope, type OrgScope } from './org-scope.js';
import type { Principal } from './principal.js';

/** A row that names a programme: a target or an observation, read defensively. */
type Row = unknown;

function text(row: Row, key: string): string | null {
  const v = row !== null && typeof row === 'object' ? (row as Record<string, unknown>)[key] : null;
  return typeof v === 'string' && v.length > 0 ? v : null;
}

// One wording for "unknown" and "owned by another unit", so a denial never tells a caller
// whether a programme outside its scope exists.
function notYours(path: IssuePath, programme: string, doing: { en: string; vi: string }): Issue {
  return {
    code: 'auth.programme_owner',
    path,
    message: `${path.join('.')}: the caller may not ${doing.en} programme "${programme}" (it is owned outside the caller's org units, or there is no such programme)`,
    messageVi: `${path.join('.')}: người gọi không được ${doing.vi} chương trình "${programme}" (chương trình do đơn vị ngoài phạm vi chủ quản, hoặc không có chương trình này)`,
  };
}

const CHANGE = { en: 'set targets of', vi: 'đặt chỉ tiêu cho' };
const RECORD = { en: 'record this unit in', vi: 'ghi số liệu của đơn vị này vào' };

/**
 * Programme ownership (OWASP API #1 at the level of the programme, beside the unit checks of
 * `checkWriteScope`). A programme has an owning unit. Targets change only with a key scoped to
 * the owner or an ancestor of it; a programme without an owner is national, and only a national
 * key sets its targets. Observations: a key scoped to the owner (or above) records any of its own
 * units; any other key records only its own units that lie in the owner's subtree (the
 * programme's scope), and, for a national programme, any of its own units. Programmes defined in
 * the same payload count with the owner the payload gives them. A programme the store does not
 * hold is denied exactly like one owned elsewhere.
 * @example
 * await checkProgrammeOwnership(tx, scope, principal, { targets }, (s, i) => ['body', s, i]);
 * // [{ code: 'auth.programme_owner', path: ['body', 'targets', 0, 'programme'], … }] for Hà Nội into Cao Bằng's
 */
export async function checkProgrammeOwnership(
  store: CadreStore,
  scope: OrgScope,
  principal: Principal,
  payload: { programmes?: unknown[]; targets?: unknown[]; observations?: unknown[] },
  rowPath: (section: 'targets' | 'observations', index: number) => IssuePath,
): Promise<Issue[]> {
  if (scope.national) return [];
  const pending = new Map<string, string | null>();
  for (const p of payload.programmes ?? []) {
    const code = text(p, 'code');
    if (code !== null) pending.set(code, text(p, 'orgUnit'));
  }
  // The owner of each programme named: a unit code, null when national, undefined when unknown.
  const owners = new Map<string, Promise<string | null | undefined>>();
  const ownerOf = (code: string) => {
    let found = owners.get(code);
    if (found === undefined) {
      found = pending.has(code)
        ? Promise.resolve(pending.get(code) ?? null)
        : store.getProgramme(code).then((p) => (p === null ? undefined : (p.orgUnit ?? null)));
      owners.set(code, found);
    }
    return found;
  };
  const subtrees = new Map<string, OrgScope>();
  const within = (unit: string, owner: string) => {
    let s = subtrees.get(owner);
    if (s === undefined) {
      s = createOrgScope(store, { id: principal.id, scopes: [], orgUnits: [owner] });
      subtrees.set(owner, s);
    }
    return s.place(unit);
  };

  const issues: Issue[] = [];
  for (const [i, row] of (payload.targets ?? []).entries()) {
    const code = text(row, 'programme');
    if (code === null) continue;
    const owner = await ownerOf(code);
    const mine = typeof owner === 'string' && (await scope.place(owner)) === 'in';
    if (!mine) issues.push(notYours([...rowPath('targets', i), 'programme'], code, CHANGE));
  }
  for (const [i, row] of (payload.observations ?? []).entries()) {
    const code = text(row, 'programme');
    const unit = text(row, 'orgUnit');
    if (code === null || unit === null) continue;
    const owner = await ownerOf(code);
    if (owner === null) continue; // a national programme includes every unit
    if (owner !== undefined && (await scope.place(owner)) === 'in') continue;
    if (owner !== undefined && (await within(unit, owner)) === 'in') continue;
    issues.push(notYours([...rowPath('observations', i), 'programme'], code, RECORD));
  }
  return issues;
}
