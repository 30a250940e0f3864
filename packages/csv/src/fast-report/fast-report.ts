import { basename } from 'node:path';
import {
  type AttainmentReport,
  computeReport,
  type ImportSummary,
  type IsoDate,
  type OrgUnitIndex,
  type Programme,
  type Rollup,
} from '@cadre/core';
import { cellKey, createReportAccumulator, reportFromCellTotals } from '@cadre/core/adapter';
import type { CsvLocale, CsvLocaleName } from '../cells/locale.js';
import { resolveLocale } from '../cells/locale.js';
import { iterateObservations } from '../formats/iterate-observations.js';
import type { CsvImportMode } from '../read/import-tally.js';
import { ActualsScanner, type FallbackReason } from './actuals-scanner.js';
import { FlowCells } from './flow-cells.js';
import { readHeader, scanBody } from './scan-source.js';

/** Options of `reportFromActualsCsv`: the programme and review date, plus what actuals.csv needs. */
export interface ActualsReportOptions {
  programme: Programme;
  asOf: IsoDate;
  orgUnits?: OrgUnitIndex;
  /** Roll figures up to parent units or to today's units (default 'none'); needs `orgUnits`. */
  rollup?: Rollup;
  /** The date whose units `rollup: 'current'` rolls up to (default `asOf`). */
  rollupAsOf?: IsoDate;
  locale?: CsvLocaleName | CsvLocale;
  /**
   * 'all_or_nothing' (default): a file with any bad row gives no report, only its issues.
   * 'skip_bad_rows': bad rows are reported and left out of the report.
   */
  mode?: CsvImportMode;
  disaggregations?: Readonly<Record<string, readonly string[]>>;
  aliases?: Readonly<Record<string, string>>;
  extraColumns?: 'error' | 'ignore';
  fileName?: string;
  /**
   * Catch a key (programme, indicator, org unit, date, breakdown) given twice (default true), as
   * the general reader does. It costs a few bytes per row; turn it off only for files known unique.
   */
  checkDuplicates?: boolean;
  /** Bytes read at a time from a file (default 4 MiB); a row must fit in it. */
  chunkBytes?: number;
}

/** A report with the import summary of actuals.csv and which path produced it. */
export interface ActualsReport {
  /** null when the file had bad rows in 'all_or_nothing' mode: see `summary.issues`. */
  report: AttainmentReport | null;
  summary: ImportSummary;
  path: 'fast' | 'general';
  /** Why the fast path handed the file to the general reader. */
  fallback?: FallbackReason;
  /**
   * Rows naming a programme other than the report's, by code: checked like every row, but they
   * count for nothing here. A caller expecting one programme per file can report them.
   */
  otherProgrammes: Record<string, number>;
}

/**
 * actuals.csv → attainment report, as `iterateObservations` + `computeReport` give it, fast:
 * clean files (the common case) are scanned from bytes into integer cell sums, without an
 * `Observation` per row; any row the scan cannot take as the general reader would sends the
 * whole file through the general reader, so issues and figures are the same either way.
 * @example
 * const r = await reportFromActualsCsv('actuals.csv', { programme, asOf: '2028-06-30',
 *   orgUnits: index, disaggregations: { category: ['Đối tượng'] } });
 * if (r.report) r.report.rows[0].percent?.toFixed(1); // '78.4'
 * else r.summary.issues; // every bad row, with line and column
 */
export async function reportFromActualsCsv(
  source: string | Uint8Array,
  options: ActualsReportOptions,
): Promise<ActualsReport> {
  const file = options.fileName ?? (typeof source === 'string' ? basename(source) : 'CSV');
  const fast = await scan(source, options, file);
  if (typeof fast === 'string') {
    return { ...(await generalActualsReport(source, options)), fallback: fast };
  }
  const { programme } = options;
  fast.flow.otherProgrammeRows(Object.values(fast.otherProgrammes).reduce((n, r) => n + r, 0));
  const report = reportFromCellTotals(programme, fast.flow.totals(), {
    ...reportOptions(options),
    accounting: fast.flow.accounting(),
  });
  // Issues from the targets alone (cells named twice) are what the core reports with no row;
  // asking the core costs a second report, so only when a key repeats.
  const keys = new Set(programme.targets.map((t) => cellKey({ ...t, programme: programme.code })));
  const targetIssues =
    keys.size === programme.targets.length
      ? []
      : computeReport({ programme, observations: [], asOf: options.asOf }).issues;
  const read = fast.read;
  return {
    report: { ...report, issues: [...targetIssues, ...report.issues] },
    summary: { read, imported: read, updated: 0, ignored: 0, issues: [] },
    path: 'fast',
    otherProgrammes: fast.otherProgrammes,
  };
}

function reportOptions(options: ActualsReportOptions) {
  const { asOf, orgUnits, rollup, rollupAsOf } = options;
  return {
    asOf,
    ...(orgUnits && { orgUnits }),
    ...(rollup && { rollup }),
    ...(rollupAsOf && { rollupAsOf }),
  };
}

/**
 * The general path alone: the streaming reader `iterateObservations` into the core's
 * `computeReport`. `reportFromActualsCsv` gives the same answer, faster on clean files.
 * @example
 * const r = await generalActualsReport('actuals.csv', { programme, asOf: '2028-06-30' });
 */
export async function generalActualsReport(
  source: string | Uint8Array,
  options: ActualsReportOptions,
): Promise<ActualsReport> {
  const { programme } = options;
  const stream = iterateObservations(source, {
    ...(options.orgUnits && { orgUnits: options.orgUnits }),
    ...(options.locale && { locale: options.locale }),
    ...(options.disaggregations && { disaggregations: options.disaggregations }),
    ...(options.aliases && { aliases: options.aliases }),
    ...(options.extraColumns && { extraColumns: options.extraColumns }),
    ...(options.fileName && { fileName: options.fileName }),
    ...(options.checkDuplicates !== undefined && { checkDuplicates: options.checkDuplicates }),
  });
  // Rows stream into the cells batch by batch: the file is never held whole.
  const cells = createReportAccumulator({ ...reportOptions(options), programme });
  const otherProgrammes: Record<string, number> = {};
  for await (const batch of stream) {
    cells.addMany(batch);
    for (const o of batch) {
      if (o.programme !== programme.code) {
        otherProgrammes[o.programme] = (otherProgrammes[o.programme] ?? 0) + 1;
      }
    }
  }
  const summary = stream.summary;
  const mode = options.mode ?? 'all_or_nothing';
  if (mode === 'all_or_nothing' && summary.issues.length > 0) {
    return {
      report: null,
      summary: { ...summary, imported: 0, ignored: summary.read },
      path: 'general',
      otherProgrammes,
    };
  }
  // Bad rows skipped in 'skip_bad_rows' mode are part of the accounting too.
  cells.refused(summary.ignored);
  return { report: cells.report(), summary, path: 'general', otherProgrammes };
}

async function scan(
  source: string | Uint8Array,
  options: ActualsReportOptions,
  file: string,
): Promise<
  { flow: FlowCells; read: number; otherProgrammes: Record<string, number> } | FallbackReason
> {
  const head = await readHeader(source, { ...options, file });
  if (typeof head === 'string') return head;
  const flow = new FlowCells(options.programme, {
    asOf: options.asOf,
    ...(options.orgUnits && { orgUnits: options.orgUnits }),
    ...(options.rollup && { rollup: options.rollup }),
    ...(options.rollupAsOf && { rollupAsOf: options.rollupAsOf }),
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
  if (scanner.read === 0) return 'no_rows';
  return { flow, read: scanner.read, otherProgrammes: scanner.otherProgrammes() };
}
