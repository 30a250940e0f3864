import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
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
import { type ActualsLayout, takeHeader } from './actuals-header.js';
import { ActualsScanner, type FallbackReason } from './actuals-scanner.js';
import { FlowCells } from './flow-cells.js';

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
  const size = options.chunkBytes ?? 1 << 22;
  let scanner: ActualsScanner | undefined;
  let flow: FlowCells | undefined;
  const start = (buf: Uint8Array, end: number): number | FallbackReason => {
    let at = 0;
    if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) at = 3;
    else if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))
      return 'encoding';
    const br = buf.indexOf(10, at);
    if (br < 0 || br >= end || buf[at] === 10 || buf[at] === 13) return 'header';
    const stop = buf[br - 1] === 13 ? br - 1 : br;
    if (!isUtf8(buf.subarray(at, stop))) return 'encoding';
    const layout: ActualsLayout | null = takeHeader(
      new TextDecoder().decode(buf.subarray(at, stop)),
      { ...options, file },
    );
    if (!layout) return 'header';
    flow = new FlowCells(options.programme, {
      asOf: options.asOf,
      ...(options.orgUnits && { orgUnits: options.orgUnits }),
      breakdownKeys: layout.breakdownKeys,
    });
    scanner = new ActualsScanner(layout, flow, {
      ...(options.orgUnits && { orgUnits: options.orgUnits }),
      locale: resolveLocale(options.locale),
      programme: options.programme.code,
    });
    return br + 1;
  };
  // Takes the complete rows of buf[from, end); returns where the unfinished row starts.
  const take = (buf: Uint8Array, from: number, end: number): number | FallbackReason => {
    const last = buf.lastIndexOf(10, end - 1);
    if (last < from) return from;
    if (!isUtf8(buf.subarray(from, last + 1))) return 'encoding';
    return scanner!.rows(buf, from, last + 1) ? last + 1 : scanner!.reason!;
  };
  const finish = (tail: Uint8Array): FallbackReason | null => {
    if (tail.length === 0) return null;
    const padded = new Uint8Array(tail.length + 1);
    padded.set(tail);
    padded[tail.length] = 10;
    const r = take(padded, 0, padded.length);
    return typeof r === 'string' ? r : null;
  };

  if (typeof source !== 'string') {
    const head = start(source, source.length);
    if (typeof head === 'string') return head;
    const r = take(source, head, source.length);
    if (typeof r === 'string') return r;
    const fault = finish(source.subarray(r));
    if (fault) return fault;
  } else {
    const handle = await open(source, 'r');
    try {
      const buf = Buffer.allocUnsafe(size);
      let filled = 0;
      let from = -1;
      for (;;) {
        const { bytesRead } = await handle.read(buf, filled, buf.length - filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
        if (from < 0) {
          const head = start(buf, filled);
          if (head === 'header' && filled < buf.length) continue;
          if (typeof head === 'string') return head;
          from = head;
        }
        const r = take(buf, from, filled);
        if (typeof r === 'string') return r;
        if (r === 0 && filled === buf.length) return 'long_row';
        buf.copyWithin(0, r, filled);
        filled -= r;
        from = 0;
      }
      if (from < 0) return 'header';
      const fault = finish(buf.subarray(0, filled));
      if (fault) return fault;
    } finally {
      await handle.close();
    }
  }
  if (!scanner || !flow) return 'header';
  if (scanner.read === 0) return 'no_rows';
  return { flow, read: scanner.read };
}
