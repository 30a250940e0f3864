import { type Kysely, type Migration, sql } from 'kysely';
import { columnTypes, type Engine } from '../engine.js';

/**
 * Org units (with a closure table so subtree queries are joins), programmes, indicators,
 * targets and observations. Foreign keys on parent links are deferred so a batch may list a
 * child before its parent.
 * @example
 * const m = programmeData('sqlite'); await m.up(db);
 */
export function programmeData(engine: Engine): Migration {
  const t = columnTypes(engine);
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types.
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('org_units')
        .addColumn('code', t.text, (c) => c.primaryKey())
        .addColumn('name', t.text, (c) => c.notNull())
        .addColumn('level', t.text, (c) => c.notNull())
        .addColumn('parent_code', t.text)
        .addColumn('valid_from', t.text)
        .addColumn('valid_to', t.text)
        .addColumn('data', t.text, (c) => c.notNull())
        .addForeignKeyConstraint(
          'org_units_parent_fk',
          ['parent_code'],
          'org_units',
          ['code'],
          (c) => c.deferrable().initiallyDeferred(),
        )
        .execute();
      await db.schema
        .createIndex('org_units_parent')
        .on('org_units')
        .column('parent_code')
        .execute();

      await db.schema
        .createTable('org_unit_closure')
        .addColumn('ancestor', t.text, (c) => c.notNull())
        .addColumn('descendant', t.text, (c) => c.notNull())
        .addColumn('depth', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('org_unit_closure_pk', ['ancestor', 'descendant'])
        .execute();
      await db.schema
        .createIndex('org_unit_closure_descendant')
        .on('org_unit_closure')
        .columns(['descendant', 'ancestor'])
        .execute();

      await db.schema
        .createTable('org_unit_successors')
        .addColumn('code', t.text, (c) =>
          c.notNull().references('org_units.code').onDelete('cascade'),
        )
        .addColumn('successor', t.text, (c) => c.notNull())
        .addColumn('date', t.text)
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('org_unit_successors_pk', ['code', 'successor'])
        .execute();

      await db.schema
        .createTable('programmes')
        .addColumn('code', t.text, (c) => c.primaryKey())
        .addColumn('title_vi', t.text, (c) => c.notNull())
        .addColumn('period_start', t.text, (c) => c.notNull())
        .addColumn('period_end', t.text, (c) => c.notNull())
        .addColumn('org_unit', t.text)
        .addColumn('data', t.text, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('indicators')
        .addColumn('programme', t.text, (c) =>
          c.notNull().references('programmes.code').onDelete('cascade'),
        )
        .addColumn('code', t.text, (c) => c.notNull())
        .addColumn('aggregation', t.text, (c) => c.notNull())
        .addColumn('direction', t.text, (c) => c.notNull())
        .addColumn('category', t.text)
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('indicators_pk', ['programme', 'code'])
        .execute();

      await db.schema
        .createTable('targets')
        .addColumn('programme', t.text, (c) => c.notNull())
        .addColumn('indicator', t.text, (c) => c.notNull())
        .addColumn('org_unit', t.text, (c) => c.notNull().references('org_units.code'))
        .addColumn('period_start', t.text, (c) => c.notNull())
        .addColumn('period_end', t.text, (c) => c.notNull())
        .addColumn('disagg_key', t.text, (c) => c.notNull())
        .addColumn('disagg_dims', t.text, (c) => c.notNull())
        .addColumn('disagg_values', t.text, (c) => c.notNull())
        .addColumn('value', t.text)
        .addColumn('baseline', t.text)
        .addColumn('data', t.text, (c) => c.notNull())
        .addPrimaryKeyConstraint('targets_pk', [
          'programme',
          'indicator',
          'org_unit',
          'period_start',
          'period_end',
          'disagg_key',
        ])
        .addForeignKeyConstraint(
          'targets_indicator_fk',
          ['programme', 'indicator'],
          'indicators',
          ['programme', 'code'],
          (c) => c.onDelete('cascade'),
        )
        .execute();

      // Pushdown probes targets by the observation's unit chain and projected breakdown.
      await db.schema
        .createIndex('targets_match')
        .on('targets')
        .columns([
          'programme',
          'indicator',
          'org_unit',
          'disagg_dims',
          'disagg_values',
          // Covering: the join reads the period and key without visiting the table.
          'period_start',
          'period_end',
          'disagg_key',
        ])
        .execute();

      await db.schema
        .createTable('observations')
        .addColumn('programme', t.text, (c) => c.notNull())
        .addColumn('indicator', t.text, (c) => c.notNull())
        .addColumn('org_unit', t.text, (c) => c.notNull().references('org_units.code'))
        .addColumn('date', t.text, (c) => c.notNull())
        .addColumn('disagg_key', t.text, (c) => c.notNull())
        .addColumn('disaggregation', t.json, (c) => c.notNull())
        .addColumn('value_int', t.bigint)
        .addColumn('value_dec', t.text)
        .addPrimaryKeyConstraint('observations_pk', [
          'programme',
          'indicator',
          'org_unit',
          'date',
          'disagg_key',
        ])
        .addForeignKeyConstraint(
          'observations_indicator_fk',
          ['programme', 'indicator'],
          'indicators',
          ['programme', 'code'],
          (c) => c.onDelete('cascade'),
        )
        .addCheckConstraint(
          'observations_one_value',
          sql`(value_int is null) <> (value_dec is null)`,
        )
        .execute();
    },

    // biome-ignore lint/suspicious/noExplicitAny: see up().
    async down(db: Kysely<any>) {
      for (const table of [
        'observations',
        'targets',
        'indicators',
        'programmes',
        'org_unit_successors',
        'org_unit_closure',
        'org_units',
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
