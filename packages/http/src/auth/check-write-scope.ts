import type { CadreStore, Issue, IssuePath } from '@cadre/core';
import { createOrgScope, type OrgScope, type Placement } from './org-scope.js';
import type { Principal } from './principal.js';
import { checkProgrammeOwnership } from './programme-ownership.js';

/** A write payload, shaped like an import batch; rows are untrusted and read defensively. */
export interface WritePayload {
  orgUnits?: unknown[];
  programmes?: unknown[];
  targets?: unknown[];
  observations?: unknown[];
  persons?: unknown[];
  training?: unknown[];
  rotations?: unknown[];
  headcounts?: unknown[];
}

/** Where a row of a section sits in the request, for issue paths. */
export type RowPath = (section: keyof WritePayload, index: number) => IssuePath;

const bodyRow: RowPath = (section, index) => ['body', section, index];

function field(row: unknown, ...keys: string[]): string | null {
  let v: unknown = row;
  for (const k of keys)
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return typeof v === 'string' && v.length > 0 ? v : null;
}

function outside(path: IssuePath, code: string, what = 'org unit'): Issue {
  return {
    code: 'auth.org_unit_scope',
    path,
    message: `${path.join('.')}: ${what} "${code}" is outside the caller's org units`,
    messageVi: `${path.join('.')}: đơn vị "${code}" nằm ngoài phạm vi đơn vị của người gọi`,
  };
}

/**
 * Object-level authorization (OWASP API #1): every org unit a write touches must lie in the caller's
 * scope, judged on the stored units through lineage (see `OrgScope`): a key on today's Cao Bằng
 * may write figures recorded under its pre-2025 code. Units written by the same payload count by
 * their new parent, and a successor link they add must point into the scope; an existing unit
 * must already be in scope; persons and programmes already stored must belong to the caller too,
 * and targets and observations must respect their programme's owner (see
 * `checkProgrammeOwnership`). Units the store does not know are left to the store, which rejects
 * them.
 * Returns every violation; an empty list means the write may go ahead.
 * @example
 * await checkWriteScope(store, { id: 'cb', scopes: ['write'], orgUnits: ['04'] },
 *   { observations: [{ orgUnit: '06', … }] });
 * // [{ code: 'auth.org_unit_scope', path: ['body', 'observations', 0, 'orgUnit'], … }]
 */
