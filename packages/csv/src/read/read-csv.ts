import { CadreError, type ImportSummary, type Issue } from '@cadre/core';
import { type CsvLocale, type CsvLocaleName, resolveLocale } from '../cells/locale.js';
import type { HeaderMatch } from '../headers/match-headers.js';
import { csvIssue, type IssueSite } from '../issues/csv-issues.js';
import type { Delimiter } from '../parse/detect-dialect.js';
import { type CsvSource, sourceName } from '../source/csv-source.js';
import { type Cell, cellText, type TabularSource } from '../source/tabular-source.js';
import type { CsvColumn } from './column-spec.js';
import { type CellResult, convertCell, convertTyped } from './convert-cell.js';
import { type CsvImportMode, ImportTally } from './import-tally.js';
import { openTable, type TableOptions } from './open-table.js';
import { type RecordSchema, schemaIssue } from './record-schema.js';

/** A row being mapped, for hooks that resolve or check more than one cell. */
export interface RowContext {
  file: string;
  line: number;
  /** The cell of a column as written (trimmed), or undefined when the column is absent. */
  cell(column: string): string | undefined;
  /** The site of a column on this row, for building issues. */
  site(column: string): IssueSite;
}

export interface ReadCsvOptions<T> extends TableOptions {
  columns: readonly CsvColumn[];
  /** Validates and shapes each record: a core schema such as `PersonSchema`. */
  schema: RecordSchema<T>;
  /** Natural key of a record; a key seen twice in one file is `csv.duplicate_key`. */
  key?: (record: T) => string;
  /**
   * The key as the duplicate issue quotes it, when `key` returns a compact stand-in (two records
   * must get equal stand-ins exactly when their texts are equal); `key` itself by default.
   */
  keyText?: (record: T) => string;
  /** Columns that form the key, named in the duplicate issue's path (joined with `+`). */
  keyColumns?: readonly string[];
  /** Runs after cells convert, before the schema: resolves org units, cross-checks cells. */
  prepare?: (input: Record<string, unknown>, row: RowContext) => Issue[] | undefined;
  /** How numbers and dates are written; `plain` by default (see `CsvLocaleName`). */
  locale?: CsvLocaleName | CsvLocale;
  /** 'all_or_nothing' (default) or 'skip_bad_rows'. */
  mode?: CsvImportMode;
  /** Issues kept in memory (default 100 000); the rest are counted. */
  maxIssues?: number;
}

/** What a read returns: the records (none in all-or-nothing mode when anything is wrong) and the summary. */
export interface CsvImport<T> {
  ok: boolean;
  records: T[];
  summary: ImportSummary;
  file: string;
  delimiter: Delimiter;
  /** Headers that matched no column (issues unless `extraColumns: 'ignore'`). */
  unknownColumns: string[];
  /** Line of each record (generic readers only; the streaming fast path does not keep them). */
  lines?: number[];
}

/**
 * A stream of valid records in batches, for bulk loads that must not hold the file. Bad rows are
 * reported, not yielded; `summary` is final once the loop ends. For all-or-nothing loads, write
 * inside a transaction and commit only when `summary.issues` is empty.
 */
export interface CsvStream<T> extends AsyncIterable<T[]> {
  readonly file: string;
  /** Counts and issues so far (final after iteration); `imported` counts records yielded. */
  readonly summary: ImportSummary;
  /**
   * The source line of each record of a batch this stream yielded, so a later stage (a store's
   * check) can say where a record came from; undefined for an array it did not yield.
   */
  linesOf(batch: readonly T[]): readonly number[] | undefined;
}

/**
 * Streams any CSV format declared as columns + a schema (see `readCsv`), in batches of up to
 * `batchSize` records.
 * @example
 * for await (const persons of iterateCsv('persons.csv', { columns: PERSON_COLUMNS, schema: PersonSchema })) await save(persons);
 */
export function iterateCsv<T>(
  source: CsvSource | TabularSource,
  options: ReadCsvOptions<T> & { batchSize?: number },
): CsvStream<T> {
  const tally = new ImportTally(sourceName(source, options.fileName), options.maxIssues);
  return onceStream<T>(tally, (lines) => records(mapRows(source, options, tally), lines));
}

/**
 * Reads a whole CSV file into records: header by canonical name or alias, cells by column type
 * and locale, each record through `schema`, duplicate keys caught. Every bad row is reported
 * with file, line and column; in all-or-nothing mode (default) any issue returns no records.
 * @example
 * const r = await readCsv({ text: 'id,name\nA1,Nguyễn Văn A\n' }, { columns, schema });
 * r.summary; // { read: 1, imported: 1, updated: 0, ignored: 0, issues: [] }
 */
export async function readCsv<T>(
  source: CsvSource | TabularSource,
  options: ReadCsvOptions<T>,
): Promise<CsvImport<T>> {
  const mode = options.mode ?? 'all_or_nothing';
  const tally = new ImportTally(sourceName(source, options.fileName), options.maxIssues);
  const records: T[] = [];
  const lines: number[] = [];
  const meta = { delimiter: (options.delimiter ?? ',') as Delimiter, unknown: [] as string[] };
  for await (const batch of mapRows(source, options, tally, meta)) {
    if (mode === 'all_or_nothing' && tally.failed) continue;
    for (const r of batch.records) records.push(r);
    for (const l of batch.lines) lines.push(l);
  }
  const out = finishImport(records, tally, mode, meta);
  return { ...out, lines: out.records.length > 0 ? lines : [] };
}

