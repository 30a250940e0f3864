import type { Observation } from '@cadre/core';
import type { Delimiter } from '../parse/detect-dialect.js';
import { ImportTally } from '../read/import-tally.js';
import { type CsvImport, finishImport } from '../read/read-csv.js';
import { type CsvSource, sourceName } from '../source/csv-source.js';
import { type ObservationCsvOptions, streamObservations } from './iterate-observations.js';

/**
 * Reads actuals.csv whole into core `Observation`s (see `iterateObservations` for the columns
 * and checks). In all-or-nothing mode (default) any issue returns no records.
 * @example
 * const a = await readActualsCsv('actuals.csv', { orgUnits, locale: 'vi-VN' });
 * a.summary; // { read, imported, updated: 0, ignored, issues }
 */
export async function readActualsCsv(
  source: CsvSource,
  options: ObservationCsvOptions = {},
): Promise<CsvImport<Observation>> {
  const mode = options.mode ?? 'all_or_nothing';
  const tally = new ImportTally(sourceName(source, options.fileName), options.maxIssues);
  const meta = { delimiter: (options.delimiter ?? ',') as Delimiter, unknown: [] as string[] };
  const records: Observation[] = [];
  for await (const batch of streamObservations(source, options, tally, meta)) {
    if (mode === 'skip_bad_rows' || !tally.failed) for (const r of batch) records.push(r);
  }
  return finishImport(records, tally, mode, meta);
}
