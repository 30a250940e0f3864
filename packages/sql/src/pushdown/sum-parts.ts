import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Engine } from '../schema/engine.js';
import type { Tables } from '../schema/tables.js';

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
  /**
   * Roll-up to current units: each stored target's unit → the unit whose figures it sums
   * (Bắc Kạn's target sums Thái Nguyên's). Units not listed sum their own.
   */
  unitMap?: ReadonlyMap<string, string>;
}

/** Where the SQL runs: a Kysely handle (or transaction), its engine and its table schema. */
export interface SqlPlace {
  db: Kysely<Tables>;
  engine: Engine;
  /** Postgres schema of the tables; undefined for SQLite. */
  schema: string | undefined;
}

/** One summed cell as the queries return it: the target's key columns and the sums. */
export interface SumRow {
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
 * A table of the store, qualified with the Postgres schema when there is one.
 * @example
 * sql`select count(*) from ${table(place, 'targets')}`;
 */
export function table(place: SqlPlace, name: keyof Tables): RawBuilder<unknown> {
  return place.schema === undefined ? sql.table(name) : sql.table(`${place.schema}.${name}`);
}

/**
 * The targets a request selects, as a condition on the alias `t`.
 * @example
 * sql`select * from ${table(place, 'targets')} t where ${targetFilter(place, req)}`;
 */
export function targetFilter(place: SqlPlace, req: CellSumRequest): RawBuilder<unknown> {
  const parts = [sql`t.programme = ${req.programme}`];
  if (req.indicator !== undefined) parts.push(sql`t.indicator = ${req.indicator}`);
  if (req.within !== undefined) {
    parts.push(
      sql`t.org_unit in (select descendant from ${table(place, 'org_unit_closure')} where ancestor = ${req.within})`,
    );
  }
  return sql.join(parts, sql` and `);
}

/**
 * The exact sum of decimal texts in a column, as canonical text.
 * @example
 * sql`select ${decSum(place, sql`o.value_dec`)} from observations o`;
 */
export function decSum(place: SqlPlace, column: RawBuilder<unknown>): RawBuilder<unknown> {
  // SQLite has no decimal type: an exact aggregate over scaled BigInts is registered instead;
  // the filter keeps integer rows from calling into JavaScript at all.
  return place.engine === 'sqlite'
    ? sql`cadre_dec_sum(${column}) filter (where ${column} is not null)`
    : sql`sum(cast(${column} as numeric))::text`;
}

/**
 * Observations of stock indicators (`stock` true) or of the others, on the alias `o`.
 * @example
 * sql`… where ${kindFilter(req, false)}`; // flows only
 */
export function kindFilter(req: CellSumRequest, stock: boolean): RawBuilder<unknown> {
  const stocks = [...req.stockIndicators];
  if (stocks.length === 0) return stock ? sql`false` : sql`true`;
  return stock
    ? sql`o.indicator in (${sql.join(stocks)})`
    : sql`o.indicator not in (${sql.join(stocks)})`;
}

/**
 * Under a roll-up to current units, the CTE entries `moved(src, dst)` and `rcv(src, dst)`: each
 * selected target's unit (`src`) with the unit whose figures it sums (`dst`: the unit it moves
 * to, or itself). Sums group by `dst`; targets join back through `src`. Undefined without a
 * roll-up: each target then sums its own unit's figures, and the queries join it directly.
 * @example
 * const rcv = receivers(place, req, dimsText); // sql`with ${rcv}, anc as (…)`
 */
export function receivers(
  place: SqlPlace,
  req: CellSumRequest,
  dims: string,
): RawBuilder<unknown> | undefined {
  if (!req.unitMap || req.unitMap.size === 0) return undefined;
  const pairs = [...req.unitMap].map(([src, dst]) => sql`(${src}, ${dst})`);
  return sql`moved(src, dst) as (values ${sql.join(pairs)}),
    rcv as (select u.org_unit as src, coalesce(m.dst, u.org_unit) as dst
      from (select distinct t.org_unit from ${table(place, 'targets')} t
        where ${targetFilter(place, req)} and t.disagg_dims = ${dims}) u
      left join moved m on m.src = u.org_unit)`;
}
