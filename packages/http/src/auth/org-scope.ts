import { type CadreStore, createLineage, type Lineage, type OrgUnit } from '@cadre/core';
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

/** The core's relation, asked about one unit: whether a root is in its `countsToward`. */
type Reaches = (code: string, roots: ReadonlySet<string>) => Promise<Placement>;

// The one placement rule, over whichever view of the units a caller holds. Memoised per code: at
// most one entry per stored unit; unknown codes are not kept, so made-up codes cannot grow the map.
function scopeOver(
  unit: (code: string) => Promise<OrgUnit | null>,
  reaches: Reaches,
  principal: Principal,
): OrgScope {
  const roots = new Set(principal.orgUnits);
  const national = roots.has(NATIONAL);
  const known = new Map<string, Promise<Placement>>();
  return {
    national,
    roots: [...roots],
    unit,
    place(code) {
      if (national) return Promise.resolve('in');
      let p = known.get(code);
      if (p === undefined) {
        p = reaches(code, roots);
        known.set(code, p);
        const forget = () => known.delete(code);
        p.then((found) => found === 'unknown' && forget(), forget);
      }
      return p;
    },
  };
}

const hits = (reach: readonly string[], roots: ReadonlySet<string>) =>
  reach.some((u) => roots.has(u));

/**
 * Builds the scope of one request from the store itself, for a write inside its transaction (so
 * the check and the write see one tree) or a store without a data version.
 *
 * The port finds units by code only, never by the units that name them as successor, so the
 * store cannot hand over a unit's predecessors, which the lineage needs to follow a re-coding
 * backwards. A check therefore first builds the small index of the units it reaches by code
 * (the unit, its parents, its successor, looked up one by one) and asks the core's lineage over
 * it. That index holds every unit it reaches, so its answer is a part of the full one: a root
 * found there is in scope, which settles the usual case (a province writing its own units) in a
 * few lookups. Otherwise the scope reads every unit once and asks the same relation over all of
 * them (a refusal, or a pre-2025 key reaching its re-coded successor). One relation, the core's,
 * and no second walk that could drift from it.
 * @example
 * const scope = createOrgScope(store, { id: 'cb', scopes: ['write'], orgUnits: ['04'] });
 * await scope.place('pre2025:cao-bang'); // 'in': Cao Bằng's code before the 2025 re-coding
 */
export function createOrgScope(store: CadreStore, principal: Principal): OrgScope {
  const units = new Map<string, Promise<OrgUnit | null>>();
  const unit = (code: string): Promise<OrgUnit | null> => {
    let found = units.get(code);
    if (found === undefined) {
      found = store.getOrgUnit(code);
      units.set(code, found);
    }
    return found;
  };
  let all: Promise<Pick<Lineage, 'countsToward'>> | undefined;
  const reaches: Reaches = async (code, roots) => {
    const first = await unit(code);
    if (first === null) return 'unknown';
    const reached = new Map([[code, first]]);
    const absent = new Set<string>();
    for (;;) {
      const reach = createLineage(reached).countsToward(code);
      if (hits(reach, roots)) return 'in';
      const next = reach.filter((c) => !reached.has(c) && !absent.has(c));
      if (next.length === 0) break;
      for (const c of next) {
        const u = await unit(c);
        if (u === null) absent.add(c);
        else reached.set(c, u);
      }
    }
    all ??= readLineage(store).then((view) => view.lineage);
    return hits((await all).countsToward(code), roots) ? 'in' : 'out';
  };
  return scopeOver(unit, reaches, principal);
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
  return scopeOver(
    (code) => Promise.resolve(tree.units.get(code) ?? null),
    (code, roots) => {
      if (!tree.units.has(code)) return Promise.resolve('unknown');
      return Promise.resolve(hits(tree.lineage().countsToward(code), roots) ? 'in' : 'out');
    },
    principal,
  );
}
