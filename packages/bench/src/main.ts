import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchRow, benchDir } from './lib/measure.js';
import { renderTable } from './lib/table.js';

// Each scenario runs in its own process, so peak RSS and JIT state belong to it alone.
// Usage: bench [--quick] [name-part …]. --quick scales data down (CADRE_BENCH_ROWS=100000) for
// development; CADRE_BENCH_SCENARIO_S caps each scenario's seconds (default 300).
const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.filter((a) => !a.startsWith('--'));
const files = readdirSync(join(here, 'scenarios'))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const limitS = Number(process.env.CADRE_BENCH_SCENARIO_S ?? 300);
const env = {
  ...process.env,
  ...(quick && !process.env.CADRE_BENCH_ROWS && { CADRE_BENCH_ROWS: '100000' }),
};

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
const loadBefore = load();
const started = performance.now();
const rows: BenchRow[] = [];
const failed: string[] = [];
for (const file of files) {
  process.stderr.write(`\n▶ ${file}\n`);
  const t0 = performance.now();
  const run = spawnSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', '--expose-gc', join(here, 'scenarios', file)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env,
      timeout: limitS * 1000,
      killSignal: 'SIGKILL',
    },
  );
  for (const line of (run.stdout ?? '').split('\n')) {
    if (line.trim().startsWith('{')) rows.push(JSON.parse(line) as BenchRow);
  }
  const took = ((performance.now() - t0) / 1000).toFixed(0);
  if (run.status !== 0) {
    const why = run.signal
      ? `stopped after ${limitS} s (${run.signal})`
      : `exited with ${run.status}`;
    failed.push(`${file}: ${why}`);
    process.stderr.write(`✗ ${file} ${why}\n`);
  } else process.stderr.write(`✓ ${file} in ${took} s\n`);
}

const totalS = (performance.now() - started) / 1000;
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const machine = `Node ${process.version}, ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
const footer = [
  `${machine}, ${new Date().toISOString().slice(0, 10)}; ${files.length} scenario(s) in ${totalS.toFixed(0)} s.`,
  `Load average (1 / 5 / 15 min) before: ${loadBefore}; after: ${load()}.`,
  ...failed.map((f) => `Failed: ${f}.`),
];
// Scenario labels as the performance issue names them.
const shown: Record<string, string> = {
  P1: 'P1 CSV → report',
  CSV1: 'memory (CSV import)',
  SQL1: 'P2 load · P3 pushdown',
  H1: 'P4 HTTP',
};
console.log(renderTable(rows.map((r) => ({ ...r, scenario: shown[r.scenario] ?? r.scenario }))));
console.log(`\n${footer.join('\n')}`);
// Kept beside the generated data (never committed) for docs/performance.md.
const saved = join(benchDir(), `results-${new Date().toISOString().replaceAll(':', '-')}.json`);
writeFileSync(
  saved,
  JSON.stringify({ machine, totalS, loadBefore, loadAfter: load(), failed, rows }, null, 2),
);
process.stderr.write(`results: ${saved}\n`);
if (failed.length > 0) process.exitCode = 1;
