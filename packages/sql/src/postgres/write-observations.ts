import { CompiledQuery, type Kysely, sql } from 'kysely';
import type { ObservationRow, Tables } from '../schema/tables.js';
import {
  type BulkObservationWriter,
  genericObservationWriter,
  type ObservationWriter,
} from '../store/apply-rows.js';
import { COPY_MARKER, registerCopy } from './copy-pool.js';
import { copyChunks } from './copy-text.js';
import { quoteIdentifier } from './create-pool.js';

// Below this many rows the upsert path (read keys, then INSERT/UPDATE) is as quick as COPY.
const COPY_FROM = 500;
const COLUMNS =
  'programme, indicator, org_unit, date, disagg_key, disaggregation, value_int, value_dec';

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23505';
}

function* fields(rows: ObservationRow[]) {
  for (const r of rows) {
    yield [
      r.programme,
      r.indicator,
      r.org_unit,
      r.date,
      r.disagg_key,
      r.disaggregation,
      r.value_int as number | null,
      r.value_dec,
    ];
  }
}

/** COPYs rows into the table inside a savepoint; false (rolled back) on any existing key. */
async function copyAllNew(db: Kysely<Tables>, statement: string, rows: ObservationRow[]) {
  await sql`savepoint cadre_copy`.execute(db);
  const job = registerCopy(() => copyChunks(fields(rows)));
  try {
    await db.executeQuery(CompiledQuery.raw(statement, [job.id]));
    await sql`release savepoint cadre_copy`.execute(db);
    return true;
  } catch (error) {
    job.cancel();
    if (!isUniqueViolation(error)) throw error;
    await sql`rollback to savepoint cadre_copy`.execute(db);
    await sql`release savepoint cadre_copy`.execute(db);
    return false;
  }
}

/**
 * PostgreSQL's observation writers. Large writes COPY straight into the table inside a
 * savepoint: when every key is new (the bulk-load case) that is the whole cost. A key that
 * exists (or repeats) fails the COPY with a unique violation; the savepoint is rolled back and
 * `write` goes on with the portable upsert, while `bulk` hands over to the full check.
 * @example
 * const { write, bulk } = postgresObservationWriters('cadre');
 */
export function postgresObservationWriters(schema: string): {
  write: ObservationWriter;
  bulk: BulkObservationWriter;
} {
  const statement = `${COPY_MARKER}copy ${quoteIdentifier(schema)}.observations (${COLUMNS}) from stdin`;
  const imported = (n: number) => ({ imported: n, updated: 0, ignored: 0 });
  return {
    write: async (db, rows) => {
      if (rows.length >= COPY_FROM && (await copyAllNew(db, statement, rows))) {
        return imported(rows.length);
      }
      return genericObservationWriter(db, rows);
    },
    bulk: async (db, rows) => {
      if (rows.length < COPY_FROM) return 'fallback';
      return (await copyAllNew(db, statement, rows)) ? imported(rows.length) : 'fallback';
    },
  };
}
