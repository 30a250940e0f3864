import type { CsvLocale } from '../cells/locale.js';
import { parseDateText } from '../cells/parse-date.js';
import { parseNumberText, parseWholeNumber } from '../cells/parse-number.js';
import { headerKey } from '../headers/match-headers.js';
import type { CsvIssueCode } from '../issues/csv-issues.js';
import type { TypedCell } from '../source/tabular-source.js';
import { type CsvColumn, LIST_SEPARATOR } from './column-spec.js';

/** A converted cell, or the code of what is wrong with it. */
export type CellResult = { ok: true; value: unknown } | { ok: false; code: CsvIssueCode };

const TRUE = new Set(['true', '1', 'yes', 'y', 'x', 'có', 'co', 'c', 'đúng']);
const FALSE = new Set(['false', '0', 'no', 'n', 'không', 'khong', 'k', 'sai']);

const SPELLINGS = new WeakMap<CsvColumn, Map<string, string>>();

function spellings(column: CsvColumn): Map<string, string> {
  let map = SPELLINGS.get(column);
  if (!map) {
    map = new Map(Object.entries(column.values ?? {}).map(([k, v]) => [headerKey(k), v]));
    SPELLINGS.set(column, map);
  }
  return map;
}

/**
 * Undoes the export's formula guard: a leading apostrophe before `= + - @ TAB CR` or another
 * apostrophe was added so spreadsheets show the text instead of running it.
 * @example
 * unescapeFormula("'=1+1"); // '=1+1'
 */
export function unescapeFormula(text: string): string {
  if (text.charCodeAt(0) !== 39 || text.length < 2) return text;
  return /^'[=+\-@\t\r']/.test(text) ? text.slice(1) : text;
}

/**
 * Converts one non-empty cell by its column's type: numbers and dates by `locale`, enums by
 * their accepted spellings, lists split on `|`, text NFC (already) with the formula guard undone.
 * @example
 * convertCell({ name: 'sex', type: 'enum', values: { nam: 'male' } }, 'Nam', CSV_LOCALES.plain); // { ok: true, value: 'male' }
 */
export function convertCell(column: CsvColumn, raw: string, locale: CsvLocale): CellResult {
  switch (column.type ?? 'text') {
    case 'text':
      return { ok: true, value: unescapeFormula(raw.trim()) };
    case 'integer': {
      const v = parseWholeNumber(raw, locale);
      return typeof v === 'number' ? { ok: true, value: v } : { ok: false, code: v };
    }
    case 'decimal':
    case 'percent': {
      const v = parseNumberText(raw, locale, { percent: column.type === 'percent' });
      return v.ok ? { ok: true, value: v.text } : { ok: false, code: v.code };
    }
    case 'date': {
      const v = parseDateText(raw, locale);
      return v.startsWith('csv.') ? { ok: false, code: v as CsvIssueCode } : { ok: true, value: v };
    }
    case 'boolean': {
      const k = headerKey(raw);
      if (TRUE.has(k)) return { ok: true, value: true };
      if (FALSE.has(k)) return { ok: true, value: false };
      return { ok: false, code: 'csv.invalid_value' };
    }
    case 'enum': {
      const value = spellings(column).get(headerKey(raw));
      if (value !== undefined) return { ok: true, value };
      return column.open
        ? { ok: true, value: raw.trim() }
        : { ok: false, code: 'csv.invalid_value' };
    }
    case 'list':
      // The guard covers the whole cell on export, so it is undone before splitting.
      return {
        ok: true,
        value: unescapeFormula(raw.trim())
          .split(LIST_SEPARATOR)
          .map((s) => s.trim())
          .filter((s) => s.length > 0),
      };
  }
}

/**
 * Converts a typed cell from a spreadsheet source by its column's type: a number is taken as
 * the workbook holds it (never re-read by locale), a date as its ISO day; a formula without a
 * saved value is an issue, an empty cell is undefined (as `''` is for text). Other column types
 * read the cell's text as a CSV cell.
 * @example
 * convertTyped({ name: 'value', type: 'decimal' }, { kind: 'number', value: 1.5 }, CSV_LOCALES.plain); // { ok: true, value: '1.5' }
 */
export function convertTyped(
  column: CsvColumn,
  cell: TypedCell,
  locale: CsvLocale,
): CellResult | undefined {
  const type = column.type ?? 'text';
  switch (cell.kind) {
    case 'empty':
      return undefined;
    case 'formula':
      return { ok: false, code: 'csv.formula_without_value' };
    case 'date':
      return type === 'date' || type === 'text' || type === 'enum' || type === 'list'
        ? convertCell(column, cell.iso, locale)
        : { ok: false, code: 'csv.invalid_number' };
    case 'number': {
      if (type === 'date') return { ok: false, code: 'csv.invalid_date' };
      if (type !== 'integer' && type !== 'decimal' && type !== 'percent') {
        return convertCell(column, String(cell.value), locale);
      }
      const v = numberValue(cell.value);
      if (typeof v === 'string' && v.startsWith('csv.'))
        return { ok: false, code: v as CsvIssueCode };
      if (type === 'integer') {
        return typeof v === 'number'
          ? { ok: true, value: v }
          : { ok: false, code: 'csv.not_integer' };
      }
      return { ok: true, value: String(v) };
    }
  }
}

/**
 * A spreadsheet number as a value: a safe integer ≥ 0, else its decimal text, else the fault.
 * @example
 * numberValue(12); // 12
 */
export function numberValue(n: number): number | string {
  if (!Number.isFinite(n)) return 'csv.invalid_number';
  if (n < 0) return 'csv.negative_number';
  if (Number.isSafeInteger(n)) return n;
  // Digits as JavaScript prints the double (shortest round trip), without an exponent.
  const text = n.toFixed(20).replace(/\.?0+$/, '');
  const short = String(n);
  return short.includes('e') ? text : short;
}