/**
 * Packs records and a tally into a `CsvImport`, emptying the records when the mode says so.
 * @example
 * return finishImport(records, tally, 'all_or_nothing', { delimiter: ',', unknown: [] });
 */
export function finishImport<T>(
  records: T[],
  tally: ImportTally,
  mode: CsvImportMode,
  meta: { delimiter: Delimiter; unknown: string[] },
): CsvImport<T> {
  const summary = tally.summary(mode);
  const keep = mode === 'skip_bad_rows' || !tally.failed;
  return {
    ok: summary.issues.length === 0,
    records: keep ? records : [],
    summary,
    file: tally.file,
    delimiter: meta.delimiter,
    unknownColumns: meta.unknown,
  };
}

/**
 * The stream every streaming reader returns: iterated once, its summary read from `tally`, the
 * lines of each batch it yielded remembered for `linesOf`. `start` runs at the first iteration.
 * @example
 * return onceStream(tally, (lines) => records(mapRows(source, options, tally), lines));
 */
export function onceStream<T>(
  tally: ImportTally,
  start: (lines: WeakMap<readonly T[], readonly number[]>) => AsyncIterable<T[]>,
): CsvStream<T> {
  const lines = new WeakMap<readonly T[], readonly number[]>();
  let used = false;
  return {
    file: tally.file,
    get summary() {
      return tally.summary('skip_bad_rows');
    },
    linesOf: (batch) => lines.get(batch),
    [Symbol.asyncIterator]() {
      if (used) throw new CadreError('invalid_argument', 'a CsvStream can be iterated only once');
      used = true;
      return start(lines)[Symbol.asyncIterator]();
    },
  };
}

async function* records<T>(
  batches: AsyncGenerator<{ records: T[]; lines: number[] }>,
  lines: WeakMap<readonly T[], readonly number[]>,
): AsyncGenerator<T[]> {
  for await (const batch of batches) {
    lines.set(batch.records, batch.lines);
    yield batch.records;
  }
}

// What the general path gives for a row whose issues went to the tally.
const REJECTED: unique symbol = Symbol('rejected');

/** A present column, resolved once per file: where its cell sits and where its value goes. */
interface Slot {
  column: CsvColumn;
  at: number;
  /** The field path split on dots; one part for a top-level field. */
  path: string[];
  /** Cell text → converted cell, while the column repeats itself; undefined once it does not. */
  seen: Map<string, CellResult> | undefined;
}

// Codes, dates, categories and amounts repeat down a file, so each column remembers what its
// texts converted to: a repeated cell costs one lookup and every record shares one string per
// distinct value. A column of mostly distinct texts (ids, names) stops remembering at this size.
const MAX_SEEN_CELLS = 4096;

function convertSeen(slot: Slot, raw: string, locale: CsvLocale): CellResult {
  const seen = slot.seen;
  if (seen === undefined) return convertCell(slot.column, raw, locale);
  let v = seen.get(raw);
  if (v === undefined) {
    if (seen.size >= MAX_SEEN_CELLS) {
      slot.seen = undefined;
      return convertCell(slot.column, raw, locale);
    }
    // A cell's text can be a slice of its whole chunk of the file: what is remembered is made
    // from a copy, so it never keeps a chunk alive after the rows that came from it.
    const own = raw.split('').join('');
    v = convertCell(slot.column, own, locale);
    seen.set(own, v);
  }
  return v;
}

/**
 * The row a `prepare` hook sees. Its functions are bound to the row, so a hook may take them
 * apart (`const { cell, site } = row`) as it could when the context was a plain object.
 */
class MappedRow implements RowContext {
  readonly cell: (column: string) => string | undefined;
  readonly site: (column: string) => IssueSite;

  constructor(
    readonly file: string,
    readonly line: number,
    row: readonly Cell[],
    header: HeaderMatch,
    cite: Cite | undefined,
  ) {
    this.cell = (column) => {
      const at = header.index.get(column);
      return at === undefined ? undefined : cellText(row[at]!).trim();
    };
    this.site = (column) => siteOf(header, file, line, column, cite);
  }
}

type Cite = ((place: number, column: number) => string) | undefined;

/**
 * The site of a column on a row: its header as written and, from a source that names cells its
 * own way, that name (`Sheet1!C12`).
 * @example
 * siteOf(header, 'actuals.csv', 12, 'value', undefined); // { file, line: 12, column: 'value', header: 'Giá trị' }
 */
export function siteOf(
  header: HeaderMatch,
  file: string,
  line: number,
  column: string,
  cite: Cite,
): IssueSite {
  const at = header.index.get(column);
  const site: IssueSite = {
    file,
    line,
    column,
    header: at === undefined ? undefined : header.headers[at],
  };
  if (cite && at !== undefined) site.at = cite(line, at);
  return site;
}

