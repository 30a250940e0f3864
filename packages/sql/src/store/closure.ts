import { createOrgUnitIndex, type OrgUnit } from '@cadre/core';
import type { Kysely } from 'kysely';
import type { OrgUnitClosureRow, Tables } from '../schema/tables.js';

/**
 * Rebuilds the closure table from the core's lineage relation (`countsToward`): each unit paired
 * with itself (depth 0) and with every unit whose targets count its figures — the units above
 * it, the unit that took it over by merger or renaming, its former code across a re-coding —
 * never across a split. Every pushed-down sum joins through it, so a store counts a figure
 * exactly where the core does. `depth` is the unit's place in that list.
 * @example
 * await rebuildClosure(trx); // after org units changed
 */
export async function rebuildClosure(db: Kysely<Tables>): Promise<void> {
  const units = (await db.selectFrom('org_units').select('data').execute()).map(
    (r) => JSON.parse(r.data) as OrgUnit,
  );
  const index = createOrgUnitIndex(units);
  const rows: OrgUnitClosureRow[] = [];
  for (const unit of units) {
    const reach = index.countsToward(unit.code);
    for (let depth = 0; depth < reach.length; depth++) {
      // A parent or successor the store does not hold yet has no row to join.
      if (depth > 0 && index.get(reach[depth]!) === undefined) continue;
      rows.push({ ancestor: reach[depth]!, descendant: unit.code, depth });
    }
  }
  await replaceClosure(db, rows);
}

/**
 * Replaces every row of the closure table, in chunks the engines accept in one statement.
 * @example
 * await replaceClosure(db, [{ ancestor: 'VN', descendant: 'VN', depth: 0 }]);
 */
export async function replaceClosure(
  db: Kysely<Tables>,
  rows: readonly OrgUnitClosureRow[],
): Promise<void> {
  await db.deleteFrom('org_unit_closure').execute();
  for (let i = 0; i < rows.length; i += 5000) {
    await db
      .insertInto('org_unit_closure')
      .values(rows.slice(i, i + 5000))
      .execute();
  }
}
