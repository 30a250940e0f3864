/**
 * SQL1 — the SQL stores at national scale: load 1M observations into SQLite and PostgreSQL
 * through cadre, next to the raw tools on the same tables (better-sqlite3 prepared inserts in
 * one transaction; `psql \copy` of the same rows), then the pushed-down roll-up of 6,800 quota
 * cells next to a hand-written GROUP BY that knows the tree and the breakdown. PostgreSQL runs
 * when CADRE_BENCH_PG_URL or CADRE_TEST_PG_URL names a server. Runs alternate cadre and raw so
 * drift on a busy machine hits both alike.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createPostgresStore, createSqliteStore } from '../../../sql/src/index.js';
import {
  type BenchObservation,
  INDICATOR,
  observations,
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
interface PgClient {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  release(): void;
}
interface PgPool extends Omit<PgClient, 'release'> {
  connect(): Promise<PgClient>;
  end(): Promise<void>;
}
const Database = requireFromSql('better-sqlite3') as new (
  file: string,
  options?: { readonly?: boolean },
) => SqliteDb;
const pg = requireFromSql('pg') as {
  Pool: new (o: { connectionString: string; max: number }) => PgPool;
};

const SCENARIO = 'SQL1';
const RUNS = 3;
const AS_OF = '2019-05-20';
const N = benchRows(1_000_000);
const dir = benchDir();
const log = (text: string) => process.stderr.write(`${text}\n`);

const rowsPerSecond = (ms: number) => Math.round(N / (ms / 1000));
const time = async (fn: () => unknown) => {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
};

/** The hand-written roll-up: communes to their province, breakdown read by name. */
function handSql(
  q: (name: string) => string,
  param: (n: number) => string,
  json: (col: string, path: string[]) => string,
) {
  return `select t.org_unit, t.disagg_key, coalesce(a.actual, 0) as actual, coalesce(a.n, 0) as n
    from ${q('targets')} t left join (
      select u.parent_code as province, ${json('o.disaggregation', ['category'])} as category,
        ${json('o.disaggregation', ['course'])} as course, sum(o.value_int) as actual, count(*) as n
      from ${q('observations')} o join ${q('org_units')} u on u.code = o.org_unit
      where o.programme = ${param(1)} and o.indicator = ${param(2)} and o.date between '2016-01-01' and ${param(3)}
      group by 1, 2, 3) a
    on a.province = t.org_unit and a.category = ${json('t.data', ['disaggregation', 'category'])}
      and a.course = ${json('t.data', ['disaggregation', 'course'])}
    where t.programme = ${param(1)}`;
}

type Totals = Map<string, string>;
function sameTotals(a: Totals, b: Totals): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

