import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPostgresStore } from '../../../sql/src/index.js';
import {
  type BenchObservation,
  handSql,
  INDICATOR,
  observationsTsv,
  orgUnits,
  PROGRAMME,
  programme,
} from '../data/sql-observations.js';
import { emit, median } from '../lib/measure.js';
import {
  AS_OF,
  dir,
  emitPushdown,
  type HandRow,
  handTotals,
  loadAverage,
  log,
  N,
  PG_DEFAULT,
  type PgPool,
  pg,
  pushTotals,
  RUNS,
  rowsPerSecond,
  SCENARIO,
  sameTotals,
  type Totals,
  time,
  timeLeft,
} from './shared.js';

/**
 * PostgreSQL rows of SQL1: cadre's COPY load next to `psql \copy`, then the pushdown next to the
 * hand-written query.
 * @example
 * await postgres(rows, url, pool);
 */
export async function postgres(rows: BenchObservation[], url: string, pool: PgPool) {
  const units = orgUnits();
  const def = programme();
  const schemas: string[] = [];
  const fresh = async () => {
    const schema = `cadre_bench_${process.pid}_${schemas.length + 1}`;
    schemas.push(schema);
    const store = await createPostgresStore({ pool: pool as never, schema });
    await store.saveOrgUnits(units);
    await store.saveProgramme(def);
    return { schema, store };
  };
  // A checkpoint before each timed load, so neither side pays for the other's dirty pages.
  const checkpoint = () => pool.query('checkpoint').catch(() => undefined);
  const tsv = join(dir, 'sql-observations.tsv');
  writeFileSync(tsv, observationsTsv(rows));
  const columns =
    'programme, indicator, org_unit, date, disagg_key, disaggregation, value_int, value_dec';
  const cadre: number[] = [];
  const psql: number[] = [];
  // One schema for each side, emptied before each load (TRUNCATE gives the table new, empty
  // files, as a new schema would, without rebuilding 6,800 targets every time).
  const empty = (schema: string) => pool.query(`truncate ${schema}.observations`);
  try {
    const c = await fresh();
    const p = await fresh();
    await p.store.close();
    log(`postgres load; load average ${loadAverage()}`);
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      await empty(c.schema);
      await checkpoint();
      cadre.push(await time(() => c.store.saveObservations(rows)));
      await empty(p.schema);
      await checkpoint();
      const copy = `\\copy ${p.schema}.observations (${columns}) from '${tsv}'`;
      psql.push(
        await time(() =>
          execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qc', copy], {
            stdio: ['ignore', 'ignore', 'inherit'],
          }),
        ),
      );
      log(
        `postgres run ${r + 1}: cadre ${cadre[r]?.toFixed(0)} ms, psql ${psql[r]?.toFixed(0)} ms`,
      );
      if (r + 1 < RUNS && !timeLeft(performance.now() - t0)) {
        log(`postgres: ${r + 1} of ${RUNS} rounds, to stay within the scenario's time cap`);
        break;
      }
    }
    await c.store.close();
    const psqlRate = rowsPerSecond(median(psql));
    const cadreRate = rowsPerSecond(median(cadre));
    const rounds = psql.length < RUNS ? `, ${psql.length} rounds` : '';
    const psqlName = `psql \\copy (${N.toLocaleString('en')} rows${rounds})`;
    emit({ scenario: SCENARIO, name: psqlName, metric: 'rows/s', value: psqlRate });
    emit({
      scenario: SCENARIO,
      name: 'cadre PostgreSQL saveObservations (COPY)',
      metric: 'rows/s',
      value: cadreRate,
      baseline: psqlName,
      ratio: cadreRate / psqlRate,
      goal: '≥80% of psql \\copy',
      met: cadreRate / psqlRate >= 0.8,
    });

    log(`postgres pushdown; load average ${loadAverage()}`);
    const hand = handSql(
      (t) => `${c.schema}.${t}`,
      (n) => `$${n}`,
      (c, p) => `(${c}::json #>> '{${p.join(',')}}')`,
    );
    const handTimes: number[] = [];
    const pushTimes: number[] = [];
    let byHand: Totals = new Map();
    let pushed: Totals = new Map();
    for (let r = 0; r < RUNS; r++) {
      handTimes.push(
        await time(async () => {
          const out = await pool.query(hand, [PROGRAMME, INDICATOR, AS_OF]);
          byHand = handTotals(out.rows as unknown as HandRow[]);
        }),
      );
      // A fresh store per round, for its first query (see the SQLite rounds).
      const store = await createPostgresStore({ pool: pool as never, schema: c.schema });
      pushTimes.push(
        await time(async () => {
          pushed = pushTotals(await store.queryCellTotals({ programme: PROGRAMME, asOf: AS_OF }));
        }),
      );
      await store.close();
    }
    if (!sameTotals(byHand, pushed))
      throw new Error('PostgreSQL pushdown and hand-written SQL disagree');
    emitPushdown('PostgreSQL', median(handTimes), median(pushTimes));
  } finally {
    for (const s of schemas) await pool.query(`drop schema if exists ${s} cascade`);
    rmSync(tsv, { force: true });
  }
}

/**
 * Drops the schemas of earlier runs on this machine whose process is gone: the harness kills a
 * scenario at its time cap, and then its `finally` never runs. A live (or reused) pid is kept.
 */
async function dropOrphans(pool: PgPool) {
  const { rows } = await pool.query(
    "select nspname from pg_namespace where nspname like 'cadre_bench_%'",
  );
  for (const { nspname } of rows as { nspname: string }[]) {
    const pid = Number(/^cadre_bench_(\d+)_\d+$/.exec(nspname)?.[1]);
    if (!pid || alive(pid)) continue;
    log(`dropping schema ${nspname}, left by a run that was stopped`);
    await pool.query(`drop schema if exists ${nspname} cascade`);
  }
}
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * The server to load into, or null after saying why PostgreSQL is skipped.
 * @example
 * const server = await postgresServer();
 */
export async function postgresServer(): Promise<{ url: string; pool: PgPool } | null> {
  const url = process.env.CADRE_BENCH_PG_URL || process.env.CADRE_TEST_PG_URL || PG_DEFAULT;
  if (url === 'off') {
    log('PostgreSQL rows skipped: CADRE_BENCH_PG_URL is off');
    return null;
  }
  try {
    execFileSync('psql', ['--version'], { stdio: 'ignore' });
  } catch {
    log('PostgreSQL rows skipped: the psql client is not installed (it is the anchor)');
    return null;
  }
  const pool = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 5000 });
  try {
    await dropOrphans(pool);
    return { url, pool };
  } catch (error) {
    await pool.end().catch(() => undefined);
    const why = error instanceof Error ? error.message : String(error);
    const shown = url.replace(/(\/\/[^:@/]+):[^@/]*@/, '$1:***@');
    log(`PostgreSQL rows skipped: no server answered at ${shown} (${why}); set CADRE_BENCH_PG_URL`);
    return null;
  }
}
