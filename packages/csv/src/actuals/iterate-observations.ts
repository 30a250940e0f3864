import type { Observation } from '@cadre/core';
import { isoOf } from '../keys/day-number.js';
import type { Delimiter } from '../parse/detect-dialect.js';
import type { CsvImportMode } from '../read/import-tally.js';
import { ImportTally } from '../read/import-tally.js';
import type { CsvImport, CsvStream } from '../read/read-csv.js';
import { finishImport, onceStream } from '../read/read-csv.js';
import { type CsvSource, sourceName } from '../source/csv-source.js';
import type { TabularSource } from '../source/tabular-source.js';
import {
  type ActualRowSink,
  type ActualsOptions,
  type ActualsTable,
  readActualRows,
} from './actual-rows.js';

/** Options of the readers that import actuals. */
export interface ObservationCsvOptions extends ActualsOptions {
  /** 'all_or_nothing' (default for `readActualsCsv`) or 'skip_bad_rows'. */
  mode?: CsvImportMode;
}

/** The import end of the reader: each good row becomes a core `Observation`. */
class ObservationSink implements ActualRowSink {
  out: Observation[] = [];
  lines: number[] = [];
  private readonly isos = new Map<number, string>();

  constructor(private readonly table: ActualsTable) {}

  row(
    p: number,
    i: number,
    unit: number,
    combo: number,
    day: number,
    value: number | string,
    line: number,
  ): void {
    let date = this.isos.get(day);
    if (date === undefined) {
      date = isoOf(day);
      this.isos.set(day, date);
    }
    const { keys, programmes, indicators } = this.table;
    this.out.push({
      programme: programmes[p]!,
      indicator: indicators[i]!,
      orgUnit: keys.unitCodes[unit]!,
      date,
      value,
      disaggregation: keys.disaggregation(combo),
    });
    this.lines.push(line);
  }
}

/**
 * Streams actuals.csv (`programme, indicator, org_unit, date, value`, plus declared breakdowns),
 * or a spreadsheet sheet given as a `TabularSource`, as core `Observation` batches without
 * holding the file. Rows are read and checked by the one reader of actuals (`readActualRows`),
 * the same that folds a report, so the issues are the same whichever way the rows are used.
 * Bad rows are reported in `summary`, never yielded: for all-or-nothing, commit only if
 * `summary.issues` is empty.
 * @example
 * const stream = iterateObservations('actuals.csv', { orgUnits, locale: 'vi-VN' });
 * for await (const batch of stream) await store.importBatch({ observations: batch });
 * stream.summary.issues; // every bad row, with line and column
 */
export function iterateObservations(
  source: CsvSource | TabularSource,
  options: ObservationCsvOptions = {},
): CsvStream<Observation> {
  const tally = new ImportTally(sourceName(source, options.fileName), options.maxIssues);
  return onceStream<Observation>(tally, (lines) => observations(source, options, tally, lines));
}

async function* observations(
  source: CsvSource | TabularSource,
  options: ObservationCsvOptions,
  tally: ImportTally,
  lines: WeakMap<readonly Observation[], readonly number[]>,
  meta?: { delimiter: Delimiter; unknown: string[] },
): AsyncGenerator<Observation[]> {
  let sink: ObservationSink | undefined;
  for await (const table of readActualRows(
    source,
    options,
    tally,
    (t) => (sink = new ObservationSink(t)),
  )) {
    if (meta) Object.assign(meta, { delimiter: table.delimiter, unknown: table.unknown });
    if (!sink || sink.out.length === 0) continue;
    const batch = sink.out;
    lines.set(batch, sink.lines);
    sink.out = [];
    sink.lines = [];
    yield batch;
  }
}

/**
 * Reads actuals.csv whole into core `Observation`s (see `iterateObservations` for the columns
 * and checks). In all-or-nothing mode (default) any issue returns no records.
 * @example
 * const a = await readActualsCsv('actuals.csv', { orgUnits, locale: 'vi-VN' });
 * a.summary; // { read, imported, updated: 0, ignored, issues }
 */
export async function readActualsCsv(
  source: CsvSource | TabularSource,
  options: ObservationCsvOptions = {},
): Promise<CsvImport<Observation>> {
  const mode = options.mode ?? 'all_or_nothing';
  const tally = new ImportTally(sourceName(source, options.fileName), options.maxIssues);
  const meta = { delimiter: (options.delimiter ?? ',') as Delimiter, unknown: [] as string[] };
  const records: Observation[] = [];
  for await (const batch of observations(source, options, tally, new WeakMap(), meta)) {
    if (mode === 'skip_bad_rows' || !tally.failed) for (const r of batch) records.push(r);
  }
  return finishImport(records, tally, mode, meta);
}
