import type { Programme } from '@cadre/core';
import type { ImportContext } from '@cadre/core/adapter';
import type { Kysely } from 'kysely';
import type { Tables } from '../schema/tables.js';

type Definition = Omit<Programme, 'targets'>;

/** Person ids a raw batch names (as `id` or `personId`), NFC-normalised, to load their existence. */
function personIdsOf(batch: unknown): string[] {
  const ids = new Set<string>();
  if (batch === null || typeof batch !== 'object') return [];
  for (const section of ['persons', 'training', 'rotations']) {
    const rows = (batch as Record<string, unknown>)[section];
    if (!Array.isArray(rows)) continue;
    for (const row of rows) {
      if (row === null || typeof row !== 'object') continue;
      const v = (row as Record<string, unknown>).personId;
      if (typeof v === 'string') ids.add(v.normalize('NFC'));
    }
  }
  return [...ids];
}

/**
 * Loads what `prepareImportBatch` asks about into memory so it can answer synchronously: every
 * org unit's parent and every programme definition (both small tables), and the persons the
 * batch refers to.
 * @example
 * const prepared = prepareImportBatch(batch, await loadImportContext(db, batch));
 */
export async function loadImportContext(
  db: Kysely<Tables>,
  batch: unknown,
): Promise<ImportContext> {
  const units = new Map<string, { parentCode: string | null }>();
  for (const r of await db.selectFrom('org_units').select(['code', 'parent_code']).execute()) {
    units.set(r.code, { parentCode: r.parent_code });
  }
  const programmes = new Map<string, Definition>();
  for (const r of await db.selectFrom('programmes').select(['code', 'data']).execute()) {
    programmes.set(r.code, JSON.parse(r.data) as Definition);
  }
  const persons = new Set<string>();
  const wanted = personIdsOf(batch);
  for (let i = 0; i < wanted.length; i += 5000) {
    const chunk = wanted.slice(i, i + 5000);
    const found = await db.selectFrom('persons').select('id').where('id', 'in', chunk).execute();
    for (const r of found) persons.add(r.id);
  }
  return {
    orgUnit: (code) => units.get(code),
    programme: (code) => programmes.get(code),
    hasPerson: (id) => persons.has(id),
  };
}
