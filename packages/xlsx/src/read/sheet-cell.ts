/**
 * One cell of a sheet, typed as the workbook holds it. This is what a sheet source yields, so a
 * tabular reader can treat each kind its own way: text is parsed later by locale, a number is an
 * Excel double never re-parsed by locale, a date is already a calendar day.
 */
export type SheetCell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; iso: string }
  | { kind: 'boolean'; value: boolean }
  /** A formula saved without its result (the file was written by a program that does not calculate). */
  | { kind: 'formula_without_value'; formula: string }
  /** An error value such as #DIV/0! or #REF!, cached or typed. */
  | { kind: 'error'; error: string }
  /** A serial in a date-formatted cell that names no calendar day (1900-02-29, negative). */
  | { kind: 'bad_date'; serial: number };

/** One row of a sheet: its 1-based row number in the sheet and its cells from column A. */
export interface SheetRow {
  row: number;
  cells: SheetCell[];
}

export const EMPTY: SheetCell = { kind: 'empty' };

/**
 * The letters of a 1-based column number.
 * @example
 * columnLetters(3); // 'C'
 * columnLetters(28); // 'AB'
 */
export function columnLetters(column: number): string {
  let s = '';
  for (let k = column; k > 0; k = Math.floor((k - 1) / 26)) {
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  }
  return s;
}

/**
 * Where a cell is, as Excel writes a reference: `Sheet1!C12`, with the sheet name quoted when it
 * holds spaces or punctuation (`'Biểu 01'!C12`). `column` is 1-based.
 * @example
 * cellSite('Sheet1', 12, 3); // 'Sheet1!C12'
 * cellSite('Biểu 01', 12, 3); // "'Biểu 01'!C12"
 */
export function cellSite(sheet: string, row: number, column: number): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet);
  const name = plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${columnLetters(column)}${row}`;
}
