import { sql } from 'kysely';
import { type CellSumRequest, type SqlPlace, table } from './sum-parts.js';

// Rows looked at, spread evenly over the table's rowids.
const SAMPLE = 64;
// Below this many rows either plan takes milliseconds.
const SMALL = 4096;

/**
 * SQLite only: whether the flow sums should read the whole observations table rather than the
 * primary key's range of the programme (and indicator). Through the key every row is a lookup
 * in the table in key order, which a file loaded in arrival order scatters: measured at 1M
 * rows, about 1.3 µs a row more than a plain scan of the whole table costs (about 0.3 µs a row
 * read). SQLite's planner takes the key whenever the WHERE clause names its first column, even
 * with statistics saying every row matches; so the store samples 64 rows spread over the
 * rowids and scans when at least a quarter of them belong to the query. Both plans give the
 * same sums: a wrong guess costs time only.
 * @example
 * const wholeTable = await scanBeatsIndex(place, { programme: 'P', asOf, stockIndicators });
 */
export async function scanBeatsIndex(place: SqlPlace, req: CellSumRequest): Promise<boolean> {
  if (place.engine !== 'sqlite') return false;
  const observations = table(place, 'observations');
  const { rows } = await sql<{ last: number | null }>`
    select max(rowid) as last from ${observations}`.execute(place.db);
  const last = Number(rows[0]?.last ?? 0);
  if (last < SMALL) return false;
  const ids = Array.from({ length: SAMPLE }, (_, i) => 1 + Math.floor((i * last) / SAMPLE));
  const matches =
    req.indicator === undefined
      ? sql`programme = ${req.programme}`
      : sql`programme = ${req.programme} and indicator = ${req.indicator}`;
  const { rows: sample } = await sql<{ seen: number; hits: number | null }>`
    select count(*) as seen, sum(${matches}) as hits from ${observations}
    where rowid in (${sql.join(ids)})`.execute(place.db);
  const seen = Number(sample[0]?.seen ?? 0);
  const hits = Number(sample[0]?.hits ?? 0);
  // Rowids with many gaps (large deletes) leave too few rows to judge: keep the planner's plan.
  return seen >= SAMPLE / 4 && hits * 4 >= seen;
}
