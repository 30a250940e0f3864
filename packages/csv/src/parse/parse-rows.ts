import Papa from 'papaparse';
import { type Delimiter, detectDelimiter, detectNewline } from './detect-dialect.js';

/** A structural problem with one row, found while splitting the text into fields. */
export interface RowFault {
  /** Line on which the row starts. */
  line: number;
  code: 'unterminated_quote' | 'invalid_quote';
  /** Set when the parse stopped inside the row, so no row was produced for it. */
  rowless?: boolean;
}

/**
 * Rows parsed from one piece of text. Arrays instead of one object per row keep the per-row
 * cost of a million-row file down. `faulty[i]` marks rows that must not be mapped.
 */
export interface RowBatch {
  rows: string[][];
  /** Line on which each row starts (1-based, counting line breaks inside quoted fields). */
  lines: number[];
  faults: RowFault[];
  faulty: Set<number>;
  /** Whether this text held U+FFFD, so cells must be checked for bytes that were not UTF-8. */
  suspectEncoding: boolean;
  delimiter: Delimiter;
}

/** Options of the row parser: delimiter, file name for messages and chunking. */
export interface ParseRowsOptions {
  /** Declared delimiter; detected from the header line when missing. */
  delimiter?: Delimiter;
  /** A row longer than this (in characters) stops the parse: an unclosed quote ate the file. */
  maxRowChars?: number;
}

/**
 * Splits NFC text pieces into rows with papaparse's parser, one batch per piece, keeping only
 * the unfinished last row between pieces so memory stays flat. Blank lines (also `,,,`) are
 * skipped but counted, so reported line numbers match what an editor shows.
 * @example
 * for await (const batch of parseRows(decodeText(openChunks('actuals.csv')))) rows += batch.rows.length;
 */
export async function* parseRows(
  texts: AsyncIterable<string>,
  options: ParseRowsOptions = {},
): AsyncGenerator<RowBatch> {
  const maxRowChars = options.maxRowChars ?? 1 << 20;
  let parser: Papa.Parser | undefined;
  let delimiter: Delimiter = options.delimiter ?? ',';
  let newline: '\n' | '\r' = '\n';
  let rest = '';
  let line = 1;
  for await (const text of texts) {
    const input = rest.length > 0 ? rest + text : text;
    if (!parser) {
      // The dialect comes from the whole header line, which may span several small chunks;
      // a CR at the very end may be the first half of a CRLF.
      const br = input.search(/[\r\n]/);
      if (br < 0 || (br === input.length - 1 && input[br] === '\r')) {
        rest = input;
        continue;
      }
      delimiter = options.delimiter ?? detectDelimiter(input);
      newline = detectNewline(input);
      parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
    }
    const result = parser.parse(input, 0, true);
    rest = input.slice(result.meta.cursor);
    const batch = collect(result, input, delimiter, newline, line, false);
    line = batch.next;
    if (batch.rows.length > 0) yield batch;
    if (rest.length > maxRowChars) {
      const fault: RowFault = { line, code: 'unterminated_quote', rowless: true };
      yield { ...emptyBatch(delimiter), faults: [fault] };
      return;
    }
  }
  if (rest.length === 0) return;
  if (!parser) {
    // A file of one line without a break: the header alone.
    delimiter = options.delimiter ?? detectDelimiter(rest);
    newline = detectNewline(rest);
    parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
  }
  const result = parser.parse(rest, 0, false);
  const batch = collect(result, rest, delimiter, newline, line, true);
  if (batch.rows.length > 0 || batch.faults.length > 0) yield batch;
}

function emptyBatch(delimiter: Delimiter): RowBatch {
  return { rows: [], lines: [], faults: [], faulty: new Set(), suspectEncoding: false, delimiter };
}

interface PapaResult {
  data: string[][];
  errors: { code: string; row?: number }[];
}

function collect(
  result: PapaResult,
  input: string,
  delimiter: Delimiter,
  newline: '\n' | '\r',
  firstLine: number,
  final: boolean,
): RowBatch & { next: number } {
  const data = result.data;
  const quoted = input.includes('"');
  const batch = emptyBatch(delimiter);
  batch.suspectEncoding = input.includes('\uFFFD');
  const faultAt = new Map<number, RowFault['code']>();
  for (const e of result.errors) {
    // A fault on the unfinished last row is found again when that row is complete.
    if (e.row === undefined || (!final && e.row >= data.length)) continue;
    faultAt.set(e.row, e.code === 'MissingQuotes' ? 'unterminated_quote' : 'invalid_quote');
  }
  let line = firstLine;
  for (let i = 0; i < data.length; i++) {
    const row = data[i]!;
    const last = row.length - 1;
    const tail = row[last]!;
    if (newline === '\n' && tail.charCodeAt(tail.length - 1) === 13) row[last] = tail.slice(0, -1);
    const start = line;
    line += 1;
    if (quoted) for (const cell of row) line += countBreaks(cell, newline);
    const code = faultAt.get(i);
    if (code !== undefined) {
      batch.faults.push({ line: start, code });
      batch.faulty.add(batch.rows.length);
    } else if (isBlank(row)) continue;
    batch.rows.push(row);
    batch.lines.push(start);
  }
  return { ...batch, next: line };
}

function countBreaks(cell: string, newline: string): number {
  let n = 0;
  for (let k = cell.indexOf(newline); k >= 0; k = cell.indexOf(newline, k + 1)) n++;
  return n;
}

function isBlank(row: string[]): boolean {
  if (row[0]!.length > 0 && row[0]!.trim().length > 0) return false;
  for (const cell of row) if (cell.trim().length > 0) return false;
  return true;
}
