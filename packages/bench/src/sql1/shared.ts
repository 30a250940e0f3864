// What the SQL1 scenario's two engines share: the drivers, its constants, timing, and the
// pushdown rows it emits.
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { benchDir, benchRows, emit } from '../lib/measure.js';

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
export interface PgPool {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  end(): Promise<void>;
}
export const Database = requireFromSql('better-sqlite3') as new (
  file: string,
  options?: { readonly?: boolean },
) => SqliteDb;
export const pg = requireFromSql('pg') as {
  Pool: new (o: {
    connectionString: string;
    max: number;
    connectionTimeoutMillis?: number;
  }) => PgPool;
};

export const SCENARIO = 'SQL1';
export const RUNS = 3;
export const AS_OF = '2019-05-20';
export const N = benchRows(1_000_000);
export const dir = benchDir();
export const log = (text: string) => process.stderr.write(`${text}\n`);
export const PG_DEFAULT = 'postgres://postgres@127.0.0.1:5432/test';
export const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

export const rowsPerSecond = (ms: number) => Math.round(N / (ms / 1000));
// The harness kills a scenario at CADRE_BENCH_SCENARIO_S; a round starts only when one more
// (as long as the last) and the pushdown after it fit, so the figures already taken survive.
const started = performance.now();
const capMs = Number(process.env.CADRE_BENCH_SCENARIO_S ?? 300) * 1000;
export const timeLeft = (roundMs: number) =>
  performance.now() - started + roundMs * 1.2 + 30_000 < capMs;
export const time = async (fn: () => unknown) => {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
};

export type Totals = Map<string, string>;
export function sameTotals(a: Totals, b: Totals): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

export interface HandRow {
  org_unit: string;
  disagg_key: string;
  actual: number | string;
  n: number | string;
}
export const handTotals = (out: HandRow[]): Totals =>
  new Map(out.map((x) => [`${x.org_unit} ${x.disagg_key}`, `${x.actual}/${x.n}`]));
export const pushTotals = (
  out: { orgUnit: string; disaggregation: Record<string, string>; actual: string; count: number }[],
): Totals =>
  new Map(
    out.map((x) => [
      `${x.orgUnit} ${JSON.stringify(Object.entries(x.disaggregation).sort())}`,
      `${x.actual}/${x.count}`,
    ]),
  );

/** The anchor's row and cadre's against it; `forced` names an anchor not planned by the engine. */
export function emitPushdown(engine: string, handMs: number, pushMs: number, forced = '') {
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
