import { addDaysIso, type Programme } from '@cadre/core';
import type { RowGroup } from '@cadre/core/adapter';
import { sql } from 'kysely';
import { joinSums } from './sum-cells.js';
import { decSum, type SqlPlace, table } from './sum-parts.js';

/**
 * The programme's rows grouped so that every row of a group counts for the same targets: same
 * indicator, unit and breakdown, and a date in the same stretch between the days on which a
 * target period starts or ends or the review date passes. Each group comes back as one
 * observation (its earliest date, its values' exact sum) standing for its rows, for the core to
 * tally (`reportFromCellTotals` with `rows`). A second read of the rows, hence asked for.
 * @example
 * const rows = await rowGroups(place, programme, '2019-05-20');
 */
export async function rowGroups(
  place: SqlPlace,
  programme: Programme,
  asOf: string,
): Promise<RowGroup[]> {
  // A day on which some target's counting starts or stops: its start, the day after its end,
  // and the day after the review date. Rows between two such days count alike.
  const edges = new Set<string>([addDaysIso(asOf, 1)]);
  for (const t of programme.targets) {
    edges.add(t.period.start);
    edges.add(addDaysIso(t.period.end, 1));
  }
  const sorted = [...edges].sort();
  const stretch =
    sorted.length === 0
      ? sql`0`
      : sql`(${sql.join(
          sorted.map((d) => sql`case when o.date >= ${d} then 1 else 0 end`),
          sql` + `,
        )})`;
  // Rows of one canonical breakdown key carry equal breakdowns: any of their texts will do.
  const breakdown =
    place.engine === 'sqlite'
      ? sql`min(o.disaggregation)`
      : sql`min(cast(o.disaggregation as text))`;
  const { rows } = await sql<{
    indicator: string;
    org_unit: string;
    disaggregation: unknown;
    date: string;
    n: string | number | bigint;
    int_sum: string | number | bigint | null;
    dec_sum: string | null;
  }>`
    select o.indicator, o.org_unit, ${breakdown} as disaggregation, min(o.date) as date,
      count(*) as n, cast(sum(o.value_int) as text) as int_sum,
      ${decSum(place, sql`o.value_dec`)} as dec_sum
    from ${table(place, 'observations')} o
    where o.programme = ${programme.code}
    group by o.indicator, o.org_unit, o.disagg_key, ${stretch}`.execute(place.db);
  return rows.map((r) => ({
    observation: {
      programme: programme.code,
      indicator: r.indicator,
      orgUnit: r.org_unit,
      date: String(r.date).slice(0, 10),
      value: joinSums(r.int_sum, r.dec_sum),
      disaggregation: (typeof r.disaggregation === 'string'
        ? JSON.parse(r.disaggregation)
        : r.disaggregation) as Record<string, string>,
    },
    rows: Number(r.n),
  }));
}
