import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Engine } from '../schema/engine.js';
import type { Tables } from '../schema/tables.js';
import { formatScaled } from '../sqlite/decimal-sum.js';
import { projectBreakdown } from './breakdown-match.js';

/** What to sum: one programme's targets, optionally narrowed, as of a review date. */
export interface CellSumRequest {
  programme: string;
  asOf: string;
  /** Indicators whose actual is the latest level (stocks); the rest are summed (flows). */
  stockIndicators: ReadonlySet<string>;
  /** Only targets of this indicator. */
  indicator?: string;
  /** Only targets at this unit or below it. */
  within?: string;
}

/** A cell's summed actual (canonical decimal text) and how many observations fed it. */
export interface CellSum {
  actual: string;
  count: number;
}

/** Where the SQL runs: a Kysely handle (or transaction), its engine and its table schema. */
export interface SqlPlace {
  db: Kysely<Tables>;
  engine: Engine;
  /** Postgres schema of the tables; undefined for SQLite. */
  schema: string | undefined;
}

interface SumRow {
  indicator: string;
  org_unit: string;
  period_start: string;
  period_end: string;
  disagg_key: string;
  int_sum: string | number | bigint | null;
  dec_sum: string | null;
  n: string | number | bigint;
}

/**
 * The key that `sumCells` results are filed under, from a target's stored columns.
 * @example
 * cellSumKey('master', '04', '2016-05-09', '2020-12-31', '[]');
 */
export function cellSumKey(
  indicator: string,
  orgUnit: string,
  start: string,
  end: string,
  disaggKey: string,
): string {
  return JSON.stringify([indicator, orgUnit, start, end, disaggKey]);
}

/**
 * Pushes stage 1 of attainment into SQL: for every target of the programme, sums the
 * observations of its indicator at its unit or below (closure join), dated from the target's
 * start to the earlier of its end and `asOf`, carrying every breakdown entry the target names.
 * Stocks take each (unit, breakdown)'s latest date first. Sums come back as integer and
 * decimal text, joined here without floats. One query per distinct set of breakdown names.
 * @example
 * const sums = await sumCells(place, { programme: 'P', asOf: '2019-05-20', stockIndicators: new Set() });
 */
export async function sumCells(
  place: SqlPlace,
  req: CellSumRequest,
): Promise<Map<string, CellSum>> {
  const out = new Map<string, CellSum>();
  const dimSets = await distinctDims(place, req);
  for (const dims of dimSets) {
    for (const stock of [false, true]) {
      const rows = await runSum(place, req, dims, stock);
      for (const r of rows) {
        const key = cellSumKey(r.indicator, r.org_unit, r.period_start, r.period_end, r.disagg_key);
        out.set(key, { actual: joinSums(r.int_sum, r.dec_sum), count: Number(r.n) });
      }
    }
  }
  return out;
}

function table(place: SqlPlace, name: keyof Tables): RawBuilder<unknown> {
  return place.schema === undefined ? sql.table(name) : sql.table(`${place.schema}.${name}`);
}

function targetFilter(place: SqlPlace, req: CellSumRequest): RawBuilder<unknown> {
  const parts = [sql`t.programme = ${req.programme}`];
  if (req.indicator !== undefined) parts.push(sql`t.indicator = ${req.indicator}`);
  if (req.within !== undefined) {
    parts.push(
      sql`t.org_unit in (select descendant from ${table(place, 'org_unit_closure')} where ancestor = ${req.within})`,
    );
  }
  return sql.join(parts, sql` and `);
}

async function distinctDims(place: SqlPlace, req: CellSumRequest): Promise<string[][]> {
  const { rows } = await sql<{ disagg_dims: string }>`
    select distinct t.disagg_dims from ${table(place, 'targets')} t
    where ${targetFilter(place, req)}`.execute(place.db);
  return rows.map((r) => JSON.parse(r.disagg_dims) as string[]);
}

function decSum(place: SqlPlace, column: RawBuilder<unknown>): RawBuilder<unknown> {
  // SQLite has no decimal type: an exact aggregate over scaled BigInts is registered instead;
  // the filter keeps integer rows from calling into JavaScript at all.
  return place.engine === 'sqlite'
    ? sql`cadre_dec_sum(${column}) filter (where ${column} is not null)`
    : sql`sum(cast(${column} as numeric))::text`;
}

