import { type RawBuilder, sql } from 'kysely';
import { projectBreakdown } from './breakdown-match.js';
import type { ObservationRead } from './scan-choice.js';
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

/** A target period, and its last counted day: the earlier of its end and the review date. */
export interface CountedPeriod {
  start: string;
  end: string;
  lastDay: string;
}

/** How to read the observations of one flow query. */
export interface FlowPlan {
  dims: string[];
  periods: CountedPeriod[];
  /** SQLite: how to read the observations (see `chooseObservationRead`). */
  read: ObservationRead;
}

/**
 * Sums flow observations into the targets of one set of breakdown names. Observations are
 * grouped first by (indicator, receiving unit, projected breakdown[, period]), so the targets
 * are joined to a few thousand partial sums, never to every row, and the breakdown is projected
 * from each row's JSON once. A single period (the usual case) is bound as two dates; several
 * are joined as a small table.
 * @example
 * const rows = await flowSums(place, req, { dims: ['course'], periods, read: 'scan' });
 */
export async function flowSums(
  place: SqlPlace,
  req: CellSumRequest,
  plan: FlowPlan,
): Promise<SumRow[]> {
  const { dims, periods } = plan;
  if (periods.length === 0) return [];
  const dimsText = JSON.stringify(dims);
  const one = periods.length === 1 ? (periods[0] as CountedPeriod) : undefined;
  // Strings, not numbers: ISO dates compare as text.
  const from = periods.map((p) => p.start).sort()[0] as string;
  const to = periods.map((p) => p.lastDay).sort()[periods.length - 1] as string;
  const selected = sql`${targetFilter(place, req)} and t.disagg_dims = ${dimsText}`;
  const periodTable = sql`(
    select distinct t.period_start, t.period_end,
      case when t.period_end < ${req.asOf} then t.period_end else ${req.asOf} end as last_day
    from ${table(place, 'targets')} t where ${selected})`;
  const projected = projectBreakdown(place.engine, sql`o.disaggregation`, dims);
  const rows = sql`o.programme = ${req.programme} and o.date >= ${from} and o.date <= ${to}
    and ${kindFilter(req, false)}${req.indicator === undefined ? sql`` : sql` and o.indicator = ${req.indicator}`}`;
  const periodCols = one ? sql`` : sql`, p.period_start, p.period_end`;
  const periodJoin = one
    ? sql`t.period_start = ${one.start} and t.period_end = ${one.end}`
    : sql`t.period_start = g.period_start and t.period_end = g.period_end`;
  const sums = (intSum: RawBuilder<unknown>) => sql`${intSum} as int_sum,
    ${decSum(place, sql`o.value_dec`)} as dec_sum, count(*) as n`;
  // Rolled up to current units, a target sums the figures of the unit it moves to (`rcv`).
  const rcv = receivers(place, req, dimsText);
  const receiving = rcv
    ? sql`select dst from rcv`
    : sql`select t.org_unit from ${table(place, 'targets')} t where ${selected}`;

  if (place.engine === 'sqlite') {
    // SQLite joins in the order written under CROSS JOIN: observations drive, each probes its
    // unit's receiving ancestors, then the period; the partial sums probe targets through the
    // index that holds the projected breakdown. For a small subtree the subtree's units drive
    // instead, each with the selected targets' indicators, through the key's
    // (programme, indicator, unit, date) prefix: the same pairs of row and ancestor, fewer rows.
    const source =
      plan.read === 'subtree'
        ? sql`anc
      cross join (select distinct t.indicator from ${table(place, 'targets')} t where ${selected}) i
      cross join ${table(place, 'observations')} o on o.programme = ${req.programme}
        and o.indicator = i.indicator and o.org_unit = anc.descendant`
        : sql`${table(place, 'observations')} o ${plan.read === 'scan' ? sql.raw('not indexed') : sql``}
      cross join anc on anc.descendant = o.org_unit`;
    const g = sql`
      select o.indicator, anc.ancestor, ${projected} as dv${periodCols},
        ${sums(sql`sum(o.value_int)`)}
      from ${source}
      ${one ? sql`` : sql`cross join periods p`}
      where ${rows}${one ? sql`` : sql` and o.date >= p.period_start and o.date <= p.last_day`}
      group by o.indicator, anc.ancestor, dv${periodCols}`;
    const query = sql<SumRow>`
      with ${rcv ? sql`${rcv},` : sql``} anc as materialized (
        select c.descendant, c.ancestor from ${table(place, 'org_unit_closure')} c
        where c.ancestor in (${receiving}))
      ${one ? sql`` : sql`, periods as materialized (select * from ${periodTable})`},
      g as materialized (${g})
      select t.indicator, t.org_unit, t.period_start, t.period_end, t.disagg_key,
        cast(g.int_sum as text) as int_sum, g.dec_sum, g.n
      from g ${rcv ? sql`cross join rcv on rcv.dst = g.ancestor` : sql``}
      cross join ${table(place, 'targets')} t indexed by targets_match
        on t.programme = ${req.programme} and t.indicator = g.indicator
        and t.org_unit = ${rcv ? sql`rcv.src` : sql`g.ancestor`} and t.disagg_dims = ${dimsText}
        and t.disagg_values = g.dv and ${periodJoin}
      where ${selected}`;
    return (await query.execute(place.db)).rows;
  }

  // Postgres: plain joins (no CTE fences), so the planner may scan in parallel and hash the
  // groups. The receiving unit is taken from a DISTINCT list of target units: its few values
  // tell the planner how few groups to expect (from the closure column it guessed hundreds of
  // thousands, and sorted to disk instead of hashing).
  const query = sql<SumRow>`
    ${rcv ? sql`with ${rcv}` : sql``}
    select t.indicator, t.org_unit, t.period_start, t.period_end, t.disagg_key,
      g.int_sum, g.dec_sum, g.n
    from (
      select o.indicator, tu.org_unit as ancestor, ${projected} as dv${periodCols},
        ${sums(sql`cast(sum(o.value_int) as text)`)}
      from ${table(place, 'observations')} o
      join ${table(place, 'org_unit_closure')} c on c.descendant = o.org_unit
      join (select distinct ${rcv ? sql`dst as org_unit from rcv` : sql`t.org_unit from ${table(place, 'targets')} t where ${selected}`}) tu
        on tu.org_unit = c.ancestor
      ${one ? sql`` : sql`join ${periodTable} p on o.date >= p.period_start and o.date <= p.last_day`}
      where ${rows}
      group by 1, 2, 3${periodCols}) g
    ${rcv ? sql`join rcv on rcv.dst = g.ancestor` : sql``}
    join ${table(place, 'targets')} t
      on t.programme = ${req.programme} and t.indicator = g.indicator
      and t.org_unit = ${rcv ? sql`rcv.src` : sql`g.ancestor`} and t.disagg_values = g.dv and ${periodJoin}
    where ${selected}`;
  return (await query.execute(place.db)).rows;
}
