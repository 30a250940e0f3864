import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './lib/measure.js';
import { renderTable } from './lib/table.js';

// Each scenario runs in its own process, so peak RSS and JIT state belong to it alone.
const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(join(here, 'scenarios'))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const rows: BenchRow[] = [];
for (const file of files) {
  process.stderr.write(`\n▶ ${file}\n`);
  const run = spawnSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', '--expose-gc', join(here, 'scenarios', file)],
    { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  for (const line of run.stdout.split('\n')) {
    if (line.trim().startsWith('{')) rows.push(JSON.parse(line) as BenchRow);
  }
  if (run.status !== 0) process.stderr.write(`✗ ${file} exited with ${run.status}\n`);
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(renderTable(rows));
console.log(
  `\nNode ${process.version}, ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${new Date().toISOString().slice(0, 10)}`,
);
