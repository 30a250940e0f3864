/**
 * SQL1 — the SQL stores at national scale: load 1M observations into SQLite and PostgreSQL
 * through cadre, next to the raw tools on the same tables (better-sqlite3 prepared inserts in
 * one transaction; `psql \copy` of the same rows), then the pushed-down roll-up of 6,800 quota
 * cells next to a hand-written GROUP BY that knows the tree and the breakdown, on the rows the
 * last cadre load wrote. PostgreSQL runs against CADRE_BENCH_PG_URL, else CADRE_TEST_PG_URL,
 * else postgres://postgres@127.0.0.1:5432/test (schemas dropped afterwards), and is skipped,
 * saying why, when no server answers, psql is missing or the URL is `off`. Runs alternate cadre
 * and raw so drift on a busy machine hits both alike; medians of 3. */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createPostgresStore, createSqliteStore } from '../../../sql/src/index.js';
import {
  type BenchObservation,
  handSql,
  INDICATOR,
  observations,
  observationsTsv,
  orgUnits,
  PROGRAMME,
  programme,
} from '../data/sql-observations.js';
import { benchDir, benchRows, emit, median } from '../lib/measure.js';

// The drivers are @cadre/sql's own dependencies; load them from there.
const requireFromSql = createRequire(new URL('../../../sql/package.json', import.meta.url));
// The few driver calls this scenario makes, typed here: the drivers are not this package's.
interface SqliteStatement {
  run(...args: unknown[]): unknown;
  all(...args: unknown[]): unknown[];
}
interface SqliteDb {
  pragma(text: string): unknown;
  prepare(text: string): SqliteStatement;
  transaction(fn: () => void): () => void;
  close(): void;
}
interface PgPool {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  end(): Promise<void>;
}
const Database = requireFromSql('better-sqlite3') as new (
  file: string,
  options?: { readonly?: boolean },
) => SqliteDb;
const pg = requireFromSql('pg') as {
  Pool: new (o: {
    connectionString: string;
    max: number;
    connectionTimeoutMillis?: number;
  }) => PgPool;
};

const SCENARIO = 'SQL1';
const RUNS = 3;
const AS_OF = '2019-05-20';
const N = benchRows(1_000_000);
const dir = benchDir();
const log = (text: string) => process.stderr.write(`${text}\n`);
const PG_DEFAULT = 'postgres://postgres@127.0.0.1:5432/test';
const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

const rowsPerSecond = (ms: number) => Math.round(N / (ms / 1000));
// The harness kills a scenario at CADRE_BENCH_SCENARIO_S; a round starts only when one more
// (as long as the last) and the pushdown after it fit, so the figures already taken survive.
const started = performance.now();
const capMs = Number(process.env.CADRE_BENCH_SCENARIO_S ?? 300) * 1000;
const timeLeft = (roundMs: number) => performance.now() - started + roundMs * 1.2 + 30_000 < capMs;
const time = async (fn: () => unknown) => {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
};

type Totals = Map<string, string>;
function sameTotals(a: Totals, b: Totals): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