export async function checkWriteScope(
  store: CadreStore,
  principal: Principal,
  payload: WritePayload,
  rowPath: RowPath = bodyRow,
): Promise<Issue[]> {
  const scope = createOrgScope(store, principal);
  if (scope.national) return [];
  const issues: Issue[] = [];
  const pendingUnits = new Map<string, string | null>();
  for (const row of payload.orgUnits ?? []) {
    const code = field(row, 'code');
    if (code !== null) pendingUnits.set(code, field(row, 'parentCode'));
  }
  const place = placeWithPending(scope, pendingUnits);
  const need = async (code: string | null, path: IssuePath, what?: string) => {
    if (code !== null && (await place(code)) === 'out') issues.push(outside(path, code, what));
  };

  for (const [i, row] of (payload.orgUnits ?? []).entries()) {
    const at = rowPath('orgUnits', i);
    const code = field(row, 'code');
    await need(code, [...at, 'code']);
    // A new successor link sends the unit's figures to the successor and, for a re-coding, makes
    // the two codes one unit (each then reaches the other): it may only point into the scope.
    const stored = code === null ? null : await scope.unit(code);
    const linked = new Set(stored?.successors.map((s) => s.code));
    const successors = (row as { successors?: unknown })?.successors;
    if (!Array.isArray(successors)) continue;
    for (const [j, link] of successors.entries()) {
      const to = field(link, 'code');
      if (to !== null && !linked.has(to))
        await need(to, [...at, 'successors', j, 'code'], 'the successor');
    }
  }
  for (const [i, row] of (payload.programmes ?? []).entries()) {
    const at = rowPath('programmes', i);
    const owner = field(row, 'orgUnit');
    if (owner === null) issues.push(nationalOnly([...at, 'orgUnit']));
    else await need(owner, [...at, 'orgUnit']);
    const code = field(row, 'code');
    const stored = code === null ? null : await store.getProgramme(code);
    if (stored !== null) {
      if (stored.orgUnit === undefined) issues.push(nationalOnly([...at, 'code']));
      else await need(stored.orgUnit, [...at, 'code'], 'the stored programme, owned by');
    }
    const targets = (row as { targets?: unknown })?.targets;
    if (Array.isArray(targets)) {
      for (const [j, t] of targets.entries())
        await need(field(t, 'orgUnit'), [...at, 'targets', j, 'orgUnit']);
    }
  }
  for (const section of ['targets', 'observations', 'headcounts'] as const) {
    for (const [i, row] of (payload[section] ?? []).entries()) {
      await need(field(row, 'orgUnit'), [...rowPath(section, i), 'orgUnit']);
    }
  }
  const pendingPersons = new Map<string, string | null>();
  for (const [i, row] of (payload.persons ?? []).entries()) {
    const at = rowPath('persons', i);
    const id = field(row, 'id');
    if (id !== null) pendingPersons.set(id, field(row, 'orgUnit'));
    await need(field(row, 'orgUnit'), [...at, 'orgUnit']);
    const stored = id === null ? null : await store.getPerson(id);
    if (stored !== null) await need(stored.orgUnit, [...at, 'id'], 'the stored person belongs to');
  }
  const personUnit = async (id: string | null): Promise<string | null> => {
    if (id === null) return null;
    if (pendingPersons.has(id)) return null; // checked with the persons section
    return (await store.getPerson(id))?.orgUnit ?? null;
  };
  for (const [i, row] of (payload.training ?? []).entries()) {
    const at = rowPath('training', i);
    await need(field(row, 'orgUnit'), [...at, 'orgUnit']);
    await need(
      await personUnit(field(row, 'personId')),
      [...at, 'personId'],
      'the person belongs to',
    );
  }
  for (const [i, row] of (payload.rotations ?? []).entries()) {
    const at = rowPath('rotations', i);
    await need(field(row, 'from', 'orgUnit'), [...at, 'from', 'orgUnit']);
    await need(field(row, 'to', 'orgUnit'), [...at, 'to', 'orgUnit']);
    await need(
      await personUnit(field(row, 'personId')),
      [...at, 'personId'],
      'the person belongs to',
    );
  }
  issues.push(...(await checkProgrammeOwnership(store, scope, principal, payload, rowPath)));
  return issues;
}

function nationalOnly(path: IssuePath): Issue {
  return {
    code: 'auth.national_only',
    path,
    message: `${path.join('.')}: a programme without an owning org unit can only be written with national scope`,
    messageVi: `${path.join('.')}: chương trình không có đơn vị chủ quản chỉ được ghi với phạm vi toàn quốc`,
  };
}

// A unit written in this payload is in scope when it already was (if stored) and its parent is:
// that stops a caller from adopting another province's unit or hanging a new one outside its tree.
function placeWithPending(scope: OrgScope, pending: Map<string, string | null>) {
  const memo = new Map<string, Promise<Placement>>();
  const visiting = new Set<string>();
  const place = (code: string): Promise<Placement> => {
    if (visiting.has(code)) return Promise.resolve('out'); // a parent cycle inside the payload
    const known = memo.get(code);
    if (known) return known;
    if (!pending.has(code)) {
      const stored = scope.place(code);
      memo.set(code, stored);
      return stored;
    }
    visiting.add(code);
    const result = (async (): Promise<Placement> => {
      const parent = pending.get(code) ?? null;
      const stored = await scope.unit(code);
      if (stored !== null && (await scope.place(code)) === 'out') return 'out';
      if (stored !== null && stored.parentCode === parent) return 'in';
      if (parent === null) return 'out';
      return (await place(parent)) === 'in' ? 'in' : 'out';
    })().finally(() => visiting.delete(code));
    memo.set(code, result);
    return result;
  };
  return place;
}

/**
 * Checks a write's scope and performs it in one store transaction, so the org-unit tree cannot
 * change between the check and the write. Returns the violations, or the write's value.
 * @example
 * const r = await writeInScope(store, principal, { targets }, (tx) => tx.saveTargets(rows));
 * if ('denied' in r) return problemJson(c, 403, outOfScope(r.denied));
 */
export function writeInScope<T>(
  store: CadreStore,
  principal: Principal,
  payload: WritePayload,
  write: (tx: CadreStore) => Promise<T>,
  rowPath: RowPath = bodyRow,
): Promise<{ denied: Issue[] } | { value: T }> {
  return store.transaction(async (tx) => {
    const denied = await checkWriteScope(tx, principal, payload, rowPath);
    if (denied.length > 0) return { denied };
    return { value: await write(tx) };
  });
}
