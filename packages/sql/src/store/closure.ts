import type { Kysely } from 'kysely';
import type { OrgUnitClosureRow, Tables } from '../schema/tables.js';

/**
 * Rebuilds the closure table from the parent links: each unit paired with itself (depth 0)
 * and with every unit above it. Walks stop at a repeated unit, so a cycle cannot loop.
 * @example
 * await rebuildClosure(trx); // after org units changed
 */
export async function rebuildClosure(db: Kysely<Tables>): Promise<void> {
  const parents = new Map<string, string | null>();
  for (const r of await db.selectFrom('org_units').select(['code', 'parent_code']).execute()) {
    parents.set(r.code, r.parent_code);
  }
  const rows: OrgUnitClosureRow[] = [];
  for (const code of parents.keys()) {
    const seen = new Set<string>();
    let at: string | null | undefined = code;
    let depth = 0;
    while (at !== null && at !== undefined && !seen.has(at) && parents.has(at)) {
      seen.add(at);
      rows.push({ ancestor: at, descendant: code, depth });
      at = parents.get(at);
      depth++;
    }
  }
  await db.deleteFrom('org_unit_closure').execute();
  for (let i = 0; i < rows.length; i += 5000) {
    await db
      .insertInto('org_unit_closure')
      .values(rows.slice(i, i + 5000))
      .execute();
  }
}
