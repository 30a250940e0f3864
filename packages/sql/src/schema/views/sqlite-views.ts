import { type RawBuilder, sql } from 'kysely';
import { STATUS_CASES } from './status-labels.js';

/**
 * Decimal text (`\d+(\.\d+)?`, as the core stores targets, baselines and bands) as an exact
 * fraction of two SQLite integers: '41' → 41/1, '0.95' → 95/100.
 */
function scaled(column: string): { n: string; d: string } {
  return {
    n: `cast(replace(${column}, '.', '') as integer)`,
    d: `cast('1' || substr('000000000000000000', 1, case when instr(${column}, '.') > 0 then length(${column}) - instr(${column}, '.') else 0 end) as integer)`,
  };
}

const target = scaled('f.target');
const baseline = scaled('f.baseline');
const exceeded = scaled('f.exceeded_above');
const met = scaled('f.met_at_least');

/**
 * `programme_indicators` on SQLite: one row per indicator with its names and unit, read from
 * the programme's JSON.
 * @example
 * await sqliteIndicatorView().execute(db);
 */
export function sqliteIndicatorView(): RawBuilder<unknown> {
  return sql`create view programme_indicators as
    select i.programme, i.code, i.position,
      e.value ->> '$.name.vi' as name_vi,
      coalesce(e.value ->> '$.name.en', e.value ->> '$.name.vi') as name_en,
      e.value ->> '$.unit.vi' as unit_vi,
      coalesce(e.value ->> '$.unit.en', e.value ->> '$.unit.vi') as unit_en,
      e.value ->> '$.measure' as measure, i.direction, i.aggregation, i.category
    from indicators i
    join programmes p on p.code = i.programme
    join json_each(p.data, '$.indicators') e on e.key = i.position`;
}

/**
 * `attainment` on SQLite, in plain SQL (no function of the application): the core's attainment
 * of every target at today's date (UTC), for integer actuals. Targets, baselines and bands are
 * decimal text, compared as exact integer fractions. A cell fed by a decimal observation has
 * no exact sum in plain SQLite: its `actual`, `percent` and `status` are null and
 * `decimal_observations` says how many; `cadre report` gives those.
 * @example
 * await sqliteAttainmentView().execute(db);
 */
export function sqliteAttainmentView(): RawBuilder<unknown> {
  const ratioNum = `case when f.direction = 'reduction' then f.actual * 100 * ${baseline.d} * ${target.d} else f.actual * ${target.d} end`;
  const ratioDen = `case when f.direction = 'reduction' then ${baseline.n} * ${target.n} else ${target.n} end`;
  return sql`create view attainment as
    with cells as (
      select t.programme, t.indicator, t.org_unit, t.period_start, t.period_end, t.disagg_key,
        coalesce(t.data ->> '$.disaggregation', '{}') as breakdown, t.value as target,
        t.baseline, i.direction, i.aggregation,
        min(t.period_end, date('now')) as last_day
      from targets t
      join indicators i on i.programme = t.programme and i.code = t.indicator),
    matched as (
      select c.programme, c.indicator, c.org_unit, c.period_start, c.period_end, c.disagg_key,
        o.value_int, o.value_dec,
        c.aggregation = 'sum' or o.date = max(o.date) over (
          partition by c.programme, c.indicator, c.org_unit, c.period_start, c.period_end,
            c.disagg_key, o.org_unit, o.disagg_key) as counted
      from cells c
      join org_unit_closure k on k.ancestor = c.org_unit
      join observations o on o.programme = c.programme
        and o.indicator = c.indicator and o.org_unit = k.descendant
        and o.date >= c.period_start and o.date <= c.last_day
      where not exists (select 1 from json_each(c.breakdown) b
        where (o.disaggregation ->> b.key) is not b.value)),
    sums as (
      select programme, indicator, org_unit, period_start, period_end, disagg_key,
        sum(value_int) as int_sum, count(value_dec) as decimals, count(*) as n
      from matched where counted
      group by programme, indicator, org_unit, period_start, period_end, disagg_key),
    figures as (
      select c.*,
        case when coalesce(s.decimals, 0) = 0 then coalesce(s.int_sum, 0) end as actual,
        coalesce(s.decimals, 0) as decimals, coalesce(s.n, 0) as n,
        p.data ->> '$.statusBands.exceededAbove' as exceeded_above,
        p.data ->> '$.statusBands.metAtLeast' as met_at_least
      from cells c
      left join sums s using (programme, indicator, org_unit, period_start, period_end, disagg_key)
      join programmes p on p.code = c.programme),
    fractions as (
      select f.*, ${sql.raw(ratioNum)} as num, ${sql.raw(ratioDen)} as den,
        f.actual * ${sql.raw(target.d)} <= ${sql.raw(target.n)} as within_limit,
        ${sql.raw(exceeded.n)} as en, ${sql.raw(exceeded.d)} as ed,
        ${sql.raw(met.n)} as mn, ${sql.raw(met.d)} as md
      from figures f),
    judged as (
      select f.*, case
        when f.actual is null then null
        when f.direction = 'at_most' then case
          when f.target is null then 'no_target'
          when f.within_limit then 'met' else 'not_met' end
        when f.actual = 0 then 'not_started'
        when f.den is null or f.den = 0 then 'no_target'
        when f.num * f.ed > f.en * f.den then 'exceeded'
        when f.num * f.md >= f.mn * f.den then 'met'
        else 'not_met' end as status
      from fractions f)
    select j.programme, j.indicator, j.org_unit as unit, u.name as unit_name, j.period_start,
      j.period_end, j.breakdown, j.direction, j.target, j.baseline, j.actual,
      j.n as observations, j.decimals as decimal_observations,
      case when j.status is null or j.status = 'no_target' then null
        when j.status = 'not_started' then case when j.target is null or j.target = '0' then null
          else 0 end
        when j.den is null or j.den = 0 then null
        else j.num * 100.0 / j.den end as percent,
      j.status, case j.status ${STATUS_CASES} end as status_vi
    from judged j
    left join org_units u on u.code = j.org_unit`;
}
