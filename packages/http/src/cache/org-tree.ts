import {
  type CadreStore,
  createLineage,
  createOrgUnitIndex,
  type Lineage,
  type OrgUnit,
  type OrgUnitIndex,
} from '@cadre/core';

/** Every org unit of one data version, read once and shared by the requests of that version. */
export interface OrgTree {
  readonly version: string;
  readonly units: ReadonlyMap<string, OrgUnit>;
  /** The name index (`resolve`, lineage), built on first use. */
  index(): OrgUnitIndex;
  /**
   * The core's lineage relation alone, built on first use: scope checks need `countsToward` on
   * every request, and it costs less than the name index.
   */
  lineage(): Lineage;
}

/**
 * Reads every unit, page by page, in code order.
 * @example
 * const units = await readAllUnits(store); // [{ code: '04', … }, { code: 'VN', … }]
 */
export async function readAllUnits(store: CadreStore): Promise<OrgUnit[]> {
  const out: OrgUnit[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.listOrgUnits({ cursor, limit: 1000 });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return out;
}

/**
 * Every unit by code, with the core's lineage relation over them: what a scope check or a report
 * filter needs when no tree is cached (a store without a data version, a write's transaction).
 * @example
 * const { lineage } = await readLineage(store);
 * lineage.countsToward('pre2025:cao-bang'); // ['pre2025:cao-bang', 'VN', '04']
 */
export async function readLineage(
  store: CadreStore,
): Promise<{ units: ReadonlyMap<string, OrgUnit>; lineage: Lineage }> {
  const units = new Map((await readAllUnits(store)).map((u) => [u.code, u]));
  return { units, lineage: createLineage(units) };
}

/**
 * Holds the org-unit tree of the latest data version asked for. Concurrent requests of one
 * version share one read; a request of another version starts a new read and replaces the tree
 * (versions move forward, so the older one is not asked for again). A failed read is forgotten.
 * Units read after a later write are newer than the version they are kept under, which is
 * harmless: only requests that started before the write can still ask for that version.
 * @example
 * const trees = createOrgTreeCache(store);
 * const tree = await trees.at(await store.dataVersion!());
 * tree.units.get('04')?.parentCode; // 'VN'
 */
export function createOrgTreeCache(store: CadreStore) {
  let latest: { version: string; tree: Promise<OrgTree> } | null = null;
  return {
    at(version: string): Promise<OrgTree> {
      if (latest !== null && latest.version === version) return latest.tree;
      const tree = readAllUnits(store).then((all): OrgTree => {
        const units = new Map(all.map((u) => [u.code, u]));
        let index: OrgUnitIndex | null = null;
        let lineage: Lineage | null = null;
        return {
          version,
          units,
          index: () => {
            index ??= createOrgUnitIndex(all);
            return index;
          },
          lineage: () => {
            lineage ??= createLineage(units);
            return lineage;
          },
        };
      });
      const entry = { version, tree };
      latest = entry;
      tree.catch(() => {
        if (latest === entry) latest = null;
      });
      return tree;
    },
  };
}
