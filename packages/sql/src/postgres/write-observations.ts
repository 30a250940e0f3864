import { CompiledQuery, sql } from 'kysely';
import { escapeIdentifier } from 'pg';
import { genericObservationWriter, type ObservationWriter } from '../store/apply-rows.js';
import { COPY_MARKER, registerCopy } from './copy-pool.js';
import { copyChunks } from './copy-text.js';

// Below this many rows the upsert path (read keys, then INSERT/UPDATE) is as quick as COPY.
const COPY_FROM = 500;
const COLUMNS =
  'programme, indicator, org_unit, date, disagg_key, disaggregation, value_int, value_dec';

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23505';
}

/**
 * PostgreSQL's observation writer. Large writes COPY straight into the table inside a
 * savepoint: when every key is new (the bulk-load case) that is the whole cost. If a key
 * already exists the COPY fails with a unique violation, the savepoint is rolled back and the
 * rows go through the portable upsert, which counts updates and unchanged rows.
 * @example
 * const write = postgresObservationWriter('cadre'); await write(trx, rows);
 */
export function postgresObservationWriter(schema: string): ObservationWriter {
  const statement = `${COPY_MARKER}copy ${escapeIdentifier(schema)}.observations (${COLUMNS}) from stdin`;
  return async (db, rows) => {
    if (rows.length < COPY_FROM) return genericObservationWriter(db, rows);
    await sql`savepoint cadre_copy`.execute(db);
    const job = registerCopy(() =>
      copyChunks(
        (function* () {
          for (const r of rows) {
            yield [
              r.programme,
              r.indicator,
              r.org_unit,
              r.date,
              r.disagg_key,
              r.disaggregation,
              r.value_int,
              r.value_dec,
            ];
          }
        })(),
      ),
    );
    try {
      await db.executeQuery(CompiledQuery.raw(statement, [job.id]));
      await sql`release savepoint cadre_copy`.execute(db);
      return { imported: rows.length, updated: 0, ignored: 0 };
    } catch (error) {
      job.cancel();
      if (!isUniqueViolation(error)) throw error;
      await sql`rollback to savepoint cadre_copy`.execute(db);
      return genericObservationWriter(db, rows);
    }
  };
}
