import { CadreError, type Issue, type Observation, ObservationSchema } from '@cadre/core';
import { resolveLocale } from '../cells/locale.js';
import { type DateFault, parseDateText } from '../cells/parse-date.js';
import { parseCount } from '../cells/parse-number.js';
import { type CsvIssueCode, csvIssue, siteIssue } from '../issues/csv-issues.js';
import { dayNumber } from '../keys/day-set.js';
import { SeriesKeys } from '../keys/series-keys.js';
import type { Delimiter } from '../parse/detect-dialect.js';
import { unescapeFormula } from '../read/convert-cell.js';
import { ImportTally } from '../read/import-tally.js';
import { openTable } from '../read/open-table.js';
import type { CsvStream } from '../read/read-csv.js';
import { schemaIssue } from '../read/record-schema.js';
import { type CsvSource, sourceName } from '../source/csv-source.js';
import { ACTUAL_COLUMNS } from './actual-columns.js';
import { disaggregationColumns, disaggregationKey } from './disaggregation.js';
import { orgUnitLookup } from './org-unit-lookup.js';
import type { QuickCsvOptions } from './read-targets.js';

export interface ObservationCsvOptions extends QuickCsvOptions {
  /**
   * Catch a key (programme, indicator, org unit, date, breakdown) seen twice (default true).
   * Costs one bit per day of each series' span; turn off only when the file is known unique.
   */
  checkDuplicates?: boolean;
}

type DateHit = { iso: string; day: number };

const REQUIRED = ['programme', 'indicator', 'org_unit', 'date', 'value'] as const;

const FIELD_COLUMN: Record<string, string> = { orgUnit: 'org_unit' };

/**
 * Streams actuals.csv (`programme, indicator, org_unit, date, value`) as core `Observation`
 * batches without holding the file: one batch per 256 KiB read. This is the fast path. Rows are
 * checked by hand with the same rules as `ObservationSchema` (non-empty codes, a real date, a
 * number ≥ 0: a safe integer, else decimal text), and the schema itself runs once per series on
 * its first row; strings are interned and org units resolved once per name. Bad rows are
 * reported in `summary`, never yielded: for all-or-nothing, commit only if `summary.issues` is empty.
 * @example
 * const stream = iterateObservations('actuals.csv', { orgUnits, locale: 'vi-VN' });
 * for await (const batch of stream) await store.importBatch({ observations: batch });
 * stream.summary.issues; // every bad row, with line and column
 */
export function iterateObservations(
  source: CsvSource,
  options: ObservationCsvOptions = {},
): CsvStream<Observation> {
  const tally = new ImportTally(sourceName(source, options.fileName), options.maxIssues);
  const lines = new WeakMap<readonly Observation[], number[]>();
  let used = false;
  return {
    file: tally.file,
    get summary() {
      return tally.summary('skip_bad_rows');
    },
    linesOf: (batch) => lines.get(batch),
    [Symbol.asyncIterator]() {
      if (used) throw new CadreError('invalid_argument', 'a CsvStream can be iterated only once');
      used = true;
      const meta = { delimiter: ',' as Delimiter, unknown: [] as string[], lines };
      return streamObservations(source, options, tally, meta)[Symbol.asyncIterator]();
    },
  };
}

/**
 * The generator behind `iterateObservations` and `readActualsCsv`.
 * @example
 * for await (const batch of streamObservations('actuals.csv', {}, new ImportTally('actuals.csv'))) n += batch.length;
 */
