import Papa from 'papaparse';
import { MAX_ROW_CHARS } from '../limits/csv-limits.js';
import { type Delimiter, detectDelimiter, detectNewline } from './detect-dialect.js';

/** A structural problem with one row, found while splitting the text into fields. */
export interface RowFault {
  /** Line on which the row starts. */
  line: number;
  code: 'unterminated_quote' | 'invalid_quote' | 'row_too_long';
  /** Set when no row was produced for it: the row was skipped unread, or the file ended in it. */
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
  /** Whether this text held a NUL character, which no text cell may hold. */
  nul: boolean;
  delimiter: Delimiter;
}

/** Options of the row parser: delimiter, file name for messages and chunking. */
export interface ParseRowsOptions {
  /** Declared delimiter; detected from the header line when missing. */
  delimiter?: Delimiter;
  /**
   * A row longer than this (in characters, default `MAX_ROW_CHARS`) is a fault and is skipped
   * unread up to its end, so an unquoted 50 MB cell or an unclosed quote never fills memory.
   */
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
  const maxRowChars = options.maxRowChars ?? MAX_ROW_CHARS;
  let parser: Papa.Parser | undefined;
  let delimiter: Delimiter = options.delimiter ?? ',';
  let newline: '\n' | '\r' = '\n';
  let rest = '';
  let line = 1;
  let skipping: Skip | undefined;
  for await (const text of texts) {
    let input = rest.length > 0 ? rest + text : text;
    rest = '';
    if (skipping) {
      const end = skipRow(input, skipping, newline);
      if (end < 0) continue;
      yield overlong(delimiter, skipping.line);
      line = skipping.line + skipping.breaks + 1;
      skipping = undefined;
      input = input.slice(end);
      if (input.length === 0) continue;
    }
    if (!parser) {
      // The dialect comes from the whole header line, which may span several small chunks;
      // a CR at the very end may be the first half of a CRLF.
      const br = input.search(/[\r\n]/);
      if (br < 0 || (br === input.length - 1 && input[br] === '\r')) {
        rest = input;
        // Without its header no row can be read: a header past the limit ends the file.
        if (rest.length > maxRowChars) {
          yield overlong(delimiter, line);
          return;
        }
        continue;
      }
      delimiter = options.delimiter ?? detectDelimiter(input);
      newline = detectNewline(input);
      parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
    }
    const result = parser.parse(input, 0, true);
    rest = input.slice(result.meta.cursor);
    const long = input.length > maxRowChars ? maxRowChars : 0;
    const batch = collect(result, input, delimiter, newline, line, false, long);
    line = batch.next;
    if (batch.rows.length > 0) yield batch;
    if (rest.length > maxRowChars) {
      // The unfinished row is already past the limit: skip to its end instead of holding it.
      skipping = { line, quoted: false, breaks: 0 };
      const end = skipRow(rest, skipping, newline);
      rest = end < 0 ? '' : rest.slice(end);
      if (end >= 0) {
        yield overlong(delimiter, skipping.line);
        line = skipping.line + skipping.breaks + 1;
        skipping = undefined;
      }
    }
  }
  if (skipping) {
    // The file ended inside the row: an open quote ran to the end, or the last row was too long.
    const code = skipping.quoted ? 'unterminated_quote' : 'row_too_long';
    yield { ...emptyBatch(delimiter), faults: [{ line: skipping.line, code, rowless: true }] };
    return;
  }
  if (rest.length === 0) return;
  if (!parser) {
    // A file of one line without a break: the header alone.
    delimiter = options.delimiter ?? detectDelimiter(rest);
    newline = detectNewline(rest);
    parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
  }
  const result = parser.parse(rest, 0, false);
  const long = rest.length > maxRowChars ? maxRowChars : 0;
  const batch = collect(result, rest, delimiter, newline, line, true, long);
  if (batch.rows.length > 0 || batch.faults.length > 0) yield batch;
}

/** A row being skipped: where it started, whether the skip is inside quotes, breaks passed. */
interface Skip {
  line: number;
  quoted: boolean;
  breaks: number;
}

// Finds the end of a row from text that continues it, following quotes as the parser would;
// returns the index after the row's line break, or -1 when the row goes on past this text.
function skipRow(text: string, skip: Skip, newline: '\n' | '\r'): number {
  const nl = newline.charCodeAt(0);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) skip.quoted = !skip.quoted;
    else if (c === nl) {
      if (!skip.quoted) return i + 1;
      skip.breaks++;
    }
  }
  return -1;
}

function overlong(delimiter: Delimiter, line: number): RowBatch {
  return { ...emptyBatch(delimiter), faults: [{ line, code: 'row_too_long', rowless: true }] };
}

function emptyBatch(delimiter: Delimiter): RowBatch {
  const faulty = new Set<number>();
  return { rows: [], lines: [], faults: [], faulty, suspectEncoding: false, nul: false, delimiter };
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
  /** The row limit when the text is longer than it (rows are then measured), else 0. */
  long: number,
): RowBatch & { next: number } {
  const data = result.data;
  const quoted = input.includes('"');
  const batch = emptyBatch(delimiter);
  batch.suspectEncoding = input.includes('\uFFFD');
  batch.nul = input.includes('\0');
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
    const code = faultAt.get(i) ?? (long > 0 && rowChars(row) > long ? 'row_too_long' : undefined);
    if (code !== undefined) {
      batch.faults.push({ line: start, code });
      batch.faulty.add(batch.rows.length);
    } else if (isBlank(row)) continue;
    batch.rows.push(row);
    batch.lines.push(start);
  }
  return { ...batch, next: line };
}

function rowChars(row: string[]): number {
  let n = row.length - 1;
  for (const cell of row) n += cell.length;
  return n;
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