async function sqlite(rows: BenchObservation[]) {
  const units = orgUnits();
  const def = programme();
  const remove = (file: string) => {
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  };
  const fresh = async (name: string) => {
    const file = join(dir, `sql-${name}.db`);
    remove(file);
    const store = await createSqliteStore({ filename: file });
    await store.saveOrgUnits(units);
    await store.saveProgramme(def);
    return { file, store };
  };
  const cadre: number[] = [];
  const raw: number[] = [];
  let last = '';
  for (let r = 0; r < RUNS; r++) {
    const c = await fresh('cadre');
    cadre.push(await time(() => c.store.saveObservations(rows)));
    await c.store.close();
    last = c.file;
    const b = await fresh('raw');
    await b.store.close();
    const db = new Database(b.file);
    for (const p of ['journal_mode = WAL', 'synchronous = NORMAL', 'foreign_keys = ON'])
      db.pragma(p);
    raw.push(
      await time(() => {
        const insert = db.prepare(
          `insert into observations (programme, indicator, org_unit, date, disagg_key, disaggregation, value_int, value_dec)
           values (?, ?, ?, ?, ?, ?, ?, null)`,
        );
        db.transaction(() => {
          for (const o of rows) {
            const d = o.disaggregation;
            insert.run(
              o.programme,
              o.indicator,
              o.orgUnit,
              o.date,
              JSON.stringify(Object.entries(d).sort()),
              JSON.stringify(d),
              o.value,
            );
          }
        })();
      }),
    );
    db.close();
    log(`sqlite run ${r + 1}: cadre ${cadre[r]?.toFixed(0)} ms, raw ${raw[r]?.toFixed(0)} ms`);
  }
  const rawRate = rowsPerSecond(median(raw));
  const cadreRate = rowsPerSecond(median(cadre));
  const rawName = `raw better-sqlite3 prepared inserts (${N.toLocaleString('en')} rows)`;
  emit({ scenario: SCENARIO, name: rawName, metric: 'rows/s', value: rawRate });
  emit({
    scenario: SCENARIO,
    name: 'cadre SQLite saveObservations',
    metric: 'rows/s',
    value: cadreRate,
    baseline: rawName,
    ratio: cadreRate / rawRate,
    goal: '≥90% of raw',
    met: cadreRate / rawRate >= 0.9,
  });

  // Pushdown on the last cadre file versus the hand-written query on the same data, as SQLite
  // plans it (through the primary key) and forced to scan the table, as cadre chooses to here.
  log(`sqlite pushdown; load average ${loadAverage()}`);
  const db = new Database(last, { readonly: true });
  const hand = (scan: string) =>
    db.prepare(
      handSql(
        (t) => t,
        () => '?',
        (c, p) => `json_extract(${c}, '$.${p.join('.')}')`,
        scan,
      ),
    );
  const anchors = { planned: hand(''), scan: hand('not indexed') };
  const times = { planned: [] as number[], scan: [] as number[], push: [] as number[] };
  const totals: Record<keyof typeof times, Totals> = {
    planned: new Map(),
    scan: new Map(),
    push: new Map(),
  };
  for (let r = 0; r < RUNS; r++) {
    for (const k of ['planned', 'scan'] as const) {
      times[k].push(
        await time(() => {
          const out = anchors[k].all(PROGRAMME, INDICATOR, AS_OF, PROGRAMME) as HandRow[];
          totals[k] = handTotals(out);
        }),
      );
    }
    // A store opened for each round: its first query, as after a write (a store keeps the
    // programme it read until the data version moves).
    const store = await createSqliteStore({ filename: last });
    times.push.push(
      await time(async () => {
        totals.push = pushTotals(
          await store.queryCellTotals({ programme: PROGRAMME, asOf: AS_OF }),
        );
      }),
    );
    await store.close();
  }
  db.close();
  // 300 MB each, and never read again.
  for (const name of ['cadre', 'raw']) remove(join(dir, `sql-${name}.db`));
  if (!sameTotals(totals.planned, totals.push) || !sameTotals(totals.scan, totals.push))
    throw new Error('SQLite pushdown and hand-written SQL disagree');
  emitPushdown('SQLite', median(times.planned), median(times.push));
  emitPushdown('SQLite', median(times.scan), median(times.push), ', table scan forced');
}

interface HandRow {
  org_unit: string;
  disagg_key: string;
  actual: number | string;
  n: number | string;
}
const handTotals = (out: HandRow[]): Totals =>
  new Map(out.map((x) => [`${x.org_unit} ${x.disagg_key}`, `${x.actual}/${x.n}`]));
const pushTotals = (
  out: { orgUnit: string; disaggregation: Record<string, string>; actual: string; count: number }[],
): Totals =>
  new Map(
    out.map((x) => [
      `${x.orgUnit} ${JSON.stringify(Object.entries(x.disaggregation).sort())}`,
      `${x.actual}/${x.count}`,
    ]),
  );

/** The anchor's row and cadre's against it; `forced` names an anchor not planned by the engine. */
function emitPushdown(engine: string, handMs: number, pushMs: number, forced = '') {
  const handName = `hand-written SQL roll-up, 6,800 cells (${engine}${forced})`;
  emit({ scenario: SCENARIO, name: handName, metric: 'ms', value: Math.round(handMs) });
  emit({
    scenario: SCENARIO,
    name: `cadre queryCellTotals pushdown (${engine})${forced ? ', same runs' : ''}`,
    metric: 'ms',
    value: Math.round(pushMs),
    baseline: handName,
    ratio: pushMs / handMs,
    ...(!forced && { goal: '≤1.2× hand-written SQL', met: pushMs / handMs <= 1.2 }),
  });
}

async function postgres(rows: BenchObservation[], url: string, pool: PgPool) {
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

/** The server to load into, or null after saying why PostgreSQL is skipped. */
async function postgresServer(): Promise<{ url: string; pool: PgPool } | null> {
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
