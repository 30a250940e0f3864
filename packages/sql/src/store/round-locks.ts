import { CadreError } from '@cadre/core';
import { type Kysely, PostgresAdapter, sql } from 'kysely';
import type { Tables } from '../schema/tables.js';

/**
 * How a transaction holds the rounds table: `figures` for a write of observations (many may run
 * together), `transition` for a round transition (alone, and not beside a write of figures).
 */
export type RoundsHold = 'figures' | 'transition';

// PostgreSQL's table lock modes: SHARE lets writes of figures run together and waits for a
// transition; SHARE ROW EXCLUSIVE conflicts with SHARE and with itself.
const MODES = { figures: sql`share`, transition: sql`share row exclusive` } as const;

/**
 * Serialises the frozen-period check of a write of figures with round transitions, inside the
 * caller's transaction. Under PostgreSQL's READ COMMITTED a write would otherwise read the rounds,
 * let an approval commit, and then write into the period the approval froze. The locks are
 * released at commit. SQLite needs none: every write transaction there begins with
 * `BEGIN IMMEDIATE` and so runs alone.
 * @example
 * await db.transaction().execute(async (trx) => { await holdRounds(trx, 'figures'); … });
 */
export async function holdRounds(tx: Kysely<Tables>, hold: RoundsHold): Promise<void> {
  if (!(tx.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`lock table ${sql.raw(roundsTable(tx))} in ${MODES[hold]} mode`.execute(tx);
}

// The rounds table as this store names it: the store's schema plugin qualifies tables in the
// queries it builds, never inside raw SQL, so the name is read from a query it built.
function roundsTable(tx: Kysely<Tables>): string {
  const text = tx.selectFrom('rounds').select('state').compile().sql;
  const name = /from ((?:"[^"]+"\.)?"rounds")/.exec(text)?.[1];
  if (name === undefined)
    throw new CadreError('store_failure', `rounds table not found in: ${text}`);
  return name;
}
