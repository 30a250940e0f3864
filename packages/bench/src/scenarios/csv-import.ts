/**
 * CSV1 — import a 1M-row actuals.csv: the raw parsers alone, the naive pipeline
 * (csv-parse `columns: true` + zod per row + Decimal per row, on 300k rows to fit the time
 * budget) and cadre's fast path `iterateObservations`, each in its own plain-Node child process
 * running the built packages (csv-import.child.mjs), so peak RSS is the pipeline's own; then cadre
 * at 5M rows to show memory stays flat. Children print one JSON line to this process, which emits
 * the table rows.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actualsOrgUnits, writeActualsCsv } from '../data/csv-actuals.js';
import { ensureBuilt } from '../lib/built.js';
import { benchDir, benchRows, emit, median } from '../lib/measure.js';

type Case = 'baseline' | 'papaparse' | 'csv-parse' | 'naive' | 'cadre';
interface Outcome {
  rows: number;
  ms: number;
  /** Peak RSS of the child. */
  rssMb: number;
  /** RSS once the case's modules are loaded, before it reads a row. */
  loadedMb: number;
  /** CPU time of the work (user + system): steadier than wall time on a busy machine. */
  cpuMs: number;
}

const SCENARIO = 'CSV1';

const childScript = fileURLToPath(new URL('./csv-import.child.mjs', import.meta.url));
let units = '';

/** Runs one case in a fresh process and returns its rows, import time and peak RSS. */
function child(which: Case, file: string): Outcome {
  const run = spawnSync(process.execPath, [childScript], {
    env: { ...process.env, CADRE_CSV_CASE: which, CADRE_CSV_FILE: file, CADRE_CSV_UNITS: units },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`${which} exited with ${run.status}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Outcome;
}

function runs(which: Case, file: string, n: number) {
  const all = Array.from({ length: n }, () => child(which, file));
  const ms = median(all.map((o) => o.ms));
  const out = {
    rows: all[0]!.rows,
    ms,
    perSecond: Math.round((all[0]!.rows / ms) * 1000),
    rssMb: Math.round(median(all.map((o) => o.rssMb))),
    workMb: Math.round(median(all.map((o) => o.rssMb - o.loadedMb))),
    cpuMs: Math.round(median(all.map((o) => o.cpuMs))),
  };
  process.stderr.write(
    `${which}: ${out.rows} rows, median ${Math.round(out.ms)} ms wall, ${out.cpuMs} ms CPU, peak ${out.rssMb} MB\n`,
  );
  return out;
}

async function dataFile(rows: number): Promise<string> {
  const path = join(benchDir(), `csv-actuals-${rows}.csv`);
  const done = `${path}.done`;
  if (!existsSync(done) || !existsSync(path) || statSync(path).size === 0) {
    process.stderr.write(`generating ${rows} rows → ${path}\n`);
    await writeActualsCsv(path, rows);
    writeFileSync(done, String(rows));
  }
  return path;
}

ensureBuilt(['core', 'csv']);
units = join(benchDir(), 'csv-actuals-units.json');
writeFileSync(units, JSON.stringify(actualsOrgUnits()));
const million = benchRows(1_000_000);
const five = benchRows(5_000_000);
const file1 = await dataFile(million);
const label = (n: number) =>
  n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : `${n}`;

const base = child('baseline', file1);
const papa = runs('papaparse', file1, 3);
// csv-parse alone runs once: it only backs the parser choice (docs/csv.md).
const csvParse = runs('csv-parse', file1, 1);
// The naive pipeline is slow enough to blow the time budget at 1M × 3 runs; its throughput is
// per row, so a 300k-row file measures it as well.
const naiveRows = benchRows(300_000);
const naive = runs('naive', await dataFile(naiveRows), 3);
const cadre = runs('cadre', file1, 3);
const file5 = await dataFile(five);
const cadre5 = runs('cadre', file5, 1);

const naiveName = `naive: csv-parse columns + zod + Decimal per row (${label(naiveRows)})`;
const cadreName = `cadre: iterateObservations (${label(million)})`;
emit({
  scenario: SCENARIO,
  name: `papaparse alone, parse only (${label(million)})`,
  metric: 'rows/s',
  value: papa.perSecond,
});
emit({
  scenario: SCENARIO,
  name: `csv-parse alone, parse only (${label(million)})`,
  metric: 'rows/s',
  value: csvParse.perSecond,
});
emit({ scenario: SCENARIO, name: naiveName, metric: 'rows/s', value: naive.perSecond });
emit({
  scenario: SCENARIO,
  name: cadreName,
  metric: 'rows/s',
  value: cadre.perSecond,
  baseline: naiveName,
  ratio: Number((cadre.perSecond / naive.perSecond).toFixed(2)),
});
emit({
  scenario: SCENARIO,
  name: 'Node runtime alone (peak RSS)',
  metric: 'MB',
  value: Math.round(base.rssMb),
});
emit({
  scenario: SCENARIO,
  name: `naive pipeline peak RSS (${label(naiveRows)})`,
  metric: 'MB',
  value: naive.rssMb,
});
emit({
  scenario: SCENARIO,
  name: `cadre peak RSS (${label(million)})`,
  metric: 'MB',
  value: cadre.rssMb,
  goal: '≤150 MB',
  met: cadre.rssMb <= 150,
});
emit({
  scenario: SCENARIO,
  name: `cadre peak RSS (${label(five)})`,
  metric: 'MB',
  value: cadre5.rssMb,
  baseline: `cadre peak RSS (${label(million)})`,
  ratio: Number((cadre5.rssMb / cadre.rssMb).toFixed(2)),
  goal: '≤150 MB and flat',
  met: cadre5.rssMb <= 150 && cadre5.rssMb <= cadre.rssMb * 1.2,
});
emit({
  scenario: SCENARIO,
  name: `cadre (${label(five)})`,
  metric: 'rows/s',
  value: cadre5.perSecond,
});
// What the import itself holds, above the runtime and the modules it loaded.
const workName = (n: number) => `cadre peak RSS above its loaded modules (${label(n)})`;
emit({ scenario: SCENARIO, name: workName(million), metric: 'MB', value: cadre.workMb });
emit({
  scenario: SCENARIO,
  name: workName(five),
  metric: 'MB',
  value: cadre5.workMb,
  baseline: workName(million),
  ratio: Number((cadre5.workMb / Math.max(1, cadre.workMb)).toFixed(2)),
});
