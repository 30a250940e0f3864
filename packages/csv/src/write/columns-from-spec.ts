import type { CsvColumn } from '../read/column-spec.js';
import type { WriteColumn, WriteKind } from './write-csv.js';

const KIND: Record<string, WriteKind> = {
  integer: 'number',
  decimal: 'number',
  percent: 'number',
  date: 'date',
  boolean: 'boolean',
  list: 'list',
};

/**
 * Output columns that mirror a reader's columns, so what is written reads back: same canonical
 * names, the first Vietnamese alias as the vi header, and for enums the Vietnamese spelling when
 * `vi` is set (the reader accepts both).
 * @example
 * columnsFromSpec(PERSON_COLUMNS, { id: (p) => p.id }, false); // [{ name: 'id', vi: 'Mã cán bộ', … }]
 */
export function columnsFromSpec<T>(
  spec: readonly CsvColumn[],
  getters: Readonly<Record<string, (row: T) => unknown>>,
  vi: boolean,
): WriteColumn<T>[] {
  const out: WriteColumn<T>[] = [];
  for (const c of spec) {
    const get = getters[c.name];
    if (!get) continue;
    const column: WriteColumn<T> = { name: c.name, kind: KIND[c.type ?? 'text'] ?? 'text', get };
    if (c.aliases?.[0] !== undefined) column.vi = c.aliases[0];
    if (c.type === 'enum' && vi && c.values) {
      const spelling = new Map<string, string>();
      for (const [k, v] of Object.entries(c.values))
        if (k !== v && !spelling.has(v)) spelling.set(v, k);
      column.get = (row) => {
        const v = get(row);
        return typeof v === 'string' ? (spelling.get(v) ?? v) : v;
      };
    }
    out.push(column);
  }
  return out;
}
