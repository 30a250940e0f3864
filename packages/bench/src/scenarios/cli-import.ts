/**
 * CLI1 — `cadre import` end to end, as an agency runs it: the built command in its own process,
 * reading actuals.csv and writing a store. PostgreSQL: 1M rows against `psql \copy` of the same
 * file into a plain table of its five columns (goal ≥ 0.8×). SQLite: peak RSS of a 5M-row import
 * (goal ≤ 150 MB). Units and the programme are imported first, untimed. PostgreSQL runs against
 * CADRE_BENCH_PG_URL, else CADRE_TEST_PG_URL, else the local test server, in schemas dropped
 * afterwards, and is skipped (saying why) when no server answers or psql is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actualsOrgUnits, PROGRAMME, writeActualsCsv } from '../data/csv-actuals.js';
import { ensureBuilt } from '../lib/built.js';
import { benchDir, benchRows, emit } from '../lib/measure.js';
import { postgresServer } from '../sql1/postgres.js';

const SCENARIO = 'CLI1';
const dir = benchDir();
const log = (text: string) => process.stderr.write(`${text}\n`);
const here = dirname(fileURLToPath(import.meta.url));
const childScript = join(here, 'cli-import.child.mjs');
const cliJs = join(here, '..', '..', '..', 'cli', 'dist', 'cli.js');

async function actualsFile(rows: number): Promise<string> {
  const path = join(dir, `csv-actuals-${rows}.csv`);
  const done = `${path}.done`;
  if (!existsSync(done) || !existsSync(path) || statSync(path).size === 0) {
    log(`generating ${rows} rows → ${path}`);
    await writeActualsCsv(path, rows);
    writeFileSync(done, String(rows));
  }
  return path;
}

/** The units the rows name, and a programme with the ten indicators, as cadre files. */
function setupFiles(): string[] {
  const units = join(dir, 'cli-import-org-units.csv');
  const lines = actualsOrgUnits().map(
    (u) => `${u.code},${u.name},${u.level},${u.parentCode ?? ''}`,
  );
  writeFileSync(units, `code,name,level,parent_code\n${lines.join('\n')}\n`);
  const targets = join(dir, 'cli-import-targets.csv');
  const rows = Array.from(
    { length: 10 },
    (_, i) => `${PROGRAMME},ind${i},01,2016-01-01,2030-12-31,100`,
  );
  writeFileSync(
    targets,
    `programme,indicator,org_unit,period_start,period_end,target\n${rows.join('\n')}\n`,
  );
  return [units, targets];
}

/** Runs `cadre <args>` in a fresh process; wall time and peak RSS. */
function cadre(args: string[]): { ms: number; rssMb: number } {
  const rssFile = join(dir, `cli-import-rss-${process.pid}`);
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [childScript, ...args], {
    env: { ...process.env, CADRE_CLI_JS: cliJs, CADRE_RSS_FILE: rssFile },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  if (run.status !== 0) {
    throw new Error(`cadre ${args[0]} exited with ${run.status}: ${run.stderr.slice(0, 2000)}`);
  }
  const rssMb = Number(readFileSync(rssFile, 'utf8'));
  rmSync(rssFile, { force: true });
  return { ms, rssMb };
}

ensureBuilt(['cli']);
const setup = setupFiles();
const million = benchRows(1_000_000);
const file1 = await actualsFile(million);

const server = await postgresServer();
if (server) {
  const { url, pool } = server;
  const schema = `cadre_bench_${process.pid}_1`;
  const plain = `cadre_bench_${process.pid}_2`;
  const db = `${url}${url.includes('?') ? '&' : '?'}schema=${schema}`;
  try {
    cadre(['import', '--db', db, '--geography', 'none', ...setup, '--format', 'json']);
    await pool.query('checkpoint').catch(() => undefined);
    const ours = cadre(['import', '--db', db, '--geography', 'none', file1, '--format', 'json']);
    await pool.query(`create schema ${plain}`);
    await pool.query(
      `create table ${plain}.actuals (programme text, indicator text, org_unit text, date date, value numeric)`,
    );
    await pool.query('checkpoint').catch(() => undefined);
    const copy = `\\copy ${plain}.actuals from '${file1}' with (format csv, header true)`;
    const t0 = performance.now();
    execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', copy], { stdio: 'ignore' });
    const psqlMs = performance.now() - t0;
    const ratio = psqlMs / ours.ms;
    log(`cadre import ${Math.round(ours.ms)} ms, psql \\copy ${Math.round(psqlMs)} ms`);
    emit({
      scenario: SCENARIO,
      name: `cadre import ${million} rows → PostgreSQL`,
      metric: 'rows/s',
      value: Math.round((million / ours.ms) * 1000),
      baseline: `psql \\copy ${Math.round((million / psqlMs) * 1000)} rows/s`,
      ratio: Number(ratio.toFixed(2)),
      goal: '≥ 0.8× psql \\copy',
      met: ratio >= 0.8,
    });
  } finally {
    for (const s of [schema, plain]) await pool.query(`drop schema if exists ${s} cascade`);
    await pool.end();
  }
}

const five = benchRows(5_000_000);
const file5 = await actualsFile(five);
const sqlite = join(dir, `cli-import-${process.pid}.db`);
try {
  cadre(['import', '--db', sqlite, '--geography', 'none', ...setup, '--format', 'json']);
  const run = cadre(['import', '--db', sqlite, '--geography', 'none', file5, '--format', 'json']);
  log(`SQLite ${five} rows: ${Math.round(run.ms)} ms, peak ${Math.round(run.rssMb)} MB`);
  emit({
    scenario: SCENARIO,
    name: `cadre import ${five} rows → SQLite, peak RSS`,
    metric: 'MB',
    value: Math.round(run.rssMb),
    goal: '≤ 150 MB',
    met: run.rssMb <= 150,
  });
} finally {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${sqlite}${suffix}`, { force: true });
}