async function runSum(
  place: SqlPlace,
  req: CellSumRequest,
  dims: string[],
  stock: boolean,
): Promise<SumRow[]> {
  const stocks = [...req.stockIndicators];
  const kindFilter =
    stocks.length === 0
      ? stock
        ? sql`false`
        : sql`true`
      : stock
        ? sql`o.indicator in (${sql.join(stocks)})`
        : sql`o.indicator not in (${sql.join(stocks)})`;
  if (stock && stocks.length === 0) return [];
  // SQLite joins in the order written under CROSS JOIN: drive from observations, then probe
  // targets through the index that includes the projected breakdown (the primary key would
  // scan every cell of the unit and project the breakdown for each).
  const join = place.engine === 'sqlite' ? sql.raw('cross join') : sql.raw('join');
  const probe = place.engine === 'sqlite' ? sql.raw('indexed by targets_match') : sql.raw('');
  const lastDay = sql`case when t.period_end < ${req.asOf} then t.period_end else ${req.asOf} end`;
  const dimsText = JSON.stringify(dims);
  // Only units that hold a selected target can receive an observation: pair each unit with
  // those ancestors once, so each observation probes targets once per receiving ancestor.
  const receivers = sql`
    with anc as materialized (
      select c.descendant, c.ancestor from ${table(place, 'org_unit_closure')} c
      where c.ancestor in (
        select t.org_unit from ${table(place, 'targets')} t
        where ${targetFilter(place, req)} and t.disagg_dims = ${dimsText}))`;
  const projected = projectBreakdown(place.engine, sql`o.disaggregation`, dims);
  const cellFilter = sql`${targetFilter(place, req)} and t.disagg_dims = ${dimsText}
      and o.date >= t.period_start and o.date <= ${lastDay}`;
  const matched =
    place.engine === 'sqlite'
      ? sql`
    from ${table(place, 'observations')} o
    ${join} anc on anc.descendant = o.org_unit
    ${join} ${table(place, 'targets')} t ${probe}
      on t.programme = o.programme and t.indicator = o.indicator and t.org_unit = anc.ancestor
      and t.disagg_dims = ${dimsText} and t.disagg_values = ${projected}
    where o.programme = ${req.programme} and o.date <= ${req.asOf} and ${kindFilter}
      and ${cellFilter}`
      : // Postgres: project each observation once behind a fence (offset 0), then join the
        // targets on (indicator, unit, breakdown); left to itself the planner pairs every
        // unit with every target first.
        sql`
    from (
      select o.programme, o.indicator, o.org_unit, o.date, o.disagg_key, o.value_int, o.value_dec,
        anc.ancestor, ${projected} as dv
      from ${table(place, 'observations')} o join anc on anc.descendant = o.org_unit
      where o.programme = ${req.programme} and o.date <= ${req.asOf} and ${kindFilter}
      offset 0) o
    join ${table(place, 'targets')} t
      on t.programme = o.programme and t.indicator = o.indicator and t.org_unit = o.ancestor
      and t.disagg_values = o.dv
    where ${cellFilter}`;
  const cell = sql`t.indicator, t.org_unit, t.period_start, t.period_end, t.disagg_key`;
  // SQLite groups on the target's rowid (one integer) and reads its key columns as bare columns.
  const cellGroup = place.engine === 'sqlite' ? sql`t.rowid` : cell;
  // As text: SQLite would hand a sum above 2^53 back as a rounded number.
  const intSum = sql`cast(sum(o.value_int) as text)`;
  if (!stock && place.engine === 'postgres') {
    // Postgres flows: sum per (indicator, receiving unit, breakdown, target period) first, a
    // hash aggregate over the observations, then join the few groups to their targets.
    const grouped = sql<SumRow>`${receivers},
      periods as materialized (
        select distinct t.period_start, t.period_end, ${lastDay} as last_day
        from ${table(place, 'targets')} t
        where ${targetFilter(place, req)} and t.disagg_dims = ${dimsText}),
      g as (
        select o.indicator, anc.ancestor, ${projected} as dv, p.period_start, p.period_end,
          ${intSum} as int_sum, ${decSum(place, sql`o.value_dec`)} as dec_sum, count(*) as n
        from ${table(place, 'observations')} o
        join anc on anc.descendant = o.org_unit
        join periods p on o.date >= p.period_start and o.date <= p.last_day
        where o.programme = ${req.programme} and o.date <= ${req.asOf} and ${kindFilter}
        group by 1, 2, 3, 4, 5)
      select ${cell}, g.int_sum, g.dec_sum, g.n
      from g join ${table(place, 'targets')} t
        on t.indicator = g.indicator and t.org_unit = g.ancestor and t.disagg_values = g.dv
        and t.period_start = g.period_start and t.period_end = g.period_end
      where ${targetFilter(place, req)} and t.disagg_dims = ${dimsText}`;
    return (await grouped.execute(place.db)).rows;
  }
  const query = stock
    ? sql<SumRow>`${receivers}
      select indicator, org_unit, period_start, period_end, disagg_key,
        cast(sum(value_int) as text) as int_sum, ${decSum(place, sql`value_dec`)} as dec_sum,
        count(*) as n
      from (
        select ${cell}, o.value_int, o.value_dec, o.date,
          max(o.date) over (partition by ${cell}, o.org_unit, o.disagg_key) as latest
        ${matched}
      ) x
      where date = latest
      group by indicator, org_unit, period_start, period_end, disagg_key`
    : sql<SumRow>`${receivers}
      select ${cell}, ${intSum} as int_sum, ${decSum(place, sql`o.value_dec`)} as dec_sum,
        count(*) as n
      ${matched}
      group by ${cellGroup}`;
  return (await query.execute(place.db)).rows;
}

/** Integer sum plus decimal sum, as canonical text; exact through BigInt. */
function joinSums(intSum: SumRow['int_sum'], decSum: string | null): string {
  const whole = intSum === null ? 0n : BigInt(intSum);
  if (decSum === null || decSum === '0') return whole.toString();
  const dot = decSum.indexOf('.');
  const scale = dot < 0 ? 0 : decSum.length - dot - 1;
  const units = BigInt(dot < 0 ? decSum : decSum.slice(0, dot) + decSum.slice(dot + 1));
  return formatScaled(whole * 10n ** BigInt(scale) + units, scale);
}
