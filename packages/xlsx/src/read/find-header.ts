import { type ColumnName, type HeaderMatch, matchHeaders } from '@cadre/csv';
import type { SheetCell, SheetRow } from './sheet-cell.js';

/** Rows searched for the header under a title block. */
export const HEADER_SEARCH_ROWS = 30;

/** The header found in a sheet: the row(s) it takes, its texts per column, and the spec it matched. */
export interface SheetHeader {
  /** Sheet row of the header; with a two-row header, the lower row (the data follow it). */
  row: number;
  /** Sheet rows the header spans (one or two). */
  rows: number[];
  /** Header text per column, from column A. */
  texts: string[];
  /** Index of the matched spec in the list given. */
  spec: number;
  match: HeaderMatch;
}

/** The text a header cell shows. */
export function cellText(cell: SheetCell | undefined): string {
  if (cell === undefined) return '';
  switch (cell.kind) {
    case 'text':
      return cell.text.normalize('NFC').trim();
    case 'number':
      return String(cell.value);
    case 'date':
      return cell.iso;
    default:
      return '';
  }
}

// A merged header keeps its text in the top-left cell: a column whose lower cell is blank takes
// the upper one ("Đơn vị" merged down two rows), a column with both takes the lower ("Kế hoạch"
// under a merged "Kết quả").
function joinRows(upper: string[], lower: string[]): string[] {
  const n = Math.max(upper.length, lower.length);
  return Array.from({ length: n }, (_, i) => (lower[i] ? lower[i]! : (upper[i] ?? '')));
}

function tryMatch(
  texts: string[],
  specs: readonly (readonly ColumnName[])[],
  file: string,
  line: number,
) {
  for (let s = 0; s < specs.length; s++) {
    const match = matchHeaders(texts, specs[s]!, { file, line, extraColumns: 'ignore' });
    if (!match.fatal && match.index.size >= 2) return { spec: s, match };
  }
  return undefined;
}

/**
 * The header of a sheet: the first row, among the first `HEADER_SEARCH_ROWS`, whose cells match
 * one of the known column specs (Vietnamese or English names, as `matchHeaders` reads them), or
 * failing that two rows read together, for merged and two-row headers. Undefined when none does.
 * @example
 * findHeader(firstRows, [TARGET_COLUMNS, ACTUAL_COLUMNS], 'targets.xlsx')?.row; // 6
 */
export function findHeader(
  rows: readonly SheetRow[],
  specs: readonly (readonly ColumnName[])[],
  file: string,
): SheetHeader | undefined {
  const texts = rows.map((r) => r.cells.map(cellText));
  for (let i = 0; i < rows.length && rows[i]!.row <= HEADER_SEARCH_ROWS; i++) {
    const one = tryMatch(texts[i]!, specs, file, rows[i]!.row);
    if (one) return { row: rows[i]!.row, rows: [rows[i]!.row], texts: texts[i]!, ...one };
    const next = rows[i + 1];
    if (next === undefined || next.row !== rows[i]!.row + 1) continue;
    const joined = joinRows(texts[i]!, texts[i + 1]!);
    const two = tryMatch(joined, specs, file, next.row);
    if (two) return { row: next.row, rows: [rows[i]!.row, next.row], texts: joined, ...two };
  }
  return undefined;
}
