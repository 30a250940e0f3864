import { sql } from 'kysely';
import type { ApplyContext } from '../store/apply-rows.js';

/**
 * Statistics refresh for a Postgres schema: ANALYZE on the named tables, so the planner sees
 * a bulk load's real size (without it, fresh tables look empty and the pushdown query is planned
 * as nested loops). Table names come from the store's own list, never from input.
 * @example
 * const analyze = analyzeTables('cadre'); await analyze(trx, ['observations']);
 */
export function analyzeTables(schema: string): NonNullable<ApplyContext['analyze']> {
  return async (db, tables) => {
    for (const table of tables) await sql`analyze ${sql.table(`${schema}.${table}`)}`.execute(db);
  };
}
