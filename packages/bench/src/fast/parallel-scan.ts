import { Worker } from 'node:worker_threads';
import {
  CadreError,
  type IsoDate,
  type OrgUnit,
  type OrgUnitIndex,
  type Programme,
} from '@cadre/core';
import type { CsvLocale, CsvLocaleName } from '@cadre/csv';
import type { FallbackReason } from './actuals-scanner.js';
import { FlowCells } from './flow-cells.js';
import type { HeaderRead } from './scan-source.js';

/** What a scan worker needs; all of it survives structured cloning. */
export interface ScanJob {
  source: string;
  bodyStart: number;
  roles: number[];
  breakdownKeys: string[];
  programme: Programme;
  /** The org units, or 'same' when the worker already holds those of `unitsKey`. */
  units: OrgUnit[] | null | 'same';
  unitsKey: number;
  asOf: IsoDate;
  locale: CsvLocaleName | CsvLocale | undefined;
  checkDuplicates: boolean;
  chunkBytes: number;
  part: number;
  parts: number;
}

/** A worker's answer: its share's sums, or why the file goes back. */
export type ScanOutcome =
  | { fault: FallbackReason }
  | { read: number; state: ReturnType<FlowCells['state']>; units: string[] }
  | { error: string };

// Under the source condition the worker is TypeScript: a small boot file registers the loader.
const self = import.meta.url;
const entry = new URL(self.endsWith('.ts') ? './scan-worker.ts' : './scan-worker.js', self).href;
const boot = new URL('./scan-worker-boot.mjs', self);
const indexKeys = new WeakMap<OrgUnitIndex, number>();
let lastKey = 0;

/**
 * Worker threads for the quick path, started once and reused: module loading and the org-unit
 * index are paid once per process, not per file. Close it when done.
 * @example
 * const pool = new ScanPool(2);
 * await quickReport('actuals.csv', { programme, asOf, orgUnits, pool });
 * await pool.close();
 */
export class ScanPool {
  private readonly workers: Worker[];
  private readonly held: number[];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly threads: number) {
    this.workers = Array.from({ length: threads }, () => {
      const worker = new Worker(boot, { workerData: { entry }, execArgv: ['--conditions=source'] });
      worker.unref();
      return worker;
    });
    this.held = this.workers.map(() => -1);
  }

  /** Runs one job per worker (part i of `threads`), one job set at a time. */
  run(base: Omit<ScanJob, 'part' | 'parts' | 'units'>, units: OrgUnit[] | null) {
    const next = this.queue.then(() =>
      Promise.all(
        this.workers.map((worker, part) => {
          const same = this.held[part] === base.unitsKey;
          this.held[part] = base.unitsKey;
          return new Promise<ScanOutcome>((done, failed) => {
            worker.once('message', done);
            worker.once('error', failed);
            worker.postMessage({
              ...base,
              units: same ? 'same' : units,
              part,
              parts: this.threads,
            });
          });
        }),
      ),
    );
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * The quick path's scan on a pool of worker threads: each reads the whole file but takes only
 * the rows whose org-unit cell hashes to its share, so every series (and so every duplicate
 * check) stays within one thread; the sums are then added up here. If two threads met the same
 * unit under different spellings, a duplicate across them could hide, so the caller scans again
 * on one thread ('split_spelling').
 * @example
 * const r = await scanInParallel('actuals.csv', head, { programme, asOf, orgUnits }, pool);
 */
export async function scanInParallel(
  source: string,
  head: HeaderRead,
  options: {
    programme: Programme;
    asOf: IsoDate;
    orgUnits?: OrgUnitIndex;
    locale?: CsvLocaleName | CsvLocale;
    checkDuplicates?: boolean;
    chunkBytes?: number;
  },
  pool: ScanPool,
): Promise<{ flow: FlowCells; read: number } | FallbackReason> {
  const { orgUnits } = options;
  let unitsKey = 0;
  if (orgUnits) {
    unitsKey = indexKeys.get(orgUnits) ?? ++lastKey;
    indexKeys.set(orgUnits, unitsKey);
  }
  const outcomes = await pool.run(
    {
      source,
      bodyStart: head.bodyStart,
      roles: [...head.layout.roles],
      breakdownKeys: head.layout.breakdownKeys,
      programme: options.programme,
      unitsKey,
      asOf: options.asOf,
      locale: options.locale,
      checkDuplicates: options.checkDuplicates ?? true,
      chunkBytes: options.chunkBytes ?? 1 << 22,
    },
    orgUnits?.all() ?? null,
  );
  const flow = new FlowCells(options.programme, {
    asOf: options.asOf,
    ...(orgUnits && { orgUnits }),
    breakdownKeys: head.layout.breakdownKeys,
  });
  const owner = new Map<string, number>();
  let read = 0;
  for (const [part, outcome] of outcomes.entries()) {
    if ('error' in outcome)
      throw new CadreError('internal', `scan worker failed: ${outcome.error}`);
    if ('fault' in outcome) return outcome.fault;
    for (const code of outcome.units) {
      if ((owner.get(code) ?? part) !== part) return 'split_spelling';
      owner.set(code, part);
    }
    flow.absorb(outcome.state);
    read += outcome.read;
  }
  return { flow, read };
}
