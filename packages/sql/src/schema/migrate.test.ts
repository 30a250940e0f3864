import { PGlite } from '@electric-sql/pglite';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../pglite/open-pglite.js';
import { openSqlite } from '../sqlite/open-sqlite.js';
import type { Engine } from './engine.js';
import { migrateDown, migrateToEmpty, migrateToLatest } from './migrate.js';
import type { Tables } from './tables.js';

const pglite = new PGlite();
beforeAll(() => pglite.waitReady, 180_000);
afterAll(async () => {
  await pglite.close();
});

interface Dialect {
  name: string;
  engine: Engine;
  open(): Promise<{ db: Kysely<Tables>; schema?: string }>;
}

let n = 0;
const DIALECTS: Dialect[] = [
  {
    name: 'sqlite',
    engine: 'sqlite',
    open: async () => ({ db: (await openSqlite({ filename: ':memory:' })).db }),
  },
  {
    name: 'pglite',
    engine: 'postgres',
    open: async () => {
      const schema = `migrate_${++n}`;
      const { db } = openPglite({ db: pglite, schema });
      await sql`create schema ${sql.id(schema)}`.execute(db);
      return { db, schema };
    },
  },
];

async function tableNames(db: Kysely<Tables>, schema?: string, views = false): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return tables
    .filter((t) => (schema === undefined || t.schema === schema) && t.isView === views)
    .map((t) => t.name)
    .filter((name) => !name.startsWith('cadre_migrations'))
    .sort();
}

const PROGRAMME_TABLES = [
  'indicators',
  'observations',
  'org_unit_closure',
  'org_unit_successors',
  'org_units',
  'programmes',
  'targets',
];
const PERSON_TABLES = ['headcounts', 'import_keys', 'persons', 'rotations', 'training_records'];

for (const dialect of DIALECTS) {
  describe(`migrations on ${dialect.name}`, () => {
    it('migrates up, down one step, down to empty, and up again', async () => {
      const { db, schema } = await dialect.open();
      const target = { db, engine: dialect.engine, ...(schema && { schema }) };

      const up = await migrateToLatest(target);
      expect(up).toEqual([
        { name: '0001-programme-data', direction: 'Up' },
        { name: '0002-person-records', direction: 'Up' },
        { name: '0003-data-version', direction: 'Up' },
        { name: '0004-native-types', direction: 'Up' },
        { name: '0005-lineage-closure', direction: 'Up' },
        { name: '0006-rounds-audit', direction: 'Up' },
        { name: '0007-audit-by-reference', direction: 'Up' },
      ]);
      expect(await tableNames(db, schema)).toEqual(
        [
          ...PERSON_TABLES,
          ...PROGRAMME_TABLES,
          'audit_log',
          'audit_replaced',
          'audit_writes',
          'cadre_data_version',
          'rounds',
        ].sort(),
      );
      const versions = await db.selectFrom('cadre_data_version').selectAll().execute();
      expect(versions).toHaveLength(1);
      expect(versions[0]?.version).toMatch(/^[0-9a-f-]{36}$/);
      expect(await tableNames(db, schema, true)).toEqual(['attainment', 'programme_indicators']);
      expect(await migrateToLatest(target)).toEqual([]);

      expect(await migrateDown(target)).toEqual([
        { name: '0007-audit-by-reference', direction: 'Down' },
      ]);
      expect(await tableNames(db, schema)).toEqual(
        [...PERSON_TABLES, ...PROGRAMME_TABLES, 'audit_log', 'cadre_data_version', 'rounds'].sort(),
      );
      expect(await migrateDown(target)).toEqual([{ name: '0006-rounds-audit', direction: 'Down' }]);
      expect(await tableNames(db, schema)).toEqual(
        [...PERSON_TABLES, ...PROGRAMME_TABLES, 'cadre_data_version'].sort(),
      );
      expect(await migrateDown(target)).toEqual([
        { name: '0005-lineage-closure', direction: 'Down' },
      ]);
      expect(await migrateDown(target)).toEqual([{ name: '0004-native-types', direction: 'Down' }]);
      expect(await tableNames(db, schema, true)).toEqual([]);
      expect(await migrateDown(target)).toEqual([{ name: '0003-data-version', direction: 'Down' }]);
      expect(await tableNames(db, schema)).toEqual([...PERSON_TABLES, ...PROGRAMME_TABLES].sort());
      expect(await migrateDown(target)).toEqual([
        { name: '0002-person-records', direction: 'Down' },
      ]);
      expect(await tableNames(db, schema)).toEqual(PROGRAMME_TABLES);

      expect(await migrateToEmpty(target)).toEqual([
        { name: '0001-programme-data', direction: 'Down' },
      ]);
      expect(await tableNames(db, schema)).toEqual([]);

      await migrateToLatest(target);
      await db
        .insertInto('org_units')
        .values({
          code: '04',
          name: 'Cao Bằng',
          level: 'province',
          parent_code: null,
          valid_from: null,
          valid_to: null,
          data: '{}',
        })
        .execute();
      expect(await db.selectFrom('org_units').select('name').execute()).toEqual([
        { name: 'Cao Bằng' },
      ]);
      await db.destroy();
    }, 60_000);
  });
}
