import { countDigits } from '../cells/parse-number.js';
import { type ColumnName, type HeaderMatch, matchHeaders } from '../headers/match-headers.js';
import { type CsvIssueCode, csvIssue } from '../issues/csv-issues.js';
import { MAX_NUMBER_DIGITS, MAX_TEXT_CELL_CHARS } from '../limits/csv-limits.js';
import type { Delimiter } from '../parse/detect-dialect.js';
import { parseRows, type RowBatch, type RowFault } from '../parse/parse-rows.js';
import { type CsvSource, openChunks } from '../source/csv-source.js';
import { decodeText } from '../source/decode-text.js';
import {
  type Cell,
  cellText,
  isTabularSource,
  type TabularSource,
} from '../source/tabular-source.js';
import type { ImportTally } from './import-tally.js';

/** Options every reader shares. */
export interface TableOptions {
  /** Declared delimiter; detected from the header line when missing. */
  delimiter?: Delimiter;
  /** The name issues quote; defaults to the file's base name. */
  fileName?: string;
  /** More header spellings: alias → canonical column name. */
  aliases?: Readonly<Record<string, string>>;
  /** 'error' (default): unknown headers are issues. 'ignore': they are listed and skipped. */
  extraColumns?: 'error' | 'ignore';
  /** Longest row accepted, in characters (default `MAX_ROW_CHARS`, 1 MiB), quoted or not. */
  maxRowChars?: number;
}

/** Data rows of one batch that passed the structural checks (`skip` holds those that did not). */
export interface TableBatch {
  rows: Cell[][];
  lines: number[];
  skip: Set<number>;
}

/** An open CSV table: its header match (null when there is no usable header) and its row batches. */
export interface Table {
  file: string;
  delimiter: Delimiter;
  header: HeaderMatch | null;
  batches: AsyncGenerator<TableBatch>;
  /** The source's own name for a cell (`Sheet1!C12`), when it has one. */
  cite?: (place: number, column: number) => string;
}

/** Parsed rows of either kind of source: CSV rows are all text. */
type SourceBatch = Omit<RowBatch, 'rows'> & { rows: Cell[][] };

const FAULT_CODE: Record<RowFault['code'], CsvIssueCode> = {
  unterminated_quote: 'csv.unterminated_quote',
  invalid_quote: 'csv.invalid_quote',
  row_too_long: 'csv.row_too_long',
};

/** A column as the table sees it: its name, and its type where cells of a type are bounded. */
export type TableColumn = ColumnName & { type?: string };

const NUMBER_TYPES = new Set(['integer', 'decimal', 'percent']);

/**
 * Opens a source, reads its header line and matches it to `columns`, then streams data rows in
 * batches. Structural problems (bad quotes, wrong field count, bytes that are not UTF-8, data
 * under a blank header) are reported to `tally` here, once, for every reader.
 * @example
 * const table = await openTable('actuals.csv', ACTUAL_COLUMNS, {}, tally);
 * for await (const batch of table.batches) total += batch.rows.length;
 */
