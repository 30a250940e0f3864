import { createOrgUnitIndex, type Issue, ObservationSchema } from '@cadre/core';
import type { CsvLocale, CsvLocaleName } from '../cells/locale.js';
import { resolveLocale } from '../cells/locale.js';
import { parseDateText } from '../cells/parse-date.js';
import { parseCount } from '../cells/parse-number.js';
import { ACTUAL_COLUMNS } from '../formats/actual-columns.js';
import { disaggregationColumns } from '../formats/disaggregation.js';
import type { OrgUnitsOption } from '../formats/org-unit-lookup.js';
import { type CsvIssueCode, csvIssue, siteIssue } from '../issues/csv-issues.js';
import { isoDayNumber, isoOf } from '../keys/day-number.js';
import { RECORD, SeriesDays } from '../keys/series-days.js';
import { numberValue, unescapeFormula } from '../read/convert-cell.js';
import type { ImportTally } from '../read/import-tally.js';
import { openTable, type TableOptions } from '../read/open-table.js';
import { siteOf } from '../read/read-csv.js';
import { schemaIssue } from '../read/record-schema.js';
import type { CsvSource } from '../source/csv-source.js';
import { type Cell, cellText, type TabularSource } from '../source/tabular-source.js';
import { ActualKeys } from './actual-keys.js';
import { UnitResolver } from './unit-resolver.js';

/** Options of every reader of actuals: how cells read, and which checks run. */
export interface ActualsOptions extends TableOptions {
  /** Org units to resolve the `org_unit` cell against; without them the cell is the code. */
  orgUnits?: OrgUnitsOption;
  locale?: CsvLocaleName | CsvLocale;
  /** Extra columns that break figures down: key → header aliases (e.g. { sex: ['Giới tính'] }). */
  disaggregations?: Readonly<Record<string, readonly string[]>>;
  /**
   * Catch a key (programme, indicator, org unit, date, breakdown) seen twice (default true).
   * Costs a few bytes per row; turn off only when the file is known unique.
   */
  checkDuplicates?: boolean;
  maxIssues?: number;
}

/**
 * Where good rows go: one call per row, with ids from the shared `ActualKeys` (programme and
 * indicator ids index `codes`), the day number, and the value (a safe integer, or decimal text).
 */
export interface ActualRowSink {
  row(
    programme: number,
    indicator: number,
    unit: number,
    combo: number,
    day: number,
    value: number | string,
    line: number,
  ): void;
}

/** What the reader knows once the header is read: the file's shape and its keys. */
export interface ActualsTable {
  file: string;
  delimiter: string;
  unknown: string[];
  keys: ActualKeys;
  /** Programme codes by id, then indicator codes by id. */
  programmes: string[];
  indicators: string[];
}

const REQUIRED = ['programme', 'indicator', 'org_unit', 'date', 'value'] as const;
// Interned texts kept per column; past it a column's new texts are read afresh every time.
const MAX_KEPT = 1_000_000;
const MAX_DATES = 100_000;
// What a row brings for the first time: only such rows meet the core schema.
const NEW_PROGRAMME = 1;
const NEW_INDICATOR = 2;
const NEW_UNIT = 4;
const NEW_DATE = 8;
const NEW_VALUE = 16;
const NEW_COMBO = 32;

/** A text column's cells → ids, through their canonical text (trimmed, formula guard undone). */
class CodeColumn {
  private readonly raw = new Map<string, number>();
  private readonly ids = new Map<string, number>();
  readonly texts: string[] = [];
  /** Ids whose text met the schema. */
  checked: Uint8Array<ArrayBuffer> = new Uint8Array(64);

  /** The id of a cell's text; -1 for an empty cell. */
  id(cell: Cell): number {
    if (typeof cell === 'string') {
      const hit = this.raw.get(cell);
      if (hit !== undefined) return hit;
    }
    const text = canonical(cellText(cell));
    let id: number;
    if (text === '') id = -1;
    else {
      const known = this.ids.get(text);
      if (known !== undefined) id = known;
      else {
        id = this.texts.length;
        this.texts.push(text);
        if (this.texts.length < MAX_KEPT) this.ids.set(text, id);
        if (id >= this.checked.length) {
          const wider = new Uint8Array(2 * id + 64);
          wider.set(this.checked);
          this.checked = wider;
        }
      }
    }
    if (typeof cell === 'string' && this.raw.size < MAX_KEPT) this.raw.set(own(cell), id);
    return id;
  }
}

