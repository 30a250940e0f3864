/**
 * SQL1 — the SQL stores at national scale: load 1M observations into SQLite and PostgreSQL
 * through cadre, next to the raw tools on the same tables (better-sqlite3 prepared inserts in
 * one transaction; `psql \copy` of the same rows), then the pushed-down roll-up of 6,800 quota
 * cells next to a hand-written GROUP BY that knows the tree and the breakdown, on the rows the
 * last cadre load wrote. PostgreSQL runs against CADRE_BENCH_PG_URL, else CADRE_TEST_PG_URL,
 * else postgres://postgres@127.0.0.1:5432/test (schemas dropped afterwards), and is skipped,
 * saying why, when no server answers, psql is missing or the URL is `off`. Runs alternate cadre
 * and raw so drift on a busy machine hits both alike; medians of 3. */
import { observations } from '../data/sql-observations.js';
import { postgres, postgresServer } from '../sql1/postgres.js';
import { loadAverage, log, N } from '../sql1/shared.js';
import { sqlite } from '../sql1/sqlite.js';

const rows = observations(N);
log(`generated ${N} observations; load average ${loadAverage()}`);
await sqlite(rows);
const server = await postgresServer();
if (server) {
  try {
    await postgres(rows, server.url, server.pool);
  } finally {
    await server.pool.end();
  }
}
log(`done; load average ${loadAverage()}`);