// Per row this runs once per present column, so cells are reached by index and fields by a path
// split once per file; a row's context and issue sites are only built when something needs them.
async function* mapRows<T>(
  source: CsvSource | TabularSource,
  options: ReadCsvOptions<T> & { batchSize?: number },
  tally: ImportTally,
  meta?: { delimiter: Delimiter; unknown: string[] },
): AsyncGenerator<{ records: T[]; lines: number[] }> {
  const { columns, schema, key, keyText, prepare } = options;
  const locale = resolveLocale(options.locale);
  const table = await openTable(source, columns, options, tally);
  if (meta) meta.delimiter = table.delimiter;
  const header = table.header;
  if (!header) return;
  if (meta) meta.unknown = header.unknown;
  const file = table.file;
  const slots: Slot[] = [];
  for (const column of columns) {
    const at = header.index.get(column.name);
    if (at === undefined) continue;
    const path = (column.field ?? column.name).split('.');
    // A list cell becomes an array each record owns, so it is converted afresh every time.
    const seen = column.type === 'list' ? undefined : new Map<string, CellResult>();
    slots.push({ column, at, path, seen });
  }
  const byField = new Map(columns.map((c) => [c.field ?? c.name, c]));
  const keyColumn = options.keyColumns?.join('+') ?? '*';
  const seen = new Map<string, number>();
  const batchSize = options.batchSize ?? 5000;
  const cite = table.cite;
  let out: T[] = [];
  let outLines: number[] = [];

  // The general path: cells by column type, `prepare`, then the schema; issues go to the tally.
  const mapRow = (row: Cell[], line: number): T | typeof REJECTED => {
    const input: Record<string, unknown> = {};
    let issues: Issue[] | undefined;
    for (const slot of slots) {
      const { column, at, path } = slot;
      const cell = row[at]!;
      const raw = typeof cell === 'string' ? cell.trim() : cellText(cell);
      const v =
        typeof cell !== 'string'
          ? convertTyped(column, cell, locale)
          : raw === ''
            ? undefined
            : convertSeen(slot, raw, locale);
      if (v?.ok) {
        if (path.length === 1) input[path[0]!] = v.value;
        else setPath(input, path, v.value);
      } else if (v !== undefined || column.required) {
        const code = v === undefined ? 'csv.required' : v.code;
        const input = typeof cell !== 'string' && cell.kind === 'formula' ? cell.formula : raw;
        const site = siteOf(header, file, line, column.name, cite);
        const issue = csvIssue(code, site, input, detail(column));
        if (issues) issues.push(issue);
        else issues = [issue];
      }
    }
    const context = !issues && prepare ? new MappedRow(file, line, row, header, cite) : undefined;
    if (context) issues = prepare!(input, context);
    if (issues && issues.length > 0) {
      for (const issue of issues) tally.add(issue);
      return REJECTED;
    }
    const parsed = schema.safeParse(input);
    if (parsed.success) return parsed.data;
    const at = context ?? new MappedRow(file, line, row, header, cite);
    const columnOf = (field: string) => {
      const c = closestColumn(byField, field);
      return c ? { ...at.site(c.name), input: at.cell(c.name) } : { column: '*' };
    };
    for (const si of parsed.error.issues) tally.add(schemaIssue(si, columnOf, file, line));
    return REJECTED;
  };

  for await (const batch of table.batches) {
    for (let i = 0; i < batch.rows.length; i++) {
      if (batch.skip.has(i)) continue;
      const row = batch.rows[i]!;
      const line = batch.lines[i]!;
      const record = mapRow(row, line);
      if (record === REJECTED) continue;
      if (key) {
        const k = key(record);
        const first = seen.get(k);
        if (first !== undefined) {
          const text = keyText ? keyText(record) : k;
          tally.add(
            csvIssue('csv.duplicate_key', { file, line, column: keyColumn }, text, {
              other: first,
            }),
          );
          continue;
        }
        seen.set(k, line);
      }
      tally.accepted++;
      out.push(record);
      outLines.push(line);
      if (out.length >= batchSize) {
        yield { records: out, lines: outLines };
        out = [];
        outLines = [];
      }
    }
  }
  if (out.length > 0) yield { records: out, lines: outLines };
  if (tally.read === 0 && !header.fatal) {
    tally.add(csvIssue('csv.no_rows', { file, line: 2, column: '*' }));
  }
}

function detail(column: CsvColumn) {
  return column.expected ? { expected: column.expected } : {};
}

function closestColumn(byField: Map<string, CsvColumn>, field: string): CsvColumn | undefined {
  for (let f = field; f.length > 0; f = f.slice(0, Math.max(0, f.lastIndexOf('.')))) {
    const c = byField.get(f);
    if (c) return c;
  }
  return undefined;
}

// Sets a dotted path (split) in a plain object, creating the objects on the way.
function setPath(target: Record<string, unknown>, parts: readonly string[], value: unknown): void {
  let at = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const k = parts[i]!;
    at[k] ??= {};
    at = at[k] as Record<string, unknown>;
  }
  at[parts[parts.length - 1]!] = value;
}