export async function* streamObservations(
  source: CsvSource,
  options: ObservationCsvOptions,
  tally: ImportTally,
  meta?: {
    delimiter: Delimiter;
    unknown: string[];
    lines?: WeakMap<readonly Observation[], number[]>;
  },
): AsyncGenerator<Observation[]> {
  const locale = resolveLocale(options.locale);
  const lookup = orgUnitLookup(options.orgUnits);
  const breakdowns = disaggregationColumns(options.disaggregations);
  const table = await openTable(source, [...ACTUAL_COLUMNS, ...breakdowns], options, tally);
  if (meta) meta.delimiter = table.delimiter;
  const header = table.header;
  if (!header) return;
  if (meta) meta.unknown = header.unknown;
  const { file } = table;
  const at = (name: string) => header.index.get(name) ?? -1;
  const [ip, ii, io, id, iv] = REQUIRED.map(at) as [number, number, number, number, number];
  const extra = breakdowns.map((c) => [c.name, at(c.name)] as const).filter(([, i]) => i >= 0);
  const checkDuplicates = options.checkDuplicates ?? true;
  const strings = new Map<string, string>();
  const intern = (s: string): string => {
    const hit = strings.get(s);
    if (hit !== undefined) return hit;
    if (strings.size < 1_000_000) strings.set(s, s);
    return s;
  };
  const dates = new Map<string, DateHit | DateFault>();
  const series = new SeriesKeys();

  for await (const batch of table.batches) {
    const out: Observation[] = [];
    const outLines: number[] = [];
    const { rows, lines, skip } = batch;
    for (let r = 0; r < rows.length; r++) {
      if (skip.size > 0 && skip.has(r)) continue;
      const row = rows[r]!;
      const line = lines[r]!;
      const programme = intern(text(row[ip]!));
      const indicator = intern(text(row[ii]!));
      const unitText = text(row[io]!);
      const dateText = row[id]!.trim();
      const valueText = row[iv]!.trim();
      let bad = false;
      if (
        programme === '' ||
        indicator === '' ||
        unitText === '' ||
        dateText === '' ||
        valueText === ''
      ) {
        const cells = [programme, indicator, unitText, dateText, valueText];
        REQUIRED.forEach((column, k) => {
          if (cells[k] === '') fault('csv.required', column, line, '');
        });
        continue;
      }
      let date = dates.get(dateText);
      if (date === undefined) {
        const iso = parseDateText(dateText, locale);
        date = iso.startsWith('csv.') ? (iso as DateFault) : { iso, day: isoDay(iso) };
        if (dates.size < 100_000) dates.set(dateText, date);
      }
      if (typeof date === 'string') {
        fault(date, 'date', line, dateText);
        bad = true;
      }
      const value = parseCount(valueText, locale);
      if (typeof value === 'string' && value.startsWith('csv.')) {
        fault(value as CsvIssueCode, 'value', line, valueText);
        bad = true;
      }
      if (bad || typeof date === 'string') continue;
      const orgUnit = lookup(unitText, date.iso);
      if (typeof orgUnit !== 'string') {
        tally.add(siteIssue(orgUnit, site('org_unit', line), unitText));
        continue;
      }
      const disaggregation: Record<string, string> = {};
      for (const [key, index] of extra) {
        const v = text(row[index]!);
        if (v !== '') disaggregation[key] = intern(v);
      }
      const obs: Observation = {
        programme,
        indicator,
        orgUnit,
        date: date.iso,
        value,
        disaggregation,
      };
      const s = series.get(
        programme,
        indicator,
        orgUnit,
        extra.length > 0 ? disaggregationKey(disaggregation) : '',
      );
      if (!s.checked && !passesSchema(obs, line)) continue;
      s.checked = true;
      if (checkDuplicates && !s.days.add(date.day)) {
        const key = `${programme}, ${indicator}, ${orgUnit}, ${date.iso}`;
        tally.add(
          csvIssue(
            'csv.duplicate_key',
            { file, line, column: 'programme+indicator+org_unit+date' },
            key,
          ),
        );
        continue;
      }
      tally.accepted++;
      out.push(obs);
      outLines.push(line);
    }
    meta?.lines?.set(out, outLines);
    if (out.length > 0) yield out;
  }
  if (tally.read === 0 && !header.fatal)
    tally.add(csvIssue('csv.no_rows', { file, line: 2, column: '*' }));

  function site(column: string, line: number) {
    return { file, line, column, header: header!.headers[header!.index.get(column)!] };
  }

  function fault(code: CsvIssueCode, column: string, line: number, input: string): void {
    const expected = ACTUAL_COLUMNS.find((c) => c.name === column)?.expected;
    tally.add(csvIssue(code, site(column, line), input, expected ? { expected } : {}));
  }

  // The hand-written checks above mirror ObservationSchema; running the schema on the first row
  // of each series keeps them honest if the schema grows a rule, at a cost of one parse per series.
  function passesSchema(obs: Observation, line: number): boolean {
    const r = ObservationSchema.safeParse(obs);
    if (r.success) return true;
    const columnOf = (field: string) => {
      const column = FIELD_COLUMN[field] ?? field.split('.')[0]!;
      const index = header!.index.get(column);
      return index === undefined ? { column: '*' } : { column, header: header!.headers[index] };
    };
    for (const i of r.error.issues) tally.add(schemaIssue(i, columnOf, file, line) as Issue);
    return false;
  }
}

/** A text cell: trimmed, with the export's formula guard undone (rare, so checked cheaply). */
function text(cell: string): string {
  const t = cell.trim();
  return t.charCodeAt(0) === 39 ? unescapeFormula(t) : t;
}

function isoDay(iso: string): number {
  return dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}
