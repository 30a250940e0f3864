import type { WriteCounts } from '@cadre/core';
import { canonicalJson } from '@cadre/core/adapter';
import { type Kysely, sql } from 'kysely';
import type { Tables } from '../schema/tables.js';

/**
 * A table upserted by natural key: which columns form the key and which decide whether a row
 * changed (the other columns derive from them and are rewritten on update).
 */
export interface TableSpec<Row> {
  table: keyof Tables & string;
  key: readonly (keyof Row & string)[];
  content: readonly (keyof Row & string)[];
}

// Bound parameters per statement stay well under SQLite's 32,766 and Postgres's 65,535.
const CHUNK_PARAMS = 20_000;

type Db = Kysely<Tables>;
type AnyRow = Record<string, unknown>;

function keyText(row: AnyRow, key: readonly string[]): string {
  return JSON.stringify(key.map((k) => row[k]));
}

function sameContent(a: AnyRow, b: AnyRow, content: readonly string[]): boolean {
  // Drivers return integers as number, bigint or text; compare as text so 5, 5n and '5' agree.
  return content.every((c) => {
    const x = a[c];
    const y = b[c];
    // JSON records keep the writer's key order; equal content in another order is unchanged.
    if (c === 'data')
      return canonicalJson(JSON.parse(x as string)) === canonicalJson(JSON.parse(y as string));
    if (x === null || x === undefined || y === null || y === undefined) {
      return (x ?? null) === (y ?? null);
    }
    const xs = typeof x === 'object' ? JSON.stringify(x) : String(x);
    const ys = typeof y === 'object' ? JSON.stringify(y) : String(y);
    return xs === ys;
  });
}

/**
 * Sees each row an upsert inserts or changes: `replaced` is the stored row it replaces (with
 * `columns` read too), or undefined for a new key or a key already written by this call.
 */
export interface UpsertWatch {
  columns: readonly string[];
  changed(row: AnyRow, replaced: AnyRow | undefined): void;
}

function keyIn(keyCols: readonly string[], rows: AnyRow[]) {
  const cols = sql.join(keyCols.map((c) => sql.ref(c)));
  const tuples = rows.map((r) => sql`(${sql.join(keyCols.map((c) => r[c]))})`);
  return sql<boolean>`(${cols}) in (${sql.join(tuples)})`;
}

/**
 * Upserts rows by natural key with DHIS2-style counts, row by row in order: a new key is
 * imported, a changed one updated, an equal one ignored (a key repeated in the call is compared
 * with its earlier occurrence). Every value is a bound parameter.
 * @example
 * await upsertRows(db, { table: 'persons', key: ['id'], content: ['data'] }, rows);
 */
export async function upsertRows<Row extends object>(
  db: Db,
  spec: TableSpec<Row>,
  rows: readonly Row[],
  watch?: UpsertWatch,
): Promise<WriteCounts> {
  const counts: WriteCounts = { imported: 0, updated: 0, ignored: 0 };
  if (rows.length === 0) return counts;
  const columns = Object.keys(rows[0] as object).length;
  const size = Math.max(1, Math.floor(CHUNK_PARAMS / Math.max(columns, spec.key.length)));
  for (let start = 0; start < rows.length; start += size) {
    const chunk = rows.slice(start, start + size) as unknown as AnyRow[];
    const unique = new Map<string, AnyRow>();
    for (const r of chunk) unique.set(keyText(r, spec.key), r);
    const found = await db
      .selectFrom(spec.table)
      .select([...spec.key, ...spec.content, ...(watch?.columns ?? [])] as never)
      .where(keyIn(spec.key, [...unique.values()]))
      .execute();
    const stored = new Map<string, AnyRow>();
    for (const r of found as AnyRow[]) stored.set(keyText(r, spec.key), r);
    const inserts = new Map<string, AnyRow>();
    const updates = new Map<string, AnyRow>();
    for (const row of chunk) {
      const k = keyText(row, spec.key);
      const earlier = inserts.get(k) ?? updates.get(k);
      const before = earlier ?? stored.get(k);
      if (before === undefined) {
        inserts.set(k, row);
        counts.imported++;
      } else if (sameContent(before, row, spec.content)) {
        counts.ignored++;
        continue;
      } else {
        (inserts.has(k) ? inserts : updates).set(k, row);
        counts.updated++;
      }
      watch?.changed(row, earlier === undefined ? before : undefined);
    }
    if (inserts.size > 0) {
      // Another writer may insert one of these keys after the read above (PostgreSQL runs
      // writers side by side): its row then takes this one's values instead of failing the
      // whole import, so the write that commits last wins.
      const values = [...inserts.values()];
      const rest = Object.keys(values[0] as AnyRow).filter((c) => !spec.key.includes(c as never));
      await db
        .insertInto(spec.table)
        .values(values as never)
        .onConflict((oc) =>
          oc
            .columns(spec.key as never)
            .doUpdateSet(
              (eb) =>
                Object.fromEntries(rest.map((c) => [c, eb.ref(`excluded.${c}` as never)])) as never,
            ),
        )
        .execute();
    }
    for (const row of updates.values()) {
      const set: AnyRow = {};
      for (const [c, v] of Object.entries(row)) if (!spec.key.includes(c as never)) set[c] = v;
      let q = db.updateTable(spec.table).set(set as never);
      for (const c of spec.key) q = q.where(c as never, '=', row[c] as never);
      await q.execute();
    }
  }
  return counts;
}
