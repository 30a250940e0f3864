import type { Kysely, Migration } from 'kysely';
import { columnTypes, type Engine } from '../engine.js';

/**
 * Reporting rounds (one row per programme × unit × period that left 'open') and the append-only
 * audit log: who, when and what of every change of figures and every transition.
 * @example
 * await roundsAudit('sqlite').up(db);
 */
export function roundsAudit(engine: Engine): Migration {
  const t = columnTypes(engine);
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types.
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('rounds')
        .addColumn('programme', t.text, (c) => c.notNull())
        .addColumn('org_unit', t.text, (c) => c.notNull())
        .addColumn('period_start', t.text, (c) => c.notNull())
        .addColumn('period_end', t.text, (c) => c.notNull())
        .addColumn('state', t.text, (c) => c.notNull())
        .addColumn('by', t.text)
        .addColumn('at', t.text)
        .addColumn('reason', t.text)
        .addColumn('exemptions', t.text, (c) => c.notNull())
        .addPrimaryKeyConstraint('rounds_pk', [
          'programme',
          'org_unit',
          'period_start',
          'period_end',
        ])
        .execute();
      let audit = db.schema.createTable('audit_log');
      audit =
        engine === 'sqlite'
          ? audit.addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
          : audit.addColumn('seq', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity());
      await audit
        .addColumn('action', t.text, (c) => c.notNull())
        .addColumn('by', t.text)
        .addColumn('at', t.text)
        .addColumn('programme', t.text, (c) => c.notNull())
        .addColumn('org_unit', t.text, (c) => c.notNull())
        .addColumn('period_start', t.text, (c) => c.notNull())
        .addColumn('period_end', t.text, (c) => c.notNull())
        .addColumn('import_id', t.text)
        .addColumn('reason', t.text)
        .addColumn('before', t.text, (c) => c.notNull())
        .addColumn('after', t.text, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('audit_log_unit')
        .on('audit_log')
        .columns(['org_unit', 'seq'])
        .execute();
    },
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    async down(db: Kysely<any>) {
      await db.schema.dropTable('audit_log').execute();
      await db.schema.dropTable('rounds').execute();
    },
  };
}