async function sqlite(rows: BenchObservation[]) {
  const units = orgUnits();
  const def = programme();
  const fresh = async (name: string) => {
    const file = join(dir, `sql-${name}.db`);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
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
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
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

  // Pushdown on the last cadre file versus the hand-written query on the same data.
  const store = await createSqliteStore({ filename: last });
  const db = new Database(last, { readonly: true });
  const hand = db.prepare(
    handSql(
      (t) => t,
      () => '?',
      (c, p) => `json_extract(${c}, '$.${p.join('.')}')`,
    ),
  );
  const handTimes: number[] = [];
  const pushTimes: number[] = [];
  let handTotals: Totals = new Map();
  let pushTotals: Totals = new Map();
  for (let r = 0; r < RUNS; r++) {
    handTimes.push(
      await time(() => {
        const out = hand.all(PROGRAMME, INDICATOR, AS_OF, PROGRAMME) as {
          org_unit: string;
          disagg_key: string;
          actual: number;
          n: number;
        }[];
        handTotals = new Map(
          out.map((x) => [`${x.org_unit} ${x.disagg_key}`, `${x.actual}/${x.n}`]),
        );
      }),
    );
    pushTimes.push(
      await time(async () => {
        const out = await store.queryCellTotals({ programme: PROGRAMME, asOf: AS_OF });
        pushTotals = new Map(
          out.map((x) => [
            `${x.orgUnit} ${JSON.stringify(Object.entries(x.disaggregation).sort())}`,
            `${x.actual}/${x.count}`,
          ]),
        );
      }),
    );
  }
  db.close();
  await store.close();
  if (!sameTotals(handTotals, pushTotals))
    throw new Error('SQLite pushdown and hand-written SQL disagree');
  emitPushdown('SQLite', median(handTimes), median(pushTimes));
}

function emitPushdown(engine: string, handMs: number, pushMs: number) {
  const handName = `hand-written SQL roll-up, 6,800 cells (${engine})`;
  emit({ scenario: SCENARIO, name: handName, metric: 'ms', value: Math.round(handMs) });
  emit({
    scenario: SCENARIO,
    name: `cadre queryCellTotals pushdown (${engine})`,
    metric: 'ms',
    value: Math.round(pushMs),
    baseline: handName,
    ratio: pushMs / handMs,
    goal: '≤1.2× hand-written SQL',
    met: pushMs / handMs <= 1.2,
  });
}

function tsvOf(rows: BenchObservation[]): string {
  // Generated codes and dates hold no tab, newline or backslash; COPY text needs no escaping.
  const lines = rows.map((o) => {
    const d = o.disaggregation;
    return [
      o.programme,
      o.indicator,
      o.orgUnit,
      o.date,
      JSON.stringify(Object.entries(d).sort()),
      JSON.stringify(d),
      o.value,
      '\\N',
    ].join('\t');
  });
  return `${lines.join('\n')}\n`;
}

async function postgres(rows: BenchObservation[], url: string) {
  const units = orgUnits();
  const def = programme();
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const schemas: string[] = [];
  let k = 0;
  const fresh = async () => {
    const schema = `cadre_bench_${process.pid}_${++k}`;
    schemas.push(schema);
    const store = await createPostgresStore({ pool: pool as never, schema });
    await store.saveOrgUnits(units);
    await store.saveProgramme(def);
    return { schema, store };
  };
  const tsv = join(dir, 'sql-observations.tsv');
  writeFileSync(tsv, tsvOf(rows));
  const columns =
    'programme, indicator, org_unit, date, disagg_key, disaggregation, value_int, value_dec';
  const cadre: number[] = [];
  const psql: number[] = [];
  let last = '';
  try {
    for (let r = 0; r < RUNS; r++) {
      const c = await fresh();
      cadre.push(await time(() => c.store.saveObservations(rows)));
      await c.store.close();
      last = c.schema;
      const p = await fresh();
      await p.store.close();
      psql.push(
        await time(() =>
          execFileSync(
            'psql',
            [
              url,
              '-v',
              'ON_ERROR_STOP=1',
              '-qc',
              `\\copy ${p.schema}.observations (${columns}) from '${tsv}'`,
            ],
            {
              stdio: ['ignore', 'ignore', 'inherit'],
            },
          ),
        ),
      );
      log(
        `postgres run ${r + 1}: cadre ${cadre[r]?.toFixed(0)} ms, psql ${psql[r]?.toFixed(0)} ms`,
      );
    }
    const psqlRate = rowsPerSecond(median(psql));
    const cadreRate = rowsPerSecond(median(cadre));
    const psqlName = `psql \\copy (${N.toLocaleString('en')} rows)`;
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

    // The alternative kept for small writes: multi-row INSERT, 1,000 rows per statement.
    const m = await fresh();
    await m.store.close();
    const client = await pool.connect();
    const sample = rows.slice(0, Math.min(rows.length, 200_000));
    const insertMs = await time(async () => {
      await client.query('begin');
      for (let i = 0; i < sample.length; i += 1000) {
        const chunk = sample.slice(i, i + 1000);
        const params: unknown[] = [];
        const values = chunk.map((o, j) => {
          const d = o.disaggregation;
          params.push(
            o.programme,
            o.indicator,
            o.orgUnit,
            o.date,
            JSON.stringify(Object.entries(d).sort()),
            JSON.stringify(d),
            o.value,
          );
          const b = j * 7;
          return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}, $${b + 7}, null)`;
        });
        await client.query(
          `insert into ${m.schema}.observations (${columns}) values ${values.join(', ')}`,
          params,
        );
      }
      await client.query('commit');
    });
    client.release();
    emit({
      scenario: SCENARIO,
      name: `PostgreSQL multi-row INSERT (${sample.length.toLocaleString('en')} rows)`,
      metric: 'rows/s',
      value: Math.round(sample.length / (insertMs / 1000)),
      baseline: psqlName,
      ratio: sample.length / (insertMs / 1000) / psqlRate,
    });

    const store = await createPostgresStore({ pool: pool as never, schema: last });
    const hand = handSql(
      (t) => `${last}.${t}`,
      (n) => `$${n}`,
      (c, p) => `(${c}::json #>> '{${p.join(',')}}')`,
    );
    const handTimes: number[] = [];
    const pushTimes: number[] = [];
    let handTotals: Totals = new Map();
    let pushTotals: Totals = new Map();
    for (let r = 0; r < RUNS; r++) {
      handTimes.push(
        await time(async () => {
          const out = await pool.query(hand, [PROGRAMME, INDICATOR, AS_OF]);
          handTotals = new Map(
            out.rows.map((x) => [`${x.org_unit} ${x.disagg_key}`, `${x.actual}/${x.n}`]),
          );
        }),
      );
      pushTimes.push(
        await time(async () => {
          const out = await store.queryCellTotals({ programme: PROGRAMME, asOf: AS_OF });
          pushTotals = new Map(
            out.map((x) => [
              `${x.orgUnit} ${JSON.stringify(Object.entries(x.disaggregation).sort())}`,
              `${x.actual}/${x.count}`,
            ]),
          );
        }),
      );
    }
    await store.close();
    if (!sameTotals(handTotals, pushTotals))
      throw new Error('PostgreSQL pushdown and hand-written SQL disagree');
    emitPushdown('PostgreSQL', median(handTimes), median(pushTimes));
  } finally {
    for (const s of schemas) await pool.query(`drop schema if exists ${s} cascade`);
    await pool.end();
    rmSync(tsv, { force: true });
  }
}

const rows = observations(N);
log(`generated ${N} observations`);
await sqlite(rows);
const url = process.env.CADRE_BENCH_PG_URL ?? process.env.CADRE_TEST_PG_URL;
const hasPsql = (() => {
  try {
    execFileSync('psql', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!url) log('PostgreSQL rows skipped: set CADRE_BENCH_PG_URL (or CADRE_TEST_PG_URL) to a server');
else if (!hasPsql) log('PostgreSQL rows skipped: the psql client is not installed');
else await postgres(rows, url);
