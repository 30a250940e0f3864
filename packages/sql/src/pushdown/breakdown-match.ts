import { type RawBuilder, sql } from 'kysely';
import type { Engine } from '../schema/engine.js';

/**
 * Encodes breakdown values so a tuple of them is one unambiguous text: each value is quoted as
 * the engine's own SQL quoting function writes it (`quote` in SQLite, `quote_literal` in
 * Postgres), and quoted literals cannot run into each other. Targets store this text; SQL
 * rebuilds it from an observation's JSON with one JSON lookup per dimension.
 * @example
 * encodeBreakdownValues('sqlite', ['health', "it's"]); // "'health''it''s'"
 */
export function encodeBreakdownValues(engine: Engine, values: readonly string[]): string {
  return values
    .map((v) => {
      if (engine === 'sqlite') return `'${v.replaceAll("'", "''")}'`;
      const body = v.replaceAll("'", "''").replaceAll('\\', '\\\\');
      return v.includes('\\') ? `E'${body}'` : `'${body}'`;
    })
    .join('');
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
 * `encodeBreakdownValues`; NULL (Postgres) or an unquoted NULL word (SQLite) when a dimension
 * is missing, which equals no stored target. Dimension names travel as bound parameters.
 * @example
 * projectBreakdown('sqlite', sql`o.disaggregation`, ['sector']);
 */
export function projectBreakdown(
  engine: Engine,
  column: RawBuilder<unknown>,
  dims: readonly string[],
): RawBuilder<string> {
  if (dims.length === 0) return sql<string>`''`;
  const parts = dims.map((name) =>
    // SQLite's JSON path quotes a label as JSON does; the column holds JSON.stringify output.
    engine === 'sqlite'
      ? sql`quote(json_extract(${column}, ${`$.${JSON.stringify(name)}`}))`
      : sql`quote_literal(${column} ->> ${name}::text)`,
  );
  return sql<string>`(${sql.join(parts, sql` || `)})`;
}
