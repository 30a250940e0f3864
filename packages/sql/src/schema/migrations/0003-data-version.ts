import { type Kysely, type Migration, sql } from 'kysely';
import { columnTypes, type Engine } from '../engine.js';

/**
 * The data version: one row whose token every committed write replaces (see
 * `store/data-version.ts`), so caches in any process can tell whether the data changed.
 * @example
 * await dataVersion('sqlite').up(db);
 */
export function dataVersion(engine: Engine): Migration {
  const t = columnTypes(engine);
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types.
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('cadre_data_version')
        .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
        .addColumn('version', t.text, (c) => c.notNull())
        .execute();
      // A fresh token, not a counter from zero: a database dropped and built again must not
      // repeat a token a running server has cached answers under.
      await db
        .insertInto('cadre_data_version')
        .values({ id: 1, version: globalThis.crypto.randomUUID() })
        .execute();
    },
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    async down(db: Kysely<any>) {
      await db.schema.dropTable('cadre_data_version').execute();
    },
  };
}
