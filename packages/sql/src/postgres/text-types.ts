import type pg from 'pg';

// Type oids of the columns whose text form is the store's value (pg_type.oid, fixed in Postgres).
const DATE = 1082;
const JSON_OID = 114;
const JSONB = 3802;
const NUMERIC = 1700;

/** Columns read back as the server's text: ISO dates, exact decimal text, JSON text. */
export const TEXT_OIDS: readonly number[] = [DATE, JSON_OID, JSONB, NUMERIC];

const asText = (value: string) => value;

type GetTypeParser = (oid: number, format?: 'text' | 'binary') => unknown;

/**
 * pg type parsers for one client's queries: dates, numerics and JSON come back as the text the
 * server sends ('2019-05-20', '285.5', '{"a":1}'), never as a Date in the process's time zone,
 * a float or a parsed object; every other type keeps the client's own parser (the pool's, or
 * pg's defaults). Passed per query, so pg's global parsers, which the embedding application
 * may rely on, stay untouched.
 * @example
 * client.query({ text: 'select date from observations', values: [], types: textTypes(client) });
 */
export function textTypes(client: { getTypeParser: GetTypeParser }): pg.CustomTypesConfig {
  const getTypeParser: GetTypeParser = (oid, format) =>
    TEXT_OIDS.includes(oid) ? asText : client.getTypeParser(oid, format);
  return { getTypeParser } as unknown as pg.CustomTypesConfig;
}

/**
 * The same rule as PGlite parser options (PGlite would parse numerics as floats and dates as
 * Date objects).
 * @example
 * await pglite.query('select value from targets', [], { parsers: pgliteTextParsers });
 */
export const pgliteTextParsers: Record<number, (value: string) => string> = Object.fromEntries(
  TEXT_OIDS.map((oid) => [oid, asText]),
);
