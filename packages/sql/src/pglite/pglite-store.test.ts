import { runStoreConformance } from '@cadre/adapter-testkit';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
import { createPgliteStore } from './create-pglite-store.js';
import { openPglite } from './open-pglite.js';

// PGlite takes about 2 s to start: one instance for the file, a fresh schema per test.
const db = new PGlite();
// Starting PGlite can take far longer than one test's budget on a busy machine.
beforeAll(() => db.waitReady, 180_000);
afterAll(async () => {
  await db.close();
});
let n = 0;

runStoreConformance({
  name: 'pglite',
  skip: [
    {
      suite: 'concurrency',
      reason:
        'two transactions at once on one PGlite instance end in a FATAL error in BeginTransactionBlock, which kills the instance; not yet understood',
    },
  ],
  create: async () => {
    const schema = `cadre_test_${++n}`;
    const store = await createPgliteStore({ db, schema });
    return {
      store,
      cleanup: async () => {
        const { db: k } = openPglite({ db, schema });
        await sql`drop schema ${sql.id(schema)} cascade`.execute(k);
        await k.destroy();
      },
    };
  },
});
