import { type Kysely, type Migration, sql } from 'kysely';
import type { Engine } from '../engine.js';
import {
  postgresAttainmentFunction,
  postgresAttainmentView,
  postgresIndicatorView,
} from '../views/postgres-views.js';
import { sqliteAttainmentView, sqliteIndicatorView } from '../views/sqlite-views.js';

type Kind = 'date' | 'numeric' | 'jsonb';

/** The columns that held dates, decimals and JSON as text, by table (PostgreSQL). */
export const NATIVE_COLUMNS: Record<string, Record<string, Kind>> = {
  org_units: { valid_from: 'date', valid_to: 'date', data: 'jsonb' },
  org_unit_successors: { date: 'date' },
  programmes: { period_start: 'date', period_end: 'date', data: 'jsonb' },
  targets: {
    period_start: 'date',
    period_end: 'date',
    value: 'numeric',
    baseline: 'numeric',
    data: 'jsonb',
  },
  observations: { date: 'date', disaggregation: 'jsonb', value_dec: 'numeric' },
  persons: { birth_date: 'date', data: 'jsonb' },
  training_records: { start: 'date', data: 'jsonb' },
  rotations: { start: 'date', data: 'jsonb' },
  headcounts: { date: 'date' },
  import_keys: { summary: 'jsonb' },
};

// Columns migration 0001 made `json`, not text: down takes them back to `json`.
const WAS_JSON = new Set(['observations.disaggregation']);

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types.
type Db = Kysely<any>;

/** One ALTER TABLE per table, every column converted in place with USING. */
async function convert(db: Db, schema: string, to: (kind: Kind) => 'native' | 'text') {
  for (const [table, columns] of Object.entries(NATIVE_COLUMNS)) {
    const changes = Object.entries(columns).map(([column, kind]) => {
      const type =
        to(kind) === 'native'
          ? sql.raw(kind)
          : WAS_JSON.has(`${table}.${column}`)
            ? sql.raw('json')
            : sql`text collate "C"`;
      // Text goes back to the exact text it came from: dates print ISO, numerics keep their scale.
      return sql`alter column ${sql.id(column)} type ${type} using ${sql.id(column)}::${type}`;
    });
    await sql`alter table ${sql.id(schema, table)} ${sql.join(changes)}`.execute(db);
  }
}

const DROPS = {
  postgres: (schema: string) => [
    sql`drop view ${sql.id(schema, 'attainment')}`,
    sql`drop function ${sql.id(schema, 'attainment_as_of')}(date)`,
    sql`drop view ${sql.id(schema, 'programme_indicators')}`,
  ],
  sqlite: () => [sql`drop view attainment`, sql`drop view programme_indicators`],
};

/**
 * PostgreSQL: dates, decimals and JSON move from text to `date`, `numeric` and `jsonb`, in
 * place (the store reads them back as the same text, see `textTypes`). Both engines: the
 * `programme_indicators` and `attainment` views (PostgreSQL adds `attainment_as_of(date)`), so
 * an analyst reads attainment with plain SQL. Down reverts both.
 * @example
 * await nativeTypes('postgres', 'cadre').up(db);
 */
export function nativeTypes(engine: Engine, schema = 'public'): Migration {
  if (engine === 'sqlite') {
    return {
      async up(db: Db) {
        await sqliteIndicatorView().execute(db);
        await sqliteAttainmentView().execute(db);
      },
      async down(db: Db) {
        for (const drop of DROPS.sqlite()) await drop.execute(db);
      },
    };
  }
  return {
    async up(db: Db) {
      await convert(db, schema, () => 'native');
      await postgresIndicatorView(schema).execute(db);
      await postgresAttainmentFunction(schema).execute(db);
      await postgresAttainmentView(schema).execute(db);
    },
    async down(db: Db) {
      for (const drop of DROPS.postgres(schema)) await drop.execute(db);
      await convert(db, schema, () => 'text');
    },
  };
}
