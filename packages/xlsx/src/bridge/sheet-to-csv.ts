// THE SEAM. Until cadre's one tabular reader takes a sheet source directly, a workbook reaches
// the CSV readers as canonical CSV written from its typed cells. When that reader lands, this
// folder goes: the reader consumes `openSheet(...).rows()` itself (numbers as doubles, dates as
// days, text by locale) and cites cells with `cellSite`. Nothing outside this folder depends on
// CSV text made from a sheet.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fail, type Issue, ok, type Result, toDecimal } from '@cadre/core';
import {
  type CsvColumn,
  type CsvLocaleName,
  formatDateText,
  formatDecimalText,
  parseNumberText,
  quoteCell,
  resolveLocale,
} from '@cadre/csv';
import { findHeader, type SheetHeader } from '../read/find-header.js';
import { openSheet } from '../read/open-sheet.js';
import { cellSite, type SheetCell, type SheetRow } from '../read/sheet-cell.js';
import { isTotalLabel } from '../read/total-rows.js';
import { workbookIssue } from '../read/workbook-issues.js';
import { siteIssues } from './site-issues.js';

/** How a sheet is bridged: the formats it may hold, the caller's locale, the sheet to read. */
export interface BridgeOptions {
  /** Column specs the header may match (`TARGET_COLUMNS`, `ACTUAL_COLUMNS`, …), tried in order. */
  columns: readonly (readonly CsvColumn[])[];
  /** The locale text cells are written in; number and date cells are written to match it. */
  locale?: CsvLocaleName;
  sheet?: string;
  file?: string;
  /** Cell issues kept before the rest are counted (default 1,000). */
  maxIssues?: number;
}

/** A sheet as a CSV file the current readers take, with the way back from CSV lines to cells. */
export interface BridgedSheet {
  /** The CSV file: named like the workbook, so the readers' messages quote the workbook. */
  path: string;
  file: string;
  sheet: string;
  header: SheetHeader;
  /** Issues the sheet itself raised: formulas without values, error cells, totals that differ. */
  issues: Issue[];
  /** Sheet rows read below the header (blank rows not counted), totals included. */
  rowsRead: number;
  /** Total rows checked and left out of the CSV. */
  totals: number;
  /** Moves issues of the CSV readers from CSV lines to sheet cells (`Sheet1!C12`). */
  resite(issues: readonly Issue[]): Issue[];
  /** Removes the CSV file. */
  dispose(): Promise<void>;
}

const NUMERIC = new Set(['decimal', 'integer', 'percent']);

function plainNumber(value: number): string {
  return toDecimal(String(value)).toFixed();
}

// A cell as the text the CSV readers accept in `locale`; undefined when the cell cannot be.
function cellCsvText(
  cell: SheetCell,
  locale: ReturnType<typeof resolveLocale>,
): string | undefined {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return cell.text;
    case 'number':
      return formatDecimalText(plainNumber(cell.value), locale);
    case 'date':
      return formatDateText(cell.iso, locale, true);
    case 'boolean':
      return cell.value ? 'true' : 'false';
    default:
      return undefined;
  }
}

function cellIssue(cell: SheetCell, file: string, site: string): Issue | undefined {
  if (cell.kind === 'formula_without_value') {
    return workbookIssue(
      'xlsx.formula_without_value',
      file,
      site,
      {
        en: `the formula "=${cell.formula}" was saved without its value; open the file in Excel or LibreOffice, let it calculate and save it again`,
        vi: `công thức "=${cell.formula}" được lưu mà không có giá trị; hãy mở tệp bằng Excel hoặc LibreOffice để tính rồi lưu lại`,
      },
      `=${cell.formula}`,
    );
  }
  if (cell.kind === 'error') {
    return workbookIssue(
      'xlsx.error_value',
      file,
      site,
      {
        en: `the cell holds the error ${cell.error}; expected a value`,
        vi: `ô chứa lỗi ${cell.error}; cần một giá trị`,
      },
      cell.error,
    );
  }
  if (cell.kind === 'bad_date') {
    return workbookIssue(
      'xlsx.error_value',
      file,
      site,
      {
        en: `the date cell holds day ${cell.serial}, which is no calendar day (Excel's 29/02/1900 does not exist); expected a date`,
        vi: `ô ngày chứa số ngày ${cell.serial}, không phải ngày có thật (ngày 29/02/1900 của Excel không tồn tại); cần một ngày`,
      },
      String(cell.serial),
    );
  }
  return undefined;
}

