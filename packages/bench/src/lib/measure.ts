import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One measured row of the benchmark table. */
export interface BenchRow {
  scenario: string;
  name: string;
  metric: 'rows/s' | 'ms' | 'MB' | 'req/s' | string;
  value: number;
  baseline?: string;
  ratio?: number;
  goal?: string;
  met?: boolean;
}

/** Writes one row for the harness; everything else a scenario prints goes to stderr. */
export function emit(row: BenchRow): void {
  process.stdout.write(`${JSON.stringify(row)}\n`);
}

/** Median of a list of numbers. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Runs `fn` `runs` times (after `warmup` unmeasured runs) and returns the median wall time in ms. */
export async function measure(
  fn: () => unknown | Promise<unknown>,
  runs = 3,
  warmup = 0,
): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Peak resident set size of this process so far, in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** A temp folder for generated data; never inside the repository. */
export function benchDir(): string {
  const dir = process.env.CADRE_BENCH_DIR ?? join(tmpdir(), 'cadre-bench');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Row count for a scenario, scaled down by CADRE_BENCH_ROWS when set. */
export function benchRows(defaultRows: number): number {
  const env = Number(process.env.CADRE_BENCH_ROWS);
  return Number.isInteger(env) && env > 0 ? Math.min(env, defaultRows) : defaultRows;
}
