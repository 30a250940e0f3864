import { SaxesParser } from 'saxes';
import { serialToIso } from './excel-serial.js';
import { localName } from './shared-strings.js';
import { EMPTY, type SheetCell, type SheetRow } from './sheet-cell.js';
import type { ZipPart } from './zip-parts.js';

/** What reading a sheet's cells needs from the rest of the workbook. */
export interface SheetContext {
  strings: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
}

interface RawCell {
  column: number;
  type: string;
  style: number;
  value: string | undefined;
  formula: string | undefined;
  inline: string | undefined;
}

function columnNumber(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

function dateCell(serial: number, date1904: boolean): SheetCell {
  const iso = serialToIso(serial, date1904);
  return iso === null ? { kind: 'bad_date', serial } : { kind: 'date', iso };
}

/**
 * A raw cell as a typed one: shared, inline and formula strings as text, numbers under a date
 * format as dates in the workbook's date system, ISO dates (`t="d"`) as dates, errors and
 * formulas saved without a value named as such.
 */
export function typeCell(raw: RawCell, context: SheetContext): SheetCell {
  const { type, value } = raw;
  if (value === undefined && raw.inline === undefined) {
    return raw.formula !== undefined
      ? { kind: 'formula_without_value', formula: raw.formula }
      : EMPTY;
  }
  switch (type) {
    case 's': {
      const text = context.strings[Number(value)];
      return text === undefined || text.trim() === '' ? EMPTY : { kind: 'text', text };
    }
    case 'inlineStr':
    case 'str': {
      const text = raw.inline ?? value ?? '';
      return text.trim() === '' ? EMPTY : { kind: 'text', text };
    }
    case 'b':
      return { kind: 'boolean', value: value === '1' || value === 'true' };
    case 'e':
      return { kind: 'error', error: value ?? '#N/A' };
    case 'd':
      return /^\d{4}-\d{2}-\d{2}/.test(value ?? '')
        ? { kind: 'date', iso: value!.slice(0, 10) }
        : { kind: 'error', error: value ?? '' };
    default: {
      const n = Number(value);
      if (value === undefined || value.trim() === '' || !Number.isFinite(n)) {
        return { kind: 'error', error: value ?? '' };
      }
      return context.dateStyles.has(raw.style)
        ? dateCell(n, context.date1904)
        : { kind: 'number', value: n };
    }
  }
}

/**
 * Streams a sheet part's rows as typed cells, parsing its XML as it arrives: a sheet of a million
 * rows is never held whole. Rows the file leaves out are skipped; each row says where it is.
 * @example
 * for await (const row of sheetRows(parts.get('xl/worksheets/sheet1.xml')!, context)) console.log(row.row);
 */
export async function* sheetRows(part: ZipPart, context: SheetContext): AsyncGenerator<SheetRow> {
  const parser = new SaxesParser();
  const ready: SheetRow[] = [];
  let row: SheetRow | undefined;
  let lastRow = 0;
  let cell: RawCell | undefined;
  let lastColumn = 0;
  let text: 'v' | 'f' | 't' | undefined;
  let buffer = '';
  parser.on('opentag', (node) => {
    const name = localName(node.name);
    const attrs = node.attributes as Record<string, string>;
    if (name === 'row') {
      const r = Number(attrs.r ?? lastRow + 1);
      row = { row: r, cells: [] };
      lastRow = r;
      lastColumn = 0;
    } else if (name === 'c') {
      const column = attrs.r === undefined ? lastColumn + 1 : columnNumber(attrs.r);
      lastColumn = column;
      cell = {
        column,
        type: attrs.t ?? 'n',
        style: Number(attrs.s ?? 0),
        value: undefined,
        formula: undefined,
        inline: undefined,
      };
    } else if (cell && (name === 'v' || name === 'f' || name === 't')) {
      text = name;
      buffer = '';
    }
  });
  parser.on('text', (t) => {
    if (text !== undefined) buffer += t;
  });
  parser.on('closetag', (node) => {
    const name = localName(node.name);
    if (cell && text !== undefined && name === text) {
      if (text === 'v') cell.value = buffer;
      else if (text === 'f') cell.formula = buffer;
      else cell.inline = (cell.inline ?? '') + buffer;
      text = undefined;
    } else if (name === 'c' && cell && row) {
      while (row.cells.length < cell.column - 1) row.cells.push(EMPTY);
      row.cells[cell.column - 1] = typeCell(cell, context);
      cell = undefined;
    } else if (name === 'row' && row) {
      ready.push(row);
      row = undefined;
    }
  });
  const decoder = new TextDecoder();
  for await (const chunk of part.stream()) {
    parser.write(decoder.decode(chunk as Buffer, { stream: true }));
    while (ready.length > 0) yield ready.shift()!;
  }
  parser.write(decoder.decode());
  parser.close();
  while (ready.length > 0) yield ready.shift()!;
}
