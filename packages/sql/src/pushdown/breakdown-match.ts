import { type RawBuilder, sql } from 'kysely';
import type { Engine } from '../schema/engine.js';

/**
 * Encodes breakdown values so a tuple of them is one unambiguous text: each value is prefixed
 * with its length in code points (`5:hello`), which SQLite's and Postgres's `length` agree on.
 * Targets store this text; SQL rebuilds it from an observation's JSON for the same dimensions.
 * @example
 * encodeBreakdownValues(['health', 'thạc sĩ']); // '6:health7:thạc sĩ'
 */
export function encodeBreakdownValues(values: readonly string[]): string {
  return values.map((v) => `${[...v].length}:${v}`).join('');
}

/**
 * Canonical text of a sorted list of dimension names, grouping targets that match alike.
 * @example
 * encodeBreakdownDims(['course', 'sector']); // '["course","sector"]'
 */
export function encodeBreakdownDims(names: readonly string[]): string {
  return JSON.stringify(names);
}

/**
 * SQL that projects an observation's breakdown JSON onto `dims` in the encoding of
 * `encodeBreakdownValues`; NULL when a dimension is missing, so the observation matches no
 * target that names it. Dimension names travel as bound parameters.
 * @example
 * projectBreakdown('sqlite', sql.ref('o.disaggregation'), ['sector']);
 */
export function projectBreakdown(
  engine: Engine,
  column: RawBuilder<unknown>,
  dims: readonly string[],
): RawBuilder<string> {
  if (dims.length === 0) return sql<string>`''`;
  const parts = dims.map((name) => {
    // SQLite's JSON path quotes a label as JSON does; the column holds JSON.stringify output.
    const value =
      engine === 'sqlite'
        ? sql`json_extract(${column}, ${`$.${JSON.stringify(name)}`})`
        : sql`(${column} ->> ${name}::text)`;
    return sql`length(${value}) || ':' || ${value}`;
  });
  return sql<string>`(${sql.join(parts, sql` || `)})`;
}