/** Running sums of the numeric columns since the last total row, and over all data rows. */
class Totals {
  private since = new Map<number, ReturnType<typeof toDecimal>>();
  private all = new Map<number, ReturnType<typeof toDecimal>>();
  constructor(
    private readonly columns: number[],
    private readonly locale: ReturnType<typeof resolveLocale>,
  ) {}

  value(cell: SheetCell | undefined) {
    if (cell === undefined || cell.kind === 'empty') return toDecimal('0');
    if (cell.kind === 'number') return toDecimal(String(cell.value));
    if (cell.kind === 'text') {
      const n = parseNumberText(cell.text, this.locale);
      return n.ok ? toDecimal(n.text) : undefined;
    }
    return undefined;
  }

  add(cells: readonly SheetCell[]) {
    for (const c of this.columns) {
      const v = this.value(cells[c]);
      if (v === undefined) continue;
      this.since.set(c, (this.since.get(c) ?? toDecimal('0')).plus(v));
      this.all.set(c, (this.all.get(c) ?? toDecimal('0')).plus(v));
    }
  }

  // A subtotal sums the rows since the last total; a grand total may sum every row above.
  check(row: SheetRow, sheet: string, file: string, headers: string[]): Issue[] {
    const issues: Issue[] = [];
    for (const c of this.columns) {
      const shown = this.value(row.cells[c]);
      if (shown === undefined || row.cells[c]?.kind === 'empty') continue;
      const since = this.since.get(c) ?? toDecimal('0');
      const all = this.all.get(c) ?? toDecimal('0');
      if (shown.equals(since) || shown.equals(all)) continue;
      issues.push(
        workbookIssue(
          'xlsx.total_mismatch',
          file,
          cellSite(sheet, row.row, c + 1),
          {
            en: `the total row shows ${shown.toFixed()} for "${headers[c]}", but the rows above sum to ${since.toFixed()}; correct the total or the rows (the total row is not imported)`,
            vi: `dòng tổng ghi ${shown.toFixed()} ở cột "${headers[c]}", nhưng các dòng phía trên cộng lại được ${since.toFixed()}; hãy sửa dòng tổng hoặc các dòng (dòng tổng không được nhập)`,
          },
          shown.toFixed(),
        ),
      );
    }
    this.since.clear();
    return issues;
  }
}

/** Sheet row of each CSV line, packed: a million rows take 4 MB, not a million boxed numbers. */
class RowNumbers {
  private data = new Int32Array(1 << 12);
  length = 0;
  push(row: number) {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = row;
  }
  at(index: number): number | undefined {
    return index >= 0 && index < this.length ? this.data[index] : undefined;
  }
}

function csvLine(cells: readonly string[]): string {
  return cells.map((c) => quoteCell(c, ',')).join(',');
}

/**
 * Bridges one sheet of an .xlsx workbook to a CSV file the current CSV readers take (see the
 * note at the top of this file: this is the seam the one tabular reader replaces). The header
 * is found under a title block; total rows ("Tổng cộng", "Cộng", "Tổng số" in the unit column)
 * are checked against the rows they sum and left out; number cells are written as exact decimal
 * text and date cells as dates, both in the caller's locale; text cells pass as written, to be
 * parsed by locale. A row holding a formula without a cached value, an error or an impossible
 * date is an issue and stays out of the CSV. Streams: the sheet is never held whole.
 * @example
 * const r = await bridgeSheetToCsv('targets.xlsx', { columns: [TARGET_COLUMNS] });
 * if (r.ok) { const t = await readTargetsCsv(r.value.path); r.value.resite(t.summary.issues); }
 */