/**
 * A copy of a cell's text to keep as a key: a cell can be a slice of its whole piece of the
 * file, and a remembered slice would keep that piece alive long after its rows.
 */
function own(cell: string): string {
  return cell.length < 13 ? cell : cell.split('').join('');
}

/** A text cell: trimmed, with the export's formula guard undone (rare, so checked cheaply). */
function canonical(cell: string): string {
  const t = cell.trim();
  return t.charCodeAt(0) === 39 ? unescapeFormula(t) : t;
}

/**
 * The one reader of actuals (`programme, indicator, org_unit, date, value` plus declared
 * breakdowns), from a CSV file or any `TabularSource`: it maps the header, reads each cell by
 * locale (a spreadsheet's numbers and dates as they are), checks what is required, resolves org
 * units on the row's date, meets the core's `ObservationSchema` with every row that brings a new
 * code, date, value or breakdown, catches a key given twice, and hands each good row to `sink`
 * as integer ids. Bad rows go to `tally` with file, line (or the source's cell name) and column.
 * It yields after each batch of rows, so an importer can pass them on; a report fold just drains it.
 * @example
 * for await (const _ of readActualRows('actuals.csv', {}, tally, () => sink)) await flush();
 */
export async function* readActualRows(
  source: CsvSource | TabularSource,
  options: ActualsOptions,
  tally: ImportTally,
  sinkFor: (table: ActualsTable) => ActualRowSink,
): AsyncGenerator<ActualsTable> {
  const locale = resolveLocale(options.locale);
  const breakdowns = disaggregationColumns(options.disaggregations);
  const table = await openTable(source, [...ACTUAL_COLUMNS, ...breakdowns], options, tally);
  const header = table.header;
  const { file, cite } = table;
  const keys = new ActualKeys(breakdowns.map((c) => c.name));
  const programmes = new CodeColumn();
  const indicators = new CodeColumn();
  const units = new CodeColumn();
  const shape: ActualsTable = {
    file,
    delimiter: table.delimiter,
    unknown: header?.unknown ?? [],
    keys,
    programmes: programmes.texts,
    indicators: indicators.texts,
  };
  yield shape;
  if (!header) return;
  const sink = sinkFor(shape);
  const at = (name: string) => header.index.get(name) ?? -1;
  const [ip, ii, io, id, iv] = REQUIRED.map(at) as [number, number, number, number, number];
  const extra = breakdowns.map((_, b) => at(breakdowns[b]!.name));
  const values = breakdowns.map(() => new Map<string, number>());
  const ids = breakdowns.map(() => 0);
  const checkDuplicates = options.checkDuplicates ?? true;
  const given = options.orgUnits;
  const index = given === undefined || 'resolve' in given ? given : createOrgUnitIndex(given);
  const resolver = new UnitResolver(index, (code) => keys.unitId(code));
  const dates = new Map<string, number | CsvIssueCode>();
  const checkedDays = new Set<number>();
  const checkedValues = new Uint8Array(1 << 13);
  let checkedUnits = new Uint8Array(1024);
  let checkedCombos = new Uint8Array(64);
  // Breakdown value ids pack into one small integer key while they fit (V8 keeps it unboxed).
  const limit = 2 ** Math.floor(30 / Math.max(1, breakdowns.length));
  const combos = new Map<number, number>();
  // Series by (programme, indicator) → unit → breakdown, as records in dense arrays.
  const series: (Int32Array | undefined)[][][] = [];
  const days = new SeriesDays();

  for await (const batch of table.batches) {
    const { rows, lines, skip } = batch;
    for (let r = 0; r < rows.length; r++) {
      if (skip.size > 0 && skip.has(r)) continue;
      const row = rows[r]!;
      const line = lines[r]!;
      const p = programmes.id(row[ip]!);
      const i = indicators.id(row[ii]!);
      const u = units.id(row[io]!);
      const dateCell = row[id]!;
      const valueCell = row[iv]!;
      if (p < 0 || i < 0 || u < 0 || isEmpty(dateCell) || isEmpty(valueCell)) {
        const empty = [p < 0, i < 0, u < 0, isEmpty(dateCell), isEmpty(valueCell)];
        const cells = [row[ip]!, row[ii]!, row[io]!, dateCell, valueCell];
        REQUIRED.forEach((column, k) => {
          if (empty[k]) emptyFault(cells[k]!, column, line);
        });
        continue;
      }
      let fresh = 0;
      const day = dayOf(dateCell);
      if (typeof day === 'string') fault(day, 'date', line, cellInput(dateCell));
      const value = countOf(valueCell);
      if (typeof value === 'string' && value.startsWith('csv.')) {
        fault(value as CsvIssueCode, 'value', line, cellInput(valueCell));
      }
      if (typeof day === 'string' || (typeof value === 'string' && value.startsWith('csv.'))) {
        continue;
      }
      const unitText = units.texts[u]!;
      const unit = resolver.resolve(u, unitText, day);
      if (typeof unit !== 'number') {
        tally.add(siteIssue(unit, siteOf(header, file, line, 'org_unit', cite), unitText));
        continue;
      }
      let combo = 0;
      let packed = 0;
      let formula = false;
      for (let b = 0; b < extra.length; b++) {
        const c = extra[b]!;
        if (c >= 0 && isFormula(row[c]!)) {
          emptyFault(row[c]!, breakdowns[b]!.name, line);
          formula = true;
        }
        const v = c < 0 ? 0 : valueId(b, row[c]!);
        ids[b] = v;
        packed = packed >= 0 && v < limit ? packed * limit + v : -1;
      }
      if (formula) continue;
      if (extra.length > 0) {
        const known = packed >= 0 ? combos.get(packed) : undefined;
        if (known !== undefined) combo = known;
        else {
          combo = keys.comboId(ids);
          if (packed >= 0) combos.set(packed, combo);
        }
      }
      if (programmes.checked[p] === 0) fresh |= NEW_PROGRAMME;
      if (indicators.checked[i] === 0) fresh |= NEW_INDICATOR;
      if (unit >= checkedUnits.length || checkedUnits[unit] === 0) fresh |= NEW_UNIT;
      if (!checkedDays.has(day)) fresh |= NEW_DATE;
      if (typeof value !== 'number' || value >= 1 << 16) fresh |= NEW_VALUE;
      else if ((checkedValues[value >> 3]! & (1 << (value & 7))) === 0) fresh |= NEW_VALUE;
      if (combo >= checkedCombos.length || checkedCombos[combo] === 0) fresh |= NEW_COMBO;
      if (fresh !== 0 && !passesSchema(fresh, p, i, unit, combo, day, value, line)) continue;
      if (checkDuplicates && !newDay(p, i, unit, combo, day)) {
        const key = `${programmes.texts[p]}, ${indicators.texts[i]}, ${keys.unitCodes[unit]}, ${isoOf(day)}`;
        const site = { file, line, column: 'programme+indicator+org_unit+date' };
        tally.add(csvIssue('csv.duplicate_key', site, key));
        continue;
      }
      tally.accepted++;
      sink.row(p, i, unit, combo, day, value, line);
    }
    yield shape;
  }
  if (tally.read === 0 && !header.fatal)
    tally.add(csvIssue('csv.no_rows', { file, line: 2, column: '*' }));

  function valueId(b: number, cell: Cell): number {
    const seen = values[b]!;
    if (typeof cell === 'string') {
      const hit = seen.get(cell);
      if (hit !== undefined) return hit;
    }
    const v = keys.valueId(b, canonical(cellText(cell)));
    if (typeof cell === 'string' && seen.size < MAX_KEPT) seen.set(own(cell), v);
    return v;
  }

  function dayOf(cell: Cell): number | CsvIssueCode {
    if (typeof cell !== 'string') {
      if (cell.kind === 'date') return isoDayNumber(cell.iso);
      return cell.kind === 'formula' ? 'csv.formula_without_value' : 'csv.invalid_date';
    }
    let day = dates.get(cell);
    if (day === undefined) {
      const iso = parseDateText(cell, locale);
      day = iso.startsWith('csv.') ? (iso as CsvIssueCode) : isoDayNumber(iso);
      if (dates.size < MAX_DATES) dates.set(own(cell), day);
    }
    return day;
  }

  function countOf(cell: Cell): number | string {
    if (typeof cell === 'string') return parseCount(cell.trim(), locale);
    if (cell.kind === 'number') return numberValue(cell.value);
    return cell.kind === 'formula' ? 'csv.formula_without_value' : 'csv.invalid_number';
  }

  // An empty cell is a missing value; a formula with no saved value is said as such.
  function emptyFault(cell: Cell, column: string, line: number): void {
    if (isFormula(cell)) fault('csv.formula_without_value', column, line, cellInput(cell));
    else fault('csv.required', column, line, '');
  }

  function fault(code: CsvIssueCode, column: string, line: number, input: string): void {
    const expected = ACTUAL_COLUMNS.find((c) => c.name === column)?.expected;
    const site = siteOf(header!, file, line, column, cite);
    tally.add(csvIssue(code, site, input, expected ? { expected } : {}));
  }

  // The hand checks above are `ObservationSchema`'s rules; the schema itself meets every row
  // that brings something new, so a rule added to it is never skipped, at one parse per new value.
  function passesSchema(
    fresh: number,
    p: number,
    i: number,
    unit: number,
    combo: number,
    day: number,
    value: number | string,
    line: number,
  ): boolean {
    const obs = {
      programme: programmes.texts[p],
      indicator: indicators.texts[i],
      orgUnit: keys.unitCodes[unit],
      date: isoOf(day),
      value,
      disaggregation: keys.disaggregation(combo),
    };
    const r = ObservationSchema.safeParse(obs);
    if (!r.success) {
      const columnOf = (field: string) => {
        const column = field === 'orgUnit' ? 'org_unit' : field.split('.')[0]!;
        const index = header!.index.get(column);
        return index === undefined ? { column: '*' } : { column, header: header!.headers[index] };
      };
      for (const issue of r.error.issues)
        tally.add(schemaIssue(issue, columnOf, file, line) as Issue);
      return false;
    }
    if (fresh & NEW_PROGRAMME) programmes.checked[p] = 1;
    if (fresh & NEW_INDICATOR) indicators.checked[i] = 1;
    if (fresh & NEW_UNIT) {
      if (unit >= checkedUnits.length) checkedUnits = wider(checkedUnits, unit);
      checkedUnits[unit] = 1;
    }
    if (fresh & NEW_DATE && checkedDays.size < MAX_DATES) checkedDays.add(day);
    if (typeof value === 'number' && value < 1 << 16)
      checkedValues[value >> 3]! |= 1 << (value & 7);
    if (fresh & NEW_COMBO) {
      if (combo >= checkedCombos.length) checkedCombos = wider(checkedCombos, combo);
      checkedCombos[combo] = 1;
    }
    return true;
  }

  // Pushing (never writing far past the end) keeps these arrays dense, not dictionaries.
  function newDay(p: number, i: number, unit: number, combo: number, day: number): boolean {
    while (series.length <= p) series.push([]);
    const byIndicator = series[p]!;
    while (byIndicator.length <= i) byIndicator.push([]);
    const byUnit = byIndicator[i]!;
    while (byUnit.length <= unit) byUnit.push(undefined);
    let rec = byUnit[unit];
    const offset = combo * RECORD;
    if (rec === undefined || offset >= rec.length) {
      // Room for every breakdown known so far, then a quarter more: there is one block per
      // unit, so slack multiplies by thousands of units.
      const size = Math.max(
        4,
        keys.comboCount(),
        combo + 1,
        Math.ceil(((rec?.length ?? 0) / RECORD) * 1.25),
      );
      const grown = new Int32Array(size * RECORD);
      if (rec) grown.set(rec);
      rec = grown;
      byUnit[unit] = rec;
    }
    return days.add(rec, offset, day);
  }
}

function isEmpty(cell: Cell): boolean {
  return typeof cell === 'string' ? cell.trim() === '' : cell.kind === 'empty';
}

function isFormula(cell: Cell): boolean {
  return typeof cell !== 'string' && cell.kind === 'formula';
}

function cellInput(cell: Cell): string {
  if (typeof cell === 'string') return cell.trim();
  return cell.kind === 'formula' ? cell.formula : cellText(cell);
}

function wider(bytes: Uint8Array, at: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(2 * at + 64);
  out.set(bytes);
  return out;
}
