import type { Kysely, Migration } from 'kysely';
import { rebuildClosure, replaceClosure } from '../../store/closure.js';
import type { Tables } from '../tables.js';

/**
 * The closure table follows lineage (merger, renaming, re-coding), not only parent links, so a
 * target on today's Cao Bằng counts what stores hold under its pre-2025 code. Existing stores get
 * their closure rebuilt and a new data version, so no cache keeps an answer from before.
 * Down rebuilds the parent-only closure of 0001.
 * @example
 * await lineageClosure().up(db);
 */
export function lineageClosure(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types.
    async up(db: Kysely<any>) {
      await rebuildClosure(db as Kysely<Tables>);
      await newVersion(db);
    },
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    async down(db: Kysely<any>) {
      const units = await db.selectFrom('org_units').select(['code', 'parent_code']).execute();
      const parents = new Map<string, string | null>(
        units.map((u: { code: string; parent_code: string | null }) => [u.code, u.parent_code]),
      );
      const rows: { ancestor: string; descendant: string; depth: number }[] = [];
      for (const code of parents.keys()) {
        const seen = new Set<string>();
        let at: string | null | undefined = code;
        for (let depth = 0; at != null && !seen.has(at) && parents.has(at); depth++) {
          seen.add(at);
          rows.push({ ancestor: at, descendant: code, depth });
          at = parents.get(at);
        }
      }
      await replaceClosure(db as Kysely<Tables>, rows);
      await newVersion(db);
    },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: as above.
async function newVersion(db: Kysely<any>): Promise<void> {
  await db
    .updateTable('cadre_data_version')
    .set({ version: globalThis.crypto.randomUUID() })
    .execute();
}
