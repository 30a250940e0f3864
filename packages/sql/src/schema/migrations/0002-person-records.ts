import type { Kysely, Migration } from 'kysely';
import { columnTypes, type Engine } from '../engine.js';

/**
 * Person-level records (persons, training, rotations, headcounts) and the import keys that make
 * a repeated batch a no-op.
 * @example
 * await personRecords('postgres').up(db);
 */
export function personRecords(engine: Engine): Migration {
  const t = columnTypes(engine);
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types.
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('persons')
        .addColumn('id', t.text, (c) => c.primaryKey())
        .addColumn('org_unit', t.text, (c) => c.notNull().references('org_units.code'))
        .addColumn('birth_date', t.text, (c) => c.notNull())
        .addColumn('sex', t.text, (c) => c.notNull())
        .addColumn('data', t.text, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('persons_org_unit')
        .on('persons')
        .columns(['org_unit', 'id'])
        .execute();

      await db.schema
        .createTable('training_records')
        .addColumn('id', t.text, (c) => c.primaryKey())
        .addColumn('person_id', t.text, (c) => c.notNull().references('persons.id'))
        .addColumn('org_unit', t.text, (c) => c.notNull().references('org_units.code'))
        .addColumn('programme', t.text)
        .addColumn('start', t.text, (c) => c.notNull())
        .addColumn('data', t.text, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('training_records_person')
        .on('training_records')
        .columns(['person_id', 'id'])
        .execute();

      await db.schema
        .createTable('rotations')
        .addColumn('id', t.text, (c) => c.primaryKey())
        .addColumn('person_id', t.text, (c) => c.notNull().references('persons.id'))
        .addColumn('to_org_unit', t.text, (c) => c.notNull())
        .addColumn('start', t.text, (c) => c.notNull())
        .addColumn('data', t.text, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('rotations_person')
        .on('rotations')
        .columns(['person_id', 'id'])
        .execute();

      await db.schema
        .createTable('headcounts')
        .addColumn('org_unit', t.text, (c) => c.notNull().references('org_units.code'))
        .addColumn('date', t.text, (c) => c.notNull())
        .addColumn('headcount', 'integer', (c) => c.notNull())
        .addColumn('approved', 'integer')
        .addPrimaryKeyConstraint('headcounts_pk', ['org_unit', 'date'])
        .execute();

      await db.schema
        .createTable('import_keys')
        .addColumn('key', t.text, (c) => c.primaryKey())
        .addColumn('summary', t.text, (c) => c.notNull())
        .execute();
    },

    // biome-ignore lint/suspicious/noExplicitAny: see up().
    async down(db: Kysely<any>) {
      for (const table of [
        'import_keys',
        'headcounts',
        'rotations',
        'training_records',
        'persons',
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
