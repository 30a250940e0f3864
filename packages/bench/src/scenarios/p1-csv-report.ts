/**
 * P1 — CSV → validated attainment report at national scale: targets.csv (6,800 quota cells by
 * province × category × course kind) and actuals.csv (commune rows) in, attainment per cell out.
 * cadre's `reportFromActualsCsv` (rows → integer cell sums → the core's exact report) and the
 * import door (`iterateObservations` → the core's accumulator) run next to DuckDB doing the
 * same job in SQL, the raw parser alone, and the naive csv-parse + zod + Decimal pipeline, in
 * turns, median of 3. Every pipeline's figures must equal DuckDB's cell by cell (actual, target,
 * percent to 4 decimals) or the scenario fails. Peak RSS of one report is measured in plain-Node
 * child processes on the built packages at 1M and 5M rows.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeText, openChunks, parseRows } from '@cadre/csv';
import { nationalDataset, nationalGeography } from '../data/national.js';
import { AS_OF, DISAGGREGATIONS, PERIOD } from '../data/national-catalogue.js';
import { ensureBuilt } from '../lib/built.js';
import { measureInTurns } from '../lib/interleave.js';
import { benchDir, benchRows, emit } from '../lib/measure.js';
import { cadreReport } from '../p1/cadre-report.js';
import type { ReportFiles } from '../p1/duckdb-report.js';
import { assertSameFigures, type FigureTable, figuresOfReport } from '../p1/figures.js';

const SCENARIO = 'P1';
const RUNS = 3;
const label = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : `${n}`);
const log = (text: string) => process.stderr.write(`${text}\n`);

const childScript = fileURLToPath(new URL('./p1-csv-report.child.mjs', import.meta.url));

/** One report in a fresh plain-Node process on the built packages: time, peak RSS, setup RSS. */
function inChild(
  files: ReportFiles,
  units: string,
): { ms: number; rssMb: number; loadedMb: number } {
  const job = { ...files, units, asOf: AS_OF, disaggregations: DISAGGREGATIONS };
  const run = spawnSync(process.execPath, [childScript], {
    env: { ...process.env, CADRE_P1_CHILD: JSON.stringify(job) },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`P1 child exited with ${run.status}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!);
}

async function parseOnly(path: string): Promise<number> {
  let rows = 0;
  for await (const batch of parseRows(decodeText(openChunks(path)))) rows += batch.rows.length;
  return rows;
}

async function main() {
  // Loaded here, not at the top: the memory children must not carry DuckDB's native library.
  const { duckDbReport, openDuckDb } = await import('../p1/duckdb-report.js');
  const { naiveReport } = await import('../p1/naive-report.js');
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
  // Warm up: the first report also compiles the hot paths.
  await cadreReport(files(small), 'quick');
  const period = { start: PERIOD.start, asOf: AS_OF };
  const duckName = (n: number) => `DuckDB: read_csv + GROUP BY + join + percent (${label(n)})`;
  const quickName = (n: number) =>
    `cadre reportFromActualsCsv: CSV → validated report (${label(n)})`;

  // The main size: every pipeline, in turns.
  log(`P1 at ${label(main)} rows`);
  const m = files(main);
  const r1 = await measureInTurns(
    {
      duckdb: () => duckDbReport(db, m, period),
      quick: async () => figuresOfReport((await cadreReport(m, 'quick')).report),
      parse: async () => parseOnly(m.actuals),
      naive: () => naiveReport(m, AS_OF),
    },
    RUNS,
  );
  assertSameFigures(r1.first.duckdb, r1.first.quick, 'DuckDB', 'cadre reportFromActualsCsv');
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
  // CPU time (every thread): steadier than wall time on a busy machine, and it shows what
  // DuckDB's second thread buys it.
  const duckCpu = `DuckDB CPU time, 2 threads (${label(main)})`;
  emit({ scenario: SCENARIO, name: duckCpu, metric: 'ms', value: r1.cpuMs.duckdb });
  emit({
    scenario: SCENARIO,
    name: `cadre reportFromActualsCsv CPU time, 1 thread (${label(main)})`,
    metric: 'ms',
    value: r1.cpuMs.quick,
    baseline: duckCpu,
    ratio: r1.cpuMs.quick / r1.cpuMs.duckdb,
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
    name: `cadre reportFromActualsCsv speed-up over naive (${label(main)})`,
    metric: '×',
    value: ms.naive / ms.quick,
    baseline: naiveName,
    ratio: ms.naive / ms.quick,
    goal: '≥5× faster than naive',
    met: ms.naive / ms.quick >= 5,
  });

  // The other sizes: DuckDB and the report; at the small size also the import door
  // (observations into the core's accumulator), which is several times slower.
  for (const n of [small, big].filter((n) => n !== main)) {
    log(`P1 at ${label(n)} rows`);
    const f = files(n);
    const general = async () => figuresOfReport((await cadreReport(f, 'general')).report);
    const cases = {
      duckdb: () => duckDbReport(db, f, period),
      quick: async () => figuresOfReport((await cadreReport(f, 'quick')).report),
      ...(n === small && { general }),
    };
    const r = await measureInTurns(cases, RUNS);
    assertSameFigures(r.first.duckdb, r.first.quick, 'DuckDB', 'cadre reportFromActualsCsv');
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
    const generalMs = (r.ms as Record<string, number>).general;
    const generalFigures = (r.first as Record<string, FigureTable>).general;
    if (generalMs !== undefined && generalFigures) {
      assertSameFigures(r.first.duckdb, generalFigures, 'DuckDB', 'cadre as observations');
      emit({
        scenario: SCENARIO,
        name: `cadre as observations: iterateObservations + createReportAccumulator (${label(n)})`,
        metric: 'ms',
        value: generalMs,
        baseline: duckName(n),
        ratio: generalMs / r.ms.duckdb,
      });
    }
  }
  db.closeSync();

  // Memory: each report alone in a fresh process; the work is what the rows add to the setup.
  ensureBuilt(['vn-admin', 'csv']);
  const geo = nationalGeography();
  const units = join(benchDir(), 'national-units.json');
  writeFileSync(units, JSON.stringify([...geo.provinces, ...geo.communes]));
  const rss1 = inChild(files(main), units);
  const rss5 = inChild(files(big), units);
  const work = (o: typeof rss1) => Math.round(o.rssMb - o.loadedMb);
  emit({
    scenario: SCENARIO,
    name: 'cadre setup before the first row: Node, geography, targets (RSS, built packages)',
    metric: 'MB',
    value: Math.round(rss1.loadedMb),
  });
  const rssName = (n: number) =>
    `cadre reportFromActualsCsv peak RSS (built packages) (${label(n)})`;
  emit({ scenario: SCENARIO, name: rssName(main), metric: 'MB', value: Math.round(rss1.rssMb) });
  emit({
    scenario: SCENARIO,
    name: rssName(big),
    metric: 'MB',
    value: Math.round(rss5.rssMb),
    baseline: rssName(main),
    ratio: rss5.rssMb / rss1.rssMb,
  });
  const workName = (n: number) => `cadre reportFromActualsCsv, memory the rows add (${label(n)})`;
  emit({ scenario: SCENARIO, name: workName(main), metric: 'MB', value: work(rss1) });
  emit({
    scenario: SCENARIO,
    name: workName(big),
    metric: 'MB',
    value: work(rss5),
    baseline: workName(main),
    ratio: work(rss5) / Math.max(1, work(rss1)),
  });
}

await main();
