import { sql } from 'kysely';
import { projectBreakdown } from './breakdown-match.js';
import {
  type CellSumRequest,
  decSum,
  kindFilter,
  receivers,
  type SqlPlace,
  type SumRow,
  table,
  targetFilter,
} from './sum-parts.js';

/**
 * Sums stock observations into the targets of one set of breakdown names: for each target,
 * each (unit, breakdown) below it contributes the values of its latest date in the target's
 * counted days. Stock programmes are small (levels, not events), so each observation is matched
 * to its targets row by row and the latest date is picked with a window.
 * @example
 * const rows = await stockSums(place, { ...req, stockIndicators: new Set(['staff']) }, ['sex']);
 */
export async function stockSums(
  place: SqlPlace,
  req: CellSumRequest,
  dims: string[],
): Promise<SumRow[]> {
  const dimsText = JSON.stringify(dims);
  const lastDay = sql`case when t.period_end < ${req.asOf} then t.period_end else ${req.asOf} end`;
  const projected = projectBreakdown(place.engine, sql`o.disaggregation`, dims);
  const cellFilter = sql`${targetFilter(place, req)} and t.disagg_dims = ${dimsText}
      and o.date >= t.period_start and o.date <= ${lastDay}`;
  const stocks = kindFilter(req, true);
  // Rolled up to current units, a target takes the levels of the unit it moves to (`rcv`).
  const rcv = receivers(place, req, dimsText);
  const receiving = rcv
    ? sql`select dst from rcv`
    : sql`select t.org_unit from ${table(place, 'targets')} t
        where ${targetFilter(place, req)} and t.disagg_dims = ${dimsText}`;
  // SQLite joins in the order written under CROSS JOIN: drive from observations, then probe
  // targets through the index that includes the projected breakdown (the primary key would
  // scan every cell of the unit and project the breakdown for each).
  const matched =
    place.engine === 'sqlite'
      ? sql`
    from ${table(place, 'observations')} o
    cross join anc on anc.descendant = o.org_unit
    ${rcv ? sql`cross join rcv on rcv.dst = anc.ancestor` : sql``}
    cross join ${table(place, 'targets')} t indexed by targets_match
      on t.programme = o.programme and t.indicator = o.indicator
      and t.org_unit = ${rcv ? sql`rcv.src` : sql`anc.ancestor`}
      and t.disagg_dims = ${dimsText} and t.disagg_values = ${projected}
    where o.programme = ${req.programme} and o.date <= ${req.asOf} and ${stocks}
      and ${cellFilter}`
      : // Postgres: project each observation once behind a fence (offset 0), then join the
        // targets on (indicator, unit, breakdown); left to itself the planner pairs every
        // unit with every target first.
        sql`
    from (
      select o.programme, o.indicator, o.org_unit, o.date, o.disagg_key, o.value_int, o.value_dec,
        anc.ancestor, ${projected} as dv
      from ${table(place, 'observations')} o join anc on anc.descendant = o.org_unit
      where o.programme = ${req.programme} and o.date <= ${req.asOf} and ${stocks}
      offset 0) o
    ${rcv ? sql`join rcv on rcv.dst = o.ancestor` : sql``}
    join ${table(place, 'targets')} t
      on t.programme = o.programme and t.indicator = o.indicator
      and t.org_unit = ${rcv ? sql`rcv.src` : sql`o.ancestor`}
      and t.disagg_values = o.dv
    where ${cellFilter}`;
  const cell = sql`t.indicator, t.org_unit, t.period_start, t.period_end, t.disagg_key`;
  // Only units that hold a selected target can receive an observation: pair each unit with
  // those ancestors once, so each observation probes targets once per receiving ancestor.
  const query = sql<SumRow>`
    with ${rcv ? sql`${rcv},` : sql``} anc as materialized (
      select c.descendant, c.ancestor from ${table(place, 'org_unit_closure')} c
      where c.ancestor in (${receiving}))
    select indicator, org_unit, period_start, period_end, disagg_key,
      cast(sum(value_int) as text) as int_sum, ${decSum(place, sql`value_dec`)} as dec_sum,
      count(*) as n
    from (
      select ${cell}, o.value_int, o.value_dec, o.date,
        max(o.date) over (partition by ${cell}, o.org_unit, o.disagg_key) as latest
      ${matched}
    ) x
    where date = latest
    group by indicator, org_unit, period_start, period_end, disagg_key`;
  return (await query.execute(place.db)).rows;
}
