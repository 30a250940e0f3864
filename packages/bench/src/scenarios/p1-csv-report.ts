/**
 * P1 — CSV → validated attainment report at national scale: targets.csv (6,800 quota cells by
 * province × category × course kind) and actuals.csv (commune rows) in, attainment per cell out.
 * cadre's quick path (bytes → integer cell sums → the core's exact report) and today's public
 * path (@cadre/csv `iterateObservations` → core `computeReport`) run next to DuckDB doing the
 * same job in SQL, the raw parser alone, and the naive csv-parse + zod + Decimal pipeline, in
 * turns, median of 3. Every pipeline's figures must equal DuckDB's cell by cell (actual, target,
 * percent to 4 decimals) or the scenario fails. Peak RSS of the quick path is measured in child
 * processes at 1M and 5M rows.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { decodeText, openChunks, parseRows } from '@cadre/csv';
import { nationalDataset } from '../data/national.js';
import { AS_OF, PERIOD } from '../data/national-catalogue.js';
import { measureInTurns } from '../lib/interleave.js';
import { benchRows, emit } from '../lib/measure.js';
import { cadreReport } from '../p1/cadre-report.js';
import { duckDbReport, openDuckDb, type ReportFiles } from '../p1/duckdb-report.js';
import { assertSameFigures, figuresOfReport } from '../p1/figures.js';
import { naiveReport } from '../p1/naive-report.js';

const SCENARIO = 'P1';
const RUNS = 3;
const label = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : `${n}`);
const log = (text: string) => process.stderr.write(`${text}\n`);

/** Child mode: one quick-path report (or only its fixed cost), then time and peak RSS. */
async function child(files: ReportFiles, fixedOnly: boolean) {
  const t0 = performance.now();
  if (fixedOnly) await cadreReport({ ...files, actuals: files.targets }, 'quick').catch(() => 0);
  else await cadreReport(files, 'quick');
  const ms = performance.now() - t0;
  process.stdout.write(`${JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

function inChild(files: ReportFiles, fixedOnly = false): { ms: number; rssMb: number } {
  const run = spawnSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', fileURLToPath(import.meta.url)],
    {
      env: { ...process.env, CADRE_P1_CHILD: JSON.stringify({ files, fixedOnly }) },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  if (run.status !== 0) throw new Error(`P1 child exited with ${run.status}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!);
}

async function parseOnly(path: string): Promise<number> {
  let rows = 0;
  for await (const batch of parseRows(decodeText(openChunks(path)))) rows += batch.rows.length;
  return rows;
}

