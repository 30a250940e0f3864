import { type RawBuilder, sql } from 'kysely';

/** The SQL engines a cadre store runs on. PGlite is Postgres, so it shares the 'postgres' SQL. */
export type Engine = 'sqlite' | 'postgres';

/** Column types that differ between engines; everything else is portable SQL. */
export interface ColumnTypes {
  /** Text ordered by code point, as the port's natural keys are (Postgres collations are not). */
  text: 'text' | RawBuilder<unknown>;
  bigint: 'integer' | 'bigint';
  json: 'text' | 'json';
}

/**
 * Picks the column types of an engine.
 * @example
 * columnTypes('postgres').bigint; // 'bigint'
 */
export function columnTypes(engine: Engine): ColumnTypes {
  return engine === 'sqlite'
    ? { text: 'text', bigint: 'integer', json: 'text' }
    : { text: sql`text collate "C"`, bigint: 'bigint', json: 'json' };
}
