import { randomBytes } from 'node:crypto';
import { runStoreConformance } from '@cadre/adapter-testkit';
import { afterAll, describe, it } from 'vitest';
import { createPool, quoteIdentifier } from './create-pool.js';
import { createPostgresStore } from './create-postgres-store.js';

const url = process.env.CADRE_TEST_PG_URL;

if (url === undefined || url === '') {
  if (process.env.CI) {
    // In CI the PostgreSQL suite must run: a missing server is a failure, not a skip.
    describe('postgres store conformance', () => {
      it('needs CADRE_TEST_PG_URL', () => {
        throw new Error('CADRE_TEST_PG_URL is not set: CI must run the PostgreSQL store suite');
      });
    });
  } else {
    console.warn(
      '⚠ postgres store conformance SKIPPED: set CADRE_TEST_PG_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run it',
    );
    describe.skip('postgres store conformance (skipped: CADRE_TEST_PG_URL is not set)', () => {
      it('runs against a PostgreSQL server', () => undefined);
    });
  }
} else {
  // One pool and one schema per run (cadre_test_<random>); each test gets its own schema in it.
  const pool = await createPool({ connectionString: url, max: 4 });
  const run = `cadre_test_${randomBytes(4).toString('hex')}`;
  const made: string[] = [];
  let n = 0;
  afterAll(async () => {
    for (const schema of made)
      await pool.query(`drop schema if exists ${quoteIdentifier(schema)} cascade`);
    await pool.end();
  });
  runStoreConformance({
    name: 'postgres',
    create: async () => {
      const schema = `${run}_${++n}`;
      made.push(schema);
      // The peer shares the pool, so its transactions run on other connections.
      return {
        store: await createPostgresStore({ pool, schema }),
        peer: () => createPostgresStore({ pool, schema }),
      };
    },
  });
}
