import type { IsoDate } from '@cadre/core';

/**
 * A cell a source could not give as text: a spreadsheet's typed value. A CSV source never
 * makes one (every CSV cell is text), so the common case costs no object per cell.
 * - `number`: an Excel double; read as written, never re-parsed by locale.
 * - `date`: already converted from the workbook's serial (1900 or 1904 system).
 * - `empty`: a cell with nothing in it, as `''` is for text.
 * - `formula`: a formula with no saved value; the reader reports it, it never guesses.
 */
export type TypedCell =
  | { kind: 'number'; value: number }
  | { kind: 'date'; iso: IsoDate }
  | { kind: 'empty' }
  | { kind: 'formula'; formula: string };

/** One cell of a row: text as written (read by column type and locale), or a typed value. */
export type Cell = string | TypedCell;

/** Rows of one batch and the place of each (a CSV line, a sheet's row number). */
export interface CellRows {
  rows: Cell[][];
  places: number[];
}

/**
 * Where rows of cells come from, for the one tabular reader: a CSV file is one such source
 * (built in), a spreadsheet sheet another. The first row is the header. A source pads or cuts
 * nothing: a row shorter or longer than the header is reported by the reader.
 * @example
 * const sheet: TabularSource = {
 *   kind: 'tabular',
 *   name: 'ke-hoach.xlsx',
 *   async *rows() {
 *     yield { rows: [['programme', 'indicator'], ['ĐTBD', { kind: 'number', value: 12 }]], places: [1, 2] };
 *   },
 *   cite: (place, column) => `Sheet1!${String.fromCharCode(65 + column)}${place}`,
 * };
 * await readTargetsCsv(sheet, { orgUnits });
 */
export interface TabularSource {
  /** Marks the object as a tabular source (a CSV source is a path, bytes, text or a stream). */
  readonly kind: 'tabular';
  /** The name issues quote: the workbook's file name. */
  readonly name: string;
  /** The rows, header first, in batches; a batch may be of any size. */
  rows(): AsyncIterable<CellRows>;
  /**
   * How an issue names a cell, the source's way: `Sheet1!C12` for a workbook. `place` is the
   * row's place as the batch gave it, `column` the 0-based index in the row. Without it, issues
   * say `line 12, column "value"`.
   */
  cite?(place: number, column: number): string;
}

/**
 * Whether a source is a `TabularSource` rather than CSV.
 * @example
 * isTabularSource({ kind: 'tabular', name: 'a.xlsx', rows: async function* () {} }); // true
 */
export function isTabularSource(source: unknown): source is TabularSource {
  return (
    typeof source === 'object' &&
    source !== null &&
    (source as { kind?: unknown }).kind === 'tabular' &&
    typeof (source as { rows?: unknown }).rows === 'function'
  );
}

/**
 * The text of a cell, for columns that hold text (codes, names): a number as JavaScript writes
 * it, a date as ISO, an empty cell and a formula as `''` (the reader reports the formula).
 * @example
 * cellText({ kind: 'number', value: 1279 }); // '1279'
 */
export function cellText(cell: Cell): string {
  if (typeof cell === 'string') return cell;
  switch (cell.kind) {
    case 'number':
      return String(cell.value);
    case 'date':
      return cell.iso;
    default:
      return '';
  }
}
