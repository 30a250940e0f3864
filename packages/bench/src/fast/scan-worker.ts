/**
 * A worker thread of the quick path: for each job it scans the whole file but takes only its
 * share of the rows (by org-unit bytes) into its own cell sums, and posts them back. The org-unit
 * index is kept between jobs that use the same one.
 */
import { parentPort } from 'node:worker_threads';
import { createOrgUnitIndex, type OrgUnitIndex } from '@cadre/core';
import { resolveLocale } from '@cadre/csv';
import { ActualsScanner } from './actuals-scanner.js';
import { FlowCells } from './flow-cells.js';
import type { ScanJob, ScanOutcome } from './parallel-scan.js';
import { scanBody } from './scan-source.js';

let index: { key: number; orgUnits: OrgUnitIndex | undefined } = { key: -1, orgUnits: undefined };

async function run(job: ScanJob): Promise<ScanOutcome> {
  if (job.units !== 'same' || index.key !== job.unitsKey) {
    const units = job.units === 'same' ? null : job.units;
    index = { key: job.unitsKey, orgUnits: units ? createOrgUnitIndex(units) : undefined };
  }
  const { orgUnits } = index;
  const layout = { roles: Int32Array.from(job.roles), breakdownKeys: job.breakdownKeys };
  const flow = new FlowCells(job.programme, {
    asOf: job.asOf,
    ...(orgUnits && { orgUnits }),
    breakdownKeys: layout.breakdownKeys,
  });
  const scanner = new ActualsScanner(layout, flow, {
    ...(orgUnits && { orgUnits }),
    locale: resolveLocale(job.locale),
    programme: job.programme.code,
    checkDuplicates: job.checkDuplicates,
    part: job.part,
    parts: job.parts,
  });
  const fault = await scanBody(job.source, job.bodyStart, scanner, job.chunkBytes);
  if (fault) return { fault };
  return { read: scanner.read, state: flow.state(), units: scanner.unitCodes() };
}

parentPort!.on('message', (job: ScanJob) => {
  run(job).then(
    (outcome) => parentPort!.postMessage(outcome),
    (error: unknown) => parentPort!.postMessage({ error: String(error) }),
  );
});