async function main() {
  const small = benchRows(100_000);
  const main = benchRows(1_000_000);
  const big = benchRows(5_000_000);
  const data = await nationalDataset({ sizes: [small, main, big] });
  const files = (rows: number): ReportFiles => ({
    actuals: data.actuals.get(rows)!,
    targets: data.targets,
    units: data.units,
  });
  const db = await openDuckDb();
  const period = { start: PERIOD.start, asOf: AS_OF };
  const duckName = (n: number) => `DuckDB: read_csv + GROUP BY + join + percent (${label(n)})`;
  const quickName = (n: number) => `cadre quick path: CSV → validated report (${label(n)})`;

  // The main size: every pipeline, in turns.
  log(`P1 at ${label(main)} rows`);
  const m = files(main);
  const r1 = await measureInTurns(
    {
      duckdb: () => duckDbReport(db, m, period),
      quick: async () => figuresOfReport((await cadreReport(m, 'quick')).report),
      general: async () => figuresOfReport((await cadreReport(m, 'general')).report),
      parse: async () => parseOnly(m.actuals),
      naive: () => naiveReport(m, AS_OF),
    },
    RUNS,
  );
  assertSameFigures(r1.first.duckdb, r1.first.quick, 'DuckDB', 'cadre quick path');
  assertSameFigures(r1.first.duckdb, r1.first.general, 'DuckDB', 'cadre public path');
  assertSameFigures(r1.first.duckdb, r1.first.naive, 'DuckDB', 'naive pipeline');
  log(`figures agree on all ${r1.first.duckdb.size} cells`);
  const { ms } = r1;
  emit({ scenario: SCENARIO, name: duckName(main), metric: 'ms', value: ms.duckdb });
  emit({
    scenario: SCENARIO,
    name: quickName(main),
    metric: 'ms',
    value: ms.quick,
    baseline: duckName(main),
    ratio: ms.quick / ms.duckdb,
    goal: '≤1.5× DuckDB',
    met: ms.quick <= 1.5 * ms.duckdb,
  });
  emit({
    scenario: SCENARIO,
    name: `cadre public path: iterateObservations + computeReport (${label(main)})`,
    metric: 'ms',
    value: ms.general,
    baseline: duckName(main),
    ratio: ms.general / ms.duckdb,
  });
  emit({
    scenario: SCENARIO,
    name: `@cadre/csv parser alone, papaparse (${label(main)})`,
    metric: 'ms',
    value: ms.parse,
  });
  const naiveName = `naive: csv-parse columns + zod + Decimal per row (${label(main)})`;
  emit({ scenario: SCENARIO, name: naiveName, metric: 'ms', value: ms.naive });
  emit({
    scenario: SCENARIO,
    name: `cadre quick path speed-up over naive (${label(main)})`,
    metric: '×',
    value: ms.naive / ms.quick,
    baseline: naiveName,
    ratio: ms.naive / ms.quick,
    goal: '≥5× faster than naive',
    met: ms.naive / ms.quick >= 5,
  });

  // The other sizes: DuckDB and the quick path.
  for (const n of [small, big].filter((n) => n !== main)) {
    log(`P1 at ${label(n)} rows`);
    const f = files(n);
    const r = await measureInTurns(
      {
        duckdb: () => duckDbReport(db, f, period),
        quick: async () => figuresOfReport((await cadreReport(f, 'quick')).report),
      },
      RUNS,
    );
    assertSameFigures(r.first.duckdb, r.first.quick, 'DuckDB', 'cadre quick path');
    emit({ scenario: SCENARIO, name: duckName(n), metric: 'ms', value: r.ms.duckdb });
    emit({
      scenario: SCENARIO,
      name: quickName(n),
      metric: 'ms',
      value: r.ms.quick,
      baseline: duckName(n),
      ratio: r.ms.quick / r.ms.duckdb,
      goal: '≤1.5× DuckDB',
      met: r.ms.quick <= 1.5 * r.ms.duckdb,
    });
  }
  db.closeSync();

  // Memory: each report alone in a fresh process.
  const fixed = inChild(files(main), true);
  const rss1 = inChild(files(main));
  const rss5 = inChild(files(big));
  emit({
    scenario: SCENARIO,
    name: 'cadre fixed cost: runtime, geography, targets (peak RSS)',
    metric: 'MB',
    value: fixed.rssMb,
  });
  const rssName = `cadre quick path peak RSS (${label(main)})`;
  emit({
    scenario: SCENARIO,
    name: rssName,
    metric: 'MB',
    value: rss1.rssMb,
    goal: '≤150 MB',
    met: rss1.rssMb <= 150,
  });
  emit({
    scenario: SCENARIO,
    name: `cadre quick path peak RSS (${label(big)})`,
    metric: 'MB',
    value: rss5.rssMb,
    baseline: rssName,
    ratio: rss5.rssMb / rss1.rssMb,
    goal: '≤150 MB and flat',
    met: rss5.rssMb <= 150 && rss5.rssMb <= rss1.rssMb * 1.2,
  });
}

const childCase = process.env.CADRE_P1_CHILD;
if (childCase) {
  const { files, fixedOnly } = JSON.parse(childCase) as { files: ReportFiles; fixedOnly: boolean };
  await child(files, fixedOnly);
} else await main();
