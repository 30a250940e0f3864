import { sql } from 'kysely';
import { type CellSumRequest, type SqlPlace, table } from './sum-parts.js';

// Rows looked at, spread evenly over the table's rowids.
const SAMPLE = 64;
// Below this many rows either plan takes milliseconds.
const SMALL = 4096;

/**
 * How the flow sums read the observations table (SQLite; PostgreSQL plans for itself):
 * - `key`: the primary key's range of the programme (and indicator), as SQLite's planner does;
 * - `scan`: the whole table, when most rows belong to the query;
 * - `subtree`: from the org units of the queried subtree, each looked up in the key by
 *   (programme, indicator, unit, dates), when the subtree holds few of the rows.
 */
export type ObservationRead = 'key' | 'scan' | 'subtree';

/**
 * SQLite only: how the flow sums should read the observations (see `ObservationRead`). Through
 * the key every row is a lookup in the table in key order, which a file loaded in arrival order
 * scatters: measured at 1M rows, about 1.3 µs a row more than a plain scan of the whole table
 * costs (about 0.3 µs a row read). SQLite's planner takes the key whenever the WHERE clause names
 * its first column, even with statistics saying every row matches; so the store samples 64 rows
 * spread over the rowids and scans when at least a quarter of them belong to the query. A query
 * for one subtree (one province of 34) reads only that subtree's units through the key when
 * fewer than a quarter of the sampled rows lie in it: one province's report at 14,688 rows took
 * 2.3 ms by scanning and 0.22 ms this way. Every plan gives the same sums: a wrong guess costs
 * time only.
 * @example
 * const read = await chooseObservationRead(place, { programme: 'P', asOf, stockIndicators });
 */
export async function chooseObservationRead(
  place: SqlPlace,
  req: CellSumRequest,
): Promise<ObservationRead> {
  if (place.engine !== 'sqlite') return 'key';
  const observations = table(place, 'observations');
  const { rows } = await sql<{ last: number | null }>`
    select max(rowid) as last from ${observations}`.execute(place.db);
  const last = Number(rows[0]?.last ?? 0);
  // On a small table every plan is quick; a subtree still reads only its own units.
  if (last < SMALL) return req.within === undefined ? 'key' : 'subtree';
  const ids = Array.from({ length: SAMPLE }, (_, i) => 1 + Math.floor((i * last) / SAMPLE));
  const matches =
    req.indicator === undefined
      ? sql`programme = ${req.programme}`
      : sql`programme = ${req.programme} and indicator = ${req.indicator}`;
  const inside =
    req.within === undefined
      ? sql`0`
      : sql`${matches} and org_unit in (select descendant from ${table(place, 'org_unit_closure')} where ancestor = ${req.within})`;
  const { rows: sample } = await sql<{ seen: number; hits: number | null; inside: number | null }>`
    select count(*) as seen, sum(${matches}) as hits, sum(${inside}) as inside
    from ${observations} where rowid in (${sql.join(ids)})`.execute(place.db);
  const seen = Number(sample[0]?.seen ?? 0);
  const hits = Number(sample[0]?.hits ?? 0);
  // Rowids with many gaps (large deletes) leave too few rows to judge: keep the planner's plan.
  if (seen < SAMPLE / 4) return 'key';
  if (req.within !== undefined && Number(sample[0]?.inside ?? 0) * 4 < seen) return 'subtree';
  return hits * 4 >= seen ? 'scan' : 'key';
}
