import type { CadreStore, OrgUnit } from '@cadre/core';
import type { OrgTree } from '../cache/org-tree.js';
import { NATIONAL, type Principal } from './principal.js';

/** Where a unit sits relative to a principal's subtrees: inside, outside, or not in the store. */
export type Placement = 'in' | 'out' | 'unknown';

/** Reads a principal's place in the stored org-unit tree. */
export interface OrgScope {
  readonly national: boolean;
  /** The roots the principal may touch. */
  readonly roots: readonly string[];
  unit(code: string): Promise<OrgUnit | null>;
  /** Whether a stored unit lies in one of the principal's subtrees (walking parents). */
  place(code: string): Promise<Placement>;
}

/**
 * Builds the scope of one request. It walks parents with `getOrgUnit` instead of loading the whole
 * tree, so a check costs a handful of lookups and always sees the store's current tree.
 * @example
 * const scope = createOrgScope(store, { id: 'cb', scopes: ['write'], orgUnits: ['04'] });
 * await scope.place('04-001'); // 'in' when 04-001 lies under 04
 */
export function createOrgScope(store: CadreStore, principal: Principal): OrgScope {
  const roots = new Set(principal.orgUnits);
  const national = roots.has(NATIONAL);
  const units = new Map<string, Promise<OrgUnit | null>>();
  const places = new Map<string, Promise<Placement>>();

  const unit = (code: string): Promise<OrgUnit | null> => {
    let found = units.get(code);
    if (found === undefined) {
      found = store.getOrgUnit(code);
      units.set(code, found);
    }
    return found;
  };

  const walk = async (code: string): Promise<Placement> => {
    const first = await unit(code);
    if (first === null) return 'unknown';
    const seen = new Set<string>();
    for (let u: OrgUnit | null = first; u !== null && !seen.has(u.code); ) {
      if (roots.has(u.code)) return 'in';
      seen.add(u.code);
      u = u.parentCode === null ? null : await unit(u.parentCode);
    }
    return 'out';
  };

  return {
    national,
    roots: [...roots],
    unit,
    place(code) {
      if (national) return Promise.resolve('in');
      let p = places.get(code);
      if (p === undefined) {
        p = walk(code);
        places.set(code, p);
      }
      return p;
    },
  };
}

/**
 * The scope of one request over a tree already read for the current data version: parents are
 * walked in memory, so a check costs microseconds and no query. For reads; a write checks its
 * scope inside its own transaction with `createOrgScope`.
 * @example
 * const scope = scopeOverTree(await trees.at(version), principal);
 * await scope.place('04.SYT'); // 'in' for a caller whose roots include '04'
 */
export function scopeOverTree(tree: OrgTree, principal: Principal): OrgScope {
  const roots = new Set(principal.orgUnits);
  const national = roots.has(NATIONAL);
  // Memoised per code: at most one entry per unit of the tree, which never changes.
  const known = new Map<string, Promise<Placement>>();
  const placeNow = (code: string): Placement => {
    let u = tree.units.get(code);
    if (u === undefined) return 'unknown';
    // A parent cycle in stored data cannot loop forever: no tree is deeper than its size.
    for (let steps = 0; u !== undefined && steps <= tree.units.size; steps++) {
      if (roots.has(u.code)) return 'in';
      u = u.parentCode === null ? undefined : tree.units.get(u.parentCode);
    }
    return 'out';
  };
  return {
    national,
    roots: [...roots],
    unit: (code) => Promise.resolve(tree.units.get(code) ?? null),
    place(code) {
      let p = known.get(code);
      if (p === undefined) {
        p = Promise.resolve(national ? 'in' : placeNow(code));
        // Codes the tree does not hold are not kept, so made-up codes cannot grow the map.
        if (tree.units.has(code)) known.set(code, p);
      }
      return p;
    },
  };
}
