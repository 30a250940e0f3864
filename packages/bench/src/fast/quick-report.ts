import { basename } from 'node:path';
import {
  type AttainmentReport,
  buildReport,
  cellKey,
  computeReport,
  type ImportSummary,
  type IsoDate,
  type Observation,
  type OrgUnitIndex,
  type Programme,
} from '@cadre/core';
import { type CsvLocale, type CsvLocaleName, iterateObservations, resolveLocale } from '@cadre/csv';
import { ActualsScanner, type FallbackReason } from './actuals-scanner.js';
import { FlowCells } from './flow-cells.js';
import { type ScanPool, scanInParallel } from './parallel-scan.js';
import { readHeader, scanBody } from './scan-source.js';

/** Options of `quickReport`: the programme and review date, plus what actuals.csv needs. */
export interface QuickReportOptions {
  programme: Programme;
  asOf: IsoDate;
  orgUnits?: OrgUnitIndex;
  locale?: CsvLocaleName | CsvLocale;
  disaggregations?: Readonly<Record<string, readonly string[]>>;
  aliases?: Readonly<Record<string, string>>;
  extraColumns?: 'error' | 'ignore';
  fileName?: string;
  /**
   * Catch a key (programme, indicator, org unit, date, breakdown) given twice (default true), as
   * the general reader does. It costs a few bytes per row; turn it off only for files known unique.
   */
  checkDuplicates?: boolean;
  /**
   * Worker threads for a file on disk (default none: this thread). Each reads the whole file and
   * takes the rows of its share of org units; worth it from a few hundred thousand rows.
   */
  pool?: ScanPool;
  /** Bytes read at a time from a file (default 4 MiB); a row must fit in it. */
  chunkBytes?: number;
}

/** A report with the import summary of actuals.csv and which path produced it. */
export interface QuickReport {
  report: AttainmentReport;
  summary: ImportSummary;
  path: 'fast' | 'general';
  /** Why the fast path handed the file to the general reader. */
  fallback?: FallbackReason;
}

/**
 * actuals.csv → attainment report, as `iterateObservations` + `computeReport` give it, fast:
 * clean files (the common case) are scanned from bytes into integer cell sums, without an
 * `Observation` per row; any row the scan cannot take as the general reader would sends the
 * whole file through the general reader, so issues and figures are the same either way.
 * Rows that fail are reported in `summary.issues` and left out of the report (skip_bad_rows).
 * @example
 * const r = await quickReport('actuals.csv', { programme, asOf: '2028-06-30', orgUnits: index,
 *   disaggregations: { category: ['Đối tượng'] } });
 * r.report.rows[0].percent?.toFixed(1); // '78.4'
 */
export async function quickReport(
  source: string | Uint8Array,
  options: QuickReportOptions,
): Promise<QuickReport> {
  const file = options.fileName ?? (typeof source === 'string' ? basename(source) : 'CSV');
  const fast = await scan(source, options, file);
  if (typeof fast === 'string')
    return { ...(await generalReport(source, options)), fallback: fast };
  const { programme, asOf, orgUnits } = options;
  const report = buildReport(programme, fast.flow.totals(), {
    asOf,
    ...(orgUnits && { orgUnits }),
  });
  // Issues from the targets alone (cells named twice) are what the core reports with no row;
  // asking the core costs a second report, so only when a key repeats.
  const keys = new Set(programme.targets.map((t) => cellKey({ ...t, programme: programme.code })));
  const targetIssues =
    keys.size === programme.targets.length
      ? []
      : computeReport({ programme, observations: [], asOf, ...(orgUnits && { orgUnits }) }).issues;
  const read = fast.read;
  return {
    report: { ...report, issues: targetIssues },
    summary: { read, imported: read, updated: 0, ignored: 0, issues: [] },
    path: 'fast',
  };
}

/**
 * The general path: the @cadre/csv streaming reader into the core's `computeReport`.
 * @example
 * const r = await generalReport('actuals.csv', { programme, asOf: '2028-06-30' });
 */
export async function generalReport(
  source: string | Uint8Array,
  options: QuickReportOptions,
): Promise<QuickReport> {
  const { programme, asOf, orgUnits } = options;
  const stream = iterateObservations(source, {
    ...(orgUnits && { orgUnits }),
    ...(options.locale && { locale: options.locale }),
    ...(options.disaggregations && { disaggregations: options.disaggregations }),
    ...(options.aliases && { aliases: options.aliases }),
    ...(options.extraColumns && { extraColumns: options.extraColumns }),
    ...(options.fileName && { fileName: options.fileName }),
    ...(options.checkDuplicates !== undefined && { checkDuplicates: options.checkDuplicates }),
  });
  const observations: Observation[] = [];
  for await (const batch of stream) for (const o of batch) observations.push(o);
  const report = computeReport({ programme, observations, asOf, ...(orgUnits && { orgUnits }) });
  return { report, summary: stream.summary, path: 'general' };
}

async function scan(
  source: string | Uint8Array,
  options: QuickReportOptions,
  file: string,
): Promise<{ flow: FlowCells; read: number } | FallbackReason> {
  const head = await readHeader(source, { ...options, file });
  if (typeof head === 'string') return head;
  if (options.pool && typeof source === 'string') {
    const r = await scanInParallel(source, head, options, options.pool);
    if (typeof r !== 'string') return r.read === 0 ? 'no_rows' : r;
    if (r !== 'split_spelling') return r;
  }
  const flow = new FlowCells(options.programme, {
    asOf: options.asOf,
    ...(options.orgUnits && { orgUnits: options.orgUnits }),
    breakdownKeys: head.layout.breakdownKeys,
  });
  const scanner = new ActualsScanner(head.layout, flow, {
    ...(options.orgUnits && { orgUnits: options.orgUnits }),
    locale: resolveLocale(options.locale),
    programme: options.programme.code,
    checkDuplicates: options.checkDuplicates ?? true,
  });
  const fault = await scanBody(source, head.bodyStart, scanner, options.chunkBytes);
  if (fault) return fault;
  return scanner.read === 0 ? 'no_rows' : { flow, read: scanner.read };
}
