import { type CsvLocale, type CsvLocaleName, resolveLocale } from '../cells/locale.js';
import type { Delimiter } from '../parse/detect-dialect.js';
import { LIST_SEPARATOR } from '../read/column-spec.js';
import { guardFormula, quoteCell } from './escape-cell.js';
import { formatDateText, formatDecimalText } from './format-number.js';

/** How a value is written: text (formula-guarded), an exact number, a date, a `|` list or yes/no. */
export type WriteKind = 'text' | 'number' | 'date' | 'list' | 'boolean';

/** One output column: canonical name, Vietnamese header, kind and how to get the value. */
export interface WriteColumn<T> {
  name: string;
  vi?: string;
  kind?: WriteKind;
  /** Reads this column's value from a row. */
  get(row: T): unknown;
}

/** How `toCsv` and the record writers lay out a file. */
export interface WriteCsvOptions {
  /**
   * Excel-friendly output: UTF-8 BOM (so Excel reads Vietnamese correctly), vi-VN numbers
   * ("1.234,5") and dates (20/05/2019), CRLF line ends. Read it back with `locale: 'vi-VN'`.
   */
  excel?: boolean;
  /** Defaults to ','; ';' suits Excel set to Vietnamese, whose list separator it is. */
  delimiter?: Delimiter;
  /** Number and date locale; 'vi-VN' in Excel mode, else 'plain'. */
  locale?: CsvLocaleName | CsvLocale;
  /** 'canonical' (default) English column names, or 'vi' Vietnamese headers (readers accept both). */
  headers?: 'canonical' | 'vi';
}

interface Resolved {
  delimiter: string;
  locale: CsvLocale;
  excel: boolean;
  newline: string;
  vi: boolean;
}

function resolve(options: WriteCsvOptions): Resolved {
  const excel = options.excel ?? false;
  return {
    delimiter: options.delimiter ?? ',',
    locale: resolveLocale(options.locale ?? (excel ? 'vi-VN' : 'plain')),
    excel,
    newline: excel ? '\r\n' : '\n',
    vi: options.headers === 'vi',
  };
}

function cellText(value: unknown, kind: WriteKind, r: Resolved): string {
  if (value === undefined || value === null) return '';
  switch (kind) {
    case 'number': {
      const text =
        typeof value === 'object' ? (value as { toFixed(): string }).toFixed() : String(value);
      return formatDecimalText(text, r.locale);
    }
    case 'date':
      return formatDateText(String(value), r.locale, r.excel);
    case 'boolean':
      return value ? (r.vi || r.excel ? 'có' : 'true') : r.vi || r.excel ? 'không' : 'false';
    case 'list':
      return guardFormula((value as readonly unknown[]).map(String).join(LIST_SEPARATOR));
    default:
      return guardFormula(String(value));
  }
}

function headerLine<T>(columns: readonly WriteColumn<T>[], r: Resolved): string {
  return columns
    .map((c) => quoteCell(guardFormula(r.vi ? (c.vi ?? c.name) : c.name), r.delimiter))
    .join(r.delimiter);
}

function rowLine<T>(row: T, columns: readonly WriteColumn<T>[], r: Resolved): string {
  let line = '';
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    if (i > 0) line += r.delimiter;
    line += quoteCell(cellText(c.get(row), c.kind ?? 'text', r), r.delimiter);
  }
  return line;
}

/**
 * Writes rows to CSV text in memory.
 * @example
 * toCsv([{ id: 'A1' }], [{ name: 'id', get: (r) => r.id }]); // 'id\nA1\n'
 */
export function toCsv<T>(
  rows: Iterable<T>,
  columns: readonly WriteColumn<T>[],
  options: WriteCsvOptions = {},
): string {
  const r = resolve(options);
  const parts = [`${r.excel ? '\uFEFF' : ''}${headerLine(columns, r)}`];
  for (const row of rows) parts.push(rowLine(row, columns, r));
  return `${parts.join(r.newline)}${r.newline}`;
}

/**
 * Writes rows to CSV as a stream of text chunks (about 64 KiB each), for exports that must not
 * be built in memory: pipe it to a file or an HTTP response.
 * @example
 * await pipeline(Readable.from(streamCsv(rows, columns, { excel: true })), createWriteStream('out.csv'));
 */
export async function* streamCsv<T>(
  rows: Iterable<T> | AsyncIterable<T>,
  columns: readonly WriteColumn<T>[],
  options: WriteCsvOptions = {},
): AsyncGenerator<string> {
  const r = resolve(options);
  let chunk = `${r.excel ? '\uFEFF' : ''}${headerLine(columns, r)}${r.newline}`;
  for await (const row of rows) {
    chunk += rowLine(row, columns, r) + r.newline;
    if (chunk.length >= 1 << 16) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}
