import { type RawBuilder, sql } from 'kysely';
import { STATUS_CASES } from './status-labels.js';

// Percent as the core gives it: none without a target, 0 for a target not started.
const PERCENT = sql`case when j.status = 'no_target' then null
        when j.status = 'not_started' then case when j.target is null or j.target = 0 then null
          else 0 end
        when j.den is null or j.den = 0 then null
        else j.num * 100 / j.den end`;

/** A table or function of the store's schema, quoted. */
function q(schema: string, name: string): RawBuilder<unknown> {
  return sql.id(schema, name);
}

/**
 * `programme_indicators`: one row per indicator with its names and unit in both languages, read
 * from the programme's JSON (the `indicators` table keeps only the columns queries filter on).
 * @example
 * await indicatorView('cadre').execute(db);
 */
export function postgresIndicatorView(schema: string): RawBuilder<unknown> {
  return sql`create view ${q(schema, 'programme_indicators')} as
    select i.programme, i.code, i.position,
      (e.value -> 'name') ->> 'vi' as name_vi,
      coalesce((e.value -> 'name') ->> 'en', (e.value -> 'name') ->> 'vi') as name_en,
      (e.value -> 'unit') ->> 'vi' as unit_vi,
      coalesce((e.value -> 'unit') ->> 'en', (e.value -> 'unit') ->> 'vi') as unit_en,
      e.value ->> 'measure' as measure, i.direction, i.aggregation, i.category
    from ${q(schema, 'indicators')} i
    join ${q(schema, 'programmes')} p on p.code = i.programme
    cross join lateral jsonb_array_elements(p.data -> 'indicators') with ordinality e(value, n)
    where e.n = i.position + 1`;
}

/**
 * `attainment_as_of(date)`: one row per target, with the exact actual and its attainment as
 * the core computes it (`computeAttainment`): observations of the target's indicator at its
 * unit or below, dated in its period up to the review date, carrying every breakdown entry the
 * target names; `latest` indicators take each (unit, breakdown)'s latest value. Statuses compare
 * by multiplication, so no rounded quotient decides one; `percent` is for reading.
 * @example
 * await attainmentFunction('cadre').execute(db);
 */
export function postgresAttainmentFunction(schema: string): RawBuilder<unknown> {
  return sql`create function ${q(schema, 'attainment_as_of')}(as_of date)
  returns table (
    programme text, indicator text, unit text, unit_name text, period_start date,
    period_end date, breakdown jsonb, direction text, target numeric, baseline numeric,
    actual numeric, observations bigint, percent numeric, status text, status_vi text)
  language sql stable
  begin atomic
    with cells as (
      select t.programme, t.indicator, t.org_unit, t.period_start, t.period_end, t.disagg_key,
        coalesce(t.data -> 'disaggregation', '{}'::jsonb) as breakdown, t.value as target,
        t.baseline, i.direction, i.aggregation, least(t.period_end, as_of) as last_day
      from ${q(schema, 'targets')} t
      join ${q(schema, 'indicators')} i on i.programme = t.programme and i.code = t.indicator),
    matched as (
      select c.programme, c.indicator, c.org_unit, c.period_start, c.period_end, c.disagg_key,
        coalesce(o.value_int::numeric, o.value_dec) as v,
        c.aggregation = 'sum' or o.date = max(o.date) over (
          partition by c.programme, c.indicator, c.org_unit, c.period_start, c.period_end,
            c.disagg_key, o.org_unit, o.disagg_key) as counted
      from cells c
      join ${q(schema, 'org_unit_closure')} k on k.ancestor = c.org_unit
      join ${q(schema, 'observations')} o on o.programme = c.programme
        and o.indicator = c.indicator and o.org_unit = k.descendant
        and o.date >= c.period_start and o.date <= c.last_day
        and o.disaggregation @> c.breakdown),
    sums as (
      select programme, indicator, org_unit, period_start, period_end, disagg_key,
        sum(v) as actual, count(*) as n
      from matched where counted
      group by programme, indicator, org_unit, period_start, period_end, disagg_key),
    figures as (
      select c.*, coalesce(s.actual, 0) as actual, coalesce(s.n, 0) as n,
        (p.data -> 'statusBands' ->> 'exceededAbove')::numeric as exceeded_above,
        (p.data -> 'statusBands' ->> 'metAtLeast')::numeric as met_at_least,
        -- The ratio as numerator / denominator: a reduction's is actual × 100 / (baseline × target%).
        case when c.direction = 'reduction' then coalesce(s.actual, 0) * 100
          else coalesce(s.actual, 0) end as num,
        case when c.direction = 'reduction' then c.baseline * c.target else c.target end as den
      from cells c
      left join sums s using (programme, indicator, org_unit, period_start, period_end, disagg_key)
      join ${q(schema, 'programmes')} p on p.code = c.programme),
    judged as (
      select f.*, case
        when f.direction = 'at_most' then case
          when f.target is null then 'no_target'
          when f.actual <= f.target then 'met' else 'not_met' end
        when f.actual = 0 then 'not_started'
        when f.den is null or f.den = 0 then 'no_target'
        when f.num > f.exceeded_above * f.den then 'exceeded'
        when f.num >= f.met_at_least * f.den then 'met'
        else 'not_met' end as status
      from figures f)
    select j.programme, j.indicator, j.org_unit, u.name, j.period_start, j.period_end,
      j.breakdown, j.direction, j.target, j.baseline, j.actual, j.n,
      ${PERCENT},
      j.status,
      case j.status ${STATUS_CASES} end
    from judged j
    left join ${q(schema, 'org_units')} u on u.code = j.org_unit
    order by 1, 2, 3, 5, 6, j.disagg_key;
  end`;
}

/**
 * `attainment`: `attainment_as_of` at the server's current date, the default review date.
 * @example
 * await attainmentView('cadre').execute(db);
 */
export function postgresAttainmentView(schema: string): RawBuilder<unknown> {
  return sql`create view ${q(schema, 'attainment')} as
    select * from ${q(schema, 'attainment_as_of')}(current_date)`;
}
