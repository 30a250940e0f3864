import { randomBytes } from 'node:crypto';
import { fail, type Issue, ok, type Result } from '@cadre/core';
import { renderReview, runReview } from '@cadre/example-cao-bang-12-ctr-tu';
import { createPostgresStore } from '@cadre/sql';
import pg from 'pg';

/** What a run on PostgreSQL printed, in which schema, and whether the schema is gone. */
export interface PostgresRun {
  lines: string[];
  schema: string;
  dropped: boolean;
}

/**
 * Runs the Cao Bằng review on PostgreSQL in a fresh schema (`cadre_example_<random>`), then
 * drops the schema and checks that it is gone, whether the review succeeded or not.
 * @example
 * const run = await runOnPostgres('postgres://postgres@127.0.0.1:5432/postgres');
 * if (run.ok) console.log(run.value.lines.join('\n'));
 */
export async function runOnPostgres(url: string): Promise<Result<PostgresRun>> {
  const schema = `cadre_example_${randomBytes(4).toString('hex')}`;
  // Our own pool: the store leaves it open, so the schema can be dropped after the store closes.
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  let issues: Issue[] = [];
  let lines: string[] = [];
  try {
    const store = await createPostgresStore({ pool, schema });
    try {
      const review = await runReview(store);
      if (review.ok) lines = renderReview(review.value, { store: 'PostgreSQL' });
      else issues = review.issues;
    } finally {
      await store.close();
    }
  } finally {
    await pool.query(`drop schema if exists "${schema}" cascade`);
  }
  try {
    const left = await pool.query(
      'select 1 from information_schema.schemata where schema_name = $1',
      [schema],
    );
    if (issues.length > 0) return fail(issues);
    return ok({ lines, schema, dropped: left.rowCount === 0 });
  } finally {
    await pool.end();
  }
}
