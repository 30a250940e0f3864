import type { Kysely, Migration } from 'kysely';
import { columnTypes, type Engine } from '../engine.js';

/**
 * The audit log refers to a write's rows instead of copying them. Each write of figures gets an
 * id (`audit_writes`); a row it inserts or changes carries that id (`observations.written_by`),
 * so the stored rows are the write's after-image, and only the rows it replaces are copied, with
 * the id of the write that had left them (`audit_replaced`). An entry's after-image is then its
 * rows still standing plus its rows a later write replaced. Copying every row of a national load
 * into the log doubled the cost of the load. Entries written before this keep their copies.
 * @example
 * await auditByReference('sqlite').up(db);
 */
export function auditByReference(engine: Engine): Migration {
  const t = columnTypes(engine);
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types.
    async up(db: Kysely<any>) {
      let writes = db.schema.createTable('audit_writes');
      writes =
        engine === 'sqlite'
          ? writes.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
          : writes.addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity());
      await writes.execute();
      await db.schema.alterTable('observations').addColumn('written_by', t.bigint).execute();
      await db.schema.alterTable('audit_log').addColumn('write_id', t.bigint).execute();
      await db.schema
        .createTable('audit_replaced')
        .addColumn('write_id', t.bigint, (c) => c.notNull())
        .addColumn('written_by', t.bigint)
        .addColumn('programme', t.text, (c) => c.notNull())
        .addColumn('indicator', t.text, (c) => c.notNull())
        .addColumn('org_unit', t.text, (c) => c.notNull())
        .addColumn('date', t.text, (c) => c.notNull())
        .addColumn('disagg_key', t.text, (c) => c.notNull())
        .addColumn('disaggregation', t.text, (c) => c.notNull())
        .addColumn('value_int', t.bigint)
        .addColumn('value_dec', t.text)
        .execute();
      await db.schema
        .createIndex('audit_replaced_write')
        .on('audit_replaced')
        .columns(['write_id'])
        .execute();
      await db.schema
        .createIndex('audit_replaced_written_by')
        .on('audit_replaced')
        .columns(['written_by'])
        .execute();
    },
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    async down(db: Kysely<any>) {
      await db.schema.dropTable('audit_replaced').execute();
      await db.schema.alterTable('audit_log').dropColumn('write_id').execute();
      await db.schema.alterTable('observations').dropColumn('written_by').execute();
      await db.schema.dropTable('audit_writes').execute();
    },
  };
}
