import type { CadreStore, OrgUnitInput } from '@cadre/core';

/**
 * Every unit a store holds, page by page: names in files resolve against them, and reports
 * name units with them.
 * @example
 * const units = await storedUnits(store);
 */
export async function storedUnits(store: CadreStore): Promise<OrgUnitInput[]> {
  const units: OrgUnitInput[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.listOrgUnits({ cursor, limit: 1000 });
    units.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return units;
}
