import type { CadreStore, Lineage, OrgUnit } from '@cadre/core';
import { type OrgTree, readLineage } from '../cache/org-tree.js';
import { NATIONAL, type Principal } from './principal.js';

/** Where a unit sits relative to a principal's org units: inside, outside, or not in the store. */
export type Placement = 'in' | 'out' | 'unknown';

/**
 * Reads a principal's place in the stored org units. A unit U is in scope when one of the
 * principal's roots is in U's lineage reach, `countsToward(U)` as the core defines it: U itself,
 * its parents, the unit that took it over by merger or renaming, its former code across a
 * re-coding; never across a split. So a key on today's Cao Bằng (04) reaches the units recorded
 * under its pre-2025 code, a key on Thái Nguyên (19) the former Bắc Kạn's, and a key on the
 * former Bắc Kạn only Bắc Kạn's own history.
 */
export interface OrgScope {
  readonly national: boolean;
  /** The roots the principal may touch. */
  readonly roots: readonly string[];
  unit(code: string): Promise<OrgUnit | null>;
  /** Whether a stored unit lies in the principal's scope (see above). */
  place(code: string): Promise<Placement>;
}

/** The stored units and the core's lineage relation over them. */
interface LineageView {
  readonly units: ReadonlyMap<string, OrgUnit>;
  readonly lineage: Pick<Lineage, 'countsToward'>;
}

// The one placement rule, over whichever view of the units a caller holds. Memoised per code: at
// most one entry per stored unit; codes the view does not hold are not kept, so made-up codes
// cannot grow the map.
function scopeOver(view: () => Promise<LineageView>, principal: Principal): OrgScope {
  const roots = new Set(principal.orgUnits);
  const national = roots.has(NATIONAL);
  const known = new Map<string, Placement>();
  const placeIn = ({ units, lineage }: LineageView, code: string): Placement => {
    let p = known.get(code);
    if (p === undefined) {
      if (!units.has(code)) return 'unknown';
      p = lineage.countsToward(code).some((u) => roots.has(u)) ? 'in' : 'out';
      known.set(code, p);
    }
    return p;
  };
  return {
    national,
    roots: [...roots],
    unit: async (code) => (await view()).units.get(code) ?? null,
    place: async (code) => (national ? 'in' : placeIn(await view(), code)),
  };
}

/**
 * Builds the scope of one request from the store itself, for a write inside its transaction (so
 * the check and the write see one tree) or a store without a data version. The lineage relation
 * follows a re-coding backwards only when the successor has exactly one predecessor, and the
 * store port finds units by code alone, never by the units that name them as successor; so the
 * units a check reaches cannot be known without the tree. The scope therefore reads every unit
 * once, on the first check that needs it (never for a national caller), and asks the core's
 * lineage over them: one relation, no second walk that could drift from it.
 * @example
 * const scope = createOrgScope(store, { id: 'cb', scopes: ['write'], orgUnits: ['04'] });
 * await scope.place('pre2025:cao-bang'); // 'in': Cao Bằng's code before the 2025 re-coding
 */
export function createOrgScope(store: CadreStore, principal: Principal): OrgScope {
  let read: Promise<LineageView> | undefined;
  const view = () => {
    read ??= readLineage(store);
    return read;
  };
  return scopeOver(view, principal);
}

/**
 * The scope of one request over a tree already read for the current data version: the lineage is
 * worked out in memory, so a check costs microseconds and no query. For reads; a write checks its
 * scope inside its own transaction with `createOrgScope`.
 * @example
 * const scope = scopeOverTree(await trees.at(version), principal);
 * await scope.place('04.SYT'); // 'in' for a caller whose roots include '04'
 */
export function scopeOverTree(tree: OrgTree, principal: Principal): OrgScope {
  const view = Promise.resolve<LineageView>({
    units: tree.units,
    get lineage() {
      return tree.lineage();
    },
  });
  return scopeOver(() => view, principal);
}