export async function bridgeSheetToCsv(
  source: string | Uint8Array,
  options: BridgeOptions,
): Promise<Result<BridgedSheet>> {
  const opened = await openSheet(source, {
    ...(options.sheet !== undefined && { sheet: options.sheet }),
    ...(options.file !== undefined && { file: options.file }),
  });
  if (!opened.ok) return opened;
  const { file, sheet } = opened.value;
  const locale = resolveLocale(options.locale ?? 'plain');
  const maxIssues = options.maxIssues ?? 1000;
  const dir = await mkdtemp(join(tmpdir(), 'cadre-xlsx-'));
  const path = join(dir, file);
  const out = createWriteStream(path, { encoding: 'utf8' });
  const lineRows = new RowNumbers();
  const issues: Issue[] = [];
  let more = 0;
  const note = (i: Issue) => (issues.length < maxIssues ? issues.push(i) : more++);
  let header: SheetHeader | undefined;
  const early: SheetRow[] = [];
  let totals: Totals | undefined;
  let unitColumn = -1;
  let rowsRead = 0;
  let totalRows = 0;
  let pending = '';
  const write = async (line: string) => {
    pending += `${line}\n`;
    if (pending.length >= 1 << 16) {
      if (!out.write(pending)) await new Promise<void>((r) => out.once('drain', () => r()));
      pending = '';
    }
  };
  const start = async (h: SheetHeader) => {
    header = h;
    const spec = options.columns[h.spec]!;
    unitColumn = h.match.index.get('org_unit') ?? -1;
    const numeric = spec
      .filter((c) => NUMERIC.has(c.type ?? 'text'))
      .map((c) => h.match.index.get(c.name));
    totals = new Totals(
      numeric.filter((i): i is number => i !== undefined),
      locale,
    );
    await write(csvLine(h.texts));
    lineRows.push(h.row);
  };
  const take = async (row: SheetRow) => {
    if (row.cells.every((c) => c.kind === 'empty')) return;
    rowsRead++;
    const unit = row.cells[unitColumn];
    if (unit?.kind === 'text' && isTotalLabel(unit.text)) {
      totalRows++;
      for (const i of totals!.check(row, sheet, file, header!.texts)) note(i);
      return;
    }
    const texts: string[] = [];
    let bad = false;
    for (let c = 0; c < Math.max(row.cells.length, header!.texts.length); c++) {
      const cell = row.cells[c] ?? { kind: 'empty' as const };
      const text = cellCsvText(cell, locale);
      if (text === undefined) {
        bad = true;
        note(cellIssue(cell, file, cellSite(sheet, row.row, c + 1))!);
      } else texts.push(text);
    }
    if (bad) return;
    totals!.add(row.cells);
    await write(csvLine(texts.slice(0, Math.max(header!.texts.length, texts.length))));
    lineRows.push(row.row);
  };
  try {
    for await (const row of opened.value.rows()) {
      if (header !== undefined) {
        await take(row);
        continue;
      }
      early.push(row);
      if (row.row < 30 && early.length < 30) continue;
      const h = findHeader(early, options.columns, file);
      if (h === undefined) break;
      await start(h);
      for (const r of early) if (r.row > h.row) await take(r);
    }
    if (header === undefined) {
      const h = findHeader(early, options.columns, file);
      if (h !== undefined) {
        await start(h);
        for (const r of early) if (r.row > h.row) await take(r);
      }
    }
    out.end(pending);
    await new Promise<void>((resolve, reject) => {
      out.on('finish', resolve);
      out.on('error', reject);
    });
  } catch (error) {
    out.destroy();
    await rm(dir, { recursive: true, force: true });
    return fail([
      workbookIssue('xlsx.unreadable', file, sheet, {
        en: `the sheet could not be read to the end (${(error as Error).message}); open the file in Excel or LibreOffice and save it again`,
        vi: `không đọc được hết trang tính (${(error as Error).message}); hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại`,
      }),
    ]);
  }
  if (header === undefined) {
    await rm(dir, { recursive: true, force: true });
    return fail([
      workbookIssue('xlsx.no_header', file, sheet, {
        en: 'no row among the first 30 holds the known column headers (e.g. "Đơn vị", "Kế hoạch" or "org_unit", "target"); expected a header row under the title block',
        vi: 'không dòng nào trong 30 dòng đầu có tiêu đề cột đã biết (ví dụ "Đơn vị", "Kế hoạch" hoặc "org_unit", "target"); cần một dòng tiêu đề dưới phần tiêu đề văn bản',
      }),
    ]);
  }
  if (more > 0) {
    issues.push(
      workbookIssue('xlsx.too_large', file, sheet, {
        en: `${more} more cell issues were found and not listed`,
        vi: `còn ${more} lỗi ô khác không được liệt kê`,
      }),
    );
  }
  const h = header;
  return ok({
    path,
    file,
    sheet,
    header: h,
    issues,
    rowsRead,
    totals: totalRows,
    resite: (found) => siteIssues(found, { file, sheet, header: h, lineRows }),
    dispose: () => rm(dir, { recursive: true, force: true }),
  });
}