export async function openTable(
  source: CsvSource | TabularSource,
  columns: readonly TableColumn[],
  options: TableOptions,
  tally: ImportTally,
): Promise<Table> {
  const file = tally.file;
  const tabular = isTabularSource(source);
  const parsed: AsyncIterator<SourceBatch> = tabular
    ? sourceBatches(source)
    : parseRows(decodeText(openChunks(source), { maxLineChars: options.maxRowChars }), options);
  const cite = tabular ? source.cite?.bind(source) : undefined;
  let first: IteratorResult<SourceBatch>;
  do first = await parsed.next();
  while (!first.done && first.value.rows.length === 0 && first.value.faults.length === 0);

  const none = (delimiter: Delimiter): Table => ({
    file,
    delimiter,
    header: null,
    batches: empty(),
    ...(cite && { cite }),
  });
  if (first.done || first.value.rows.length === 0) {
    const fault = first.done ? undefined : first.value.faults[0];
    if (fault) tally.add(csvIssue(FAULT_CODE[fault.code], { file, line: fault.line, column: '*' }));
    else tally.add(csvIssue('csv.empty_file', { file, line: 1, column: '*' }));
    return none(first.done ? (options.delimiter ?? ',') : first.value.delimiter);
  }
  const batch0 = first.value;
  const headerLine = batch0.lines[0]!;
  if (batch0.faulty.has(0)) {
    const fault = batch0.faults[0]!;
    tally.add(csvIssue(FAULT_CODE[fault.code], { file, line: fault.line, column: '*' }));
    return none(batch0.delimiter);
  }
  const headerRow = batch0.rows[0]!.map(cellText);
  // A NUL in the header means the bytes are not text as read: nothing below it can be trusted.
  const nulAt = headerRow.findIndex((h) => h.includes('\0'));
  if (nulAt >= 0) {
    tally.add(csvIssue('csv.nul_byte', { file, line: headerLine, column: String(nulAt + 1) }));
    return none(batch0.delimiter);
  }
  const header = matchHeaders(headerRow, columns, { file, line: headerLine, ...options });
  for (const issue of header.issues) tally.add(issue);
  const width = headerRow.length;
  const names = [...header.headers];
  for (const [name, i] of header.index) names[i] = name;
  const numeric = names.map((n) => NUMBER_TYPES.has(columns.find((c) => c.name === n)?.type ?? ''));
  const rest: SourceBatch = {
    ...batch0,
    rows: batch0.rows.slice(1),
    lines: batch0.lines.slice(1),
    faults: batch0.faults,
    faulty: new Set([...batch0.faulty].map((i) => i - 1)),
  };

  async function* batches(): AsyncGenerator<TableBatch> {
    let current: SourceBatch | undefined = rest;
    while (current) {
      const checked = check(current);
      if (checked.rows.length > 0 && !header.fatal) yield checked;
      const next = await parsed.next();
      current = next.done ? undefined : next.value;
    }
  }

  function check(batch: SourceBatch): TableBatch {
    const { rows, lines } = batch;
    const skip = new Set<number>();
    tally.read += rows.length;
    for (const fault of batch.faults) {
      if (fault.line === headerLine) continue;
      tally.add(csvIssue(FAULT_CODE[fault.code], { file, line: fault.line, column: '*' }));
      // A parse stopped by an overlong row has no row to skip, but that row still counts as read.
      if (fault.rowless) tally.read += 1;
    }
    for (const i of batch.faulty) skip.add(i);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      if (skip.has(i)) continue;
      const line = lines[i]!;
      if (row.length !== width) {
        tally.add(
          csvIssue(
            'csv.column_count',
            { file, line, column: '*' },
            row.map(cellText).join(batch.delimiter),
            {
              count: width,
              other: row.length,
            },
          ),
        );
        skip.add(i);
        continue;
      }
      for (const b of header.blank) {
        if (cellText(row[b]!).trim() !== '') {
          tally.add(csvIssue('csv.unknown_column', { file, line, column: '' }, cellText(row[b]!)));
          skip.add(i);
        }
      }
      // Only CSV rows can hold bytes that are not text, and they are all strings.
      if (batch.suspectEncoding) checkEncoding(row as string[], line, i, skip);
      if (batch.nul) checkNul(row as string[], line, i, skip);
      for (let c = 0; c < width; c++) {
        const cell = row[c]!;
        if (typeof cell === 'string' && cell.length > MAX_TEXT_CELL_CHARS)
          tooLong(cell, line, c, i, skip);
      }
    }
    return { rows, lines, skip };
  }

  // Every reader gets its cells bounded here, once; a number's digits are bounded where it is read.
  function tooLong(cell: string, line: number, c: number, i: number, skip: Set<number>): void {
    const site = { file, line, column: names[c] ?? String(c + 1), header: header.headers[c] };
    if (cite) Object.assign(site, { at: cite(line, c) });
    const number = numeric[c] && countDigits(cell) > MAX_NUMBER_DIGITS;
    tally.add(csvIssue(number ? 'csv.number_too_long' : 'csv.cell_too_long', site, cell));
    skip.add(i);
  }

  function checkNul(row: string[], line: number, i: number, skip: Set<number>): void {
    for (let c = 0; c < row.length; c++) {
      if (!row[c]!.includes('\0')) continue;
      const column = names[c] ?? String(c + 1);
      tally.add(csvIssue('csv.nul_byte', { file, line, column, header: header.headers[c] }));
      skip.add(i);
    }
  }

  function checkEncoding(row: string[], line: number, i: number, skip: Set<number>): void {
    for (let c = 0; c < row.length; c++) {
      if (!row[c]!.includes('\uFFFD')) continue;
      const column = names[c] ?? String(c + 1);
      tally.add(
        csvIssue('csv.invalid_encoding', { file, line, column, header: header.headers[c] }, row[c]),
      );
      skip.add(i);
    }
  }

  return { file, delimiter: batch0.delimiter, header, batches: batches(), ...(cite && { cite }) };
}

async function* empty(): AsyncGenerator<TableBatch> {}

// A tabular source's rows as the CSV parser gives them: no faults, nothing suspect. Rows with
// no cell filled are skipped, as blank CSV lines are.
async function* sourceBatches(source: TabularSource): AsyncGenerator<SourceBatch> {
  for await (const { rows, places } of source.rows()) {
    const kept: Cell[][] = [];
    const lines: number[] = [];
    rows.forEach((row, i) => {
      if (
        row.some(
          (c) => cellText(c).trim() !== '' || (typeof c !== 'string' && c.kind === 'formula'),
        )
      ) {
        kept.push(row);
        lines.push(places[i]!);
      }
    });
    const faulty = new Set<number>();
    yield {
      rows: kept,
      lines,
      faults: [],
      faulty,
      suspectEncoding: false,
      nul: false,
      delimiter: ',',
    };
  }
}
