import type { AttainmentRow, Indicator, IsoDate, Programme } from '@cadre/core';
import { statusLabel } from '@cadre/core';
import type ExcelJS from 'exceljs';
import { excelDate, excelNumber, sheetName, viDate } from './excel-values.js';
import { loadExcelJs } from './load-exceljs.js';
import { REPORT_LABELS, type ReportLabels } from './report-labels.js';

/** One programme's rows, as the core's `computeReport` or a store's `queryAttainment` gives them. */
export interface AttainmentWorkbookSection {
  programme: Programme;
  rows: readonly AttainmentRow[];
}

/** How the printed report is worded and who issues it. */
export interface AttainmentWorkbookOptions {
  /** Review date the figures are computed at. */
  asOf: IsoDate;
  /** 'vi' (default) or 'en'. */
  lang?: 'vi' | 'en';
  /** Issuing body, top left (default: the programme's `issuer`, else blank for the pen). */
  issuer?: string;
  /** Place in "…, ngày … tháng … năm …" (default "…", filled by hand when signing). */
  place?: string;
  /** Name of an org unit (default: its code). */
  unitName?: (code: string) => string | undefined;
  /** The attainment phrase of a row ("đạt 285% KH"); without it the column is left out. */
  phrase?: (row: AttainmentRow, indicator: Indicator | undefined) => string;
}

/** The media type of a .xlsx workbook, for HTTP answers. */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// Rows of the layout: title block 1–3, title 5–6, header 8, data from 9.
const HEADER_ROW = 8;
const COUNT_FORMAT = '#,##0';
const FRACTION_FORMAT = '#,##0.0##';
const PERCENT_FORMAT = '0.0%';
const DATE_FORMAT = 'dd/mm/yyyy';
const FONT = 'Times New Roman';

interface Column {
  header: string;
  width: number;
  value: (row: AttainmentRow, indicator: Indicator | undefined, no: number) => unknown;
  format?: (value: unknown) => string | undefined;
  align?: 'left' | 'center' | 'right';
}

const LINE_HEIGHT = 16;

// Lines a text takes in a column of `width` characters, with room for wider letters.
function linesOf(text: string, width: number): number {
  return Math.max(1, Math.ceil((text.length * 1.15) / Math.max(1, width - 1)));
}

function numberFormat(value: unknown): string | undefined {
  return typeof value === 'number' && !Number.isInteger(value) ? FRACTION_FORMAT : COUNT_FORMAT;
}

function columnsOf(
  rows: readonly AttainmentRow[],
  labels: ReportLabels,
  options: AttainmentWorkbookOptions,
): Column[] {
  const lang = options.lang ?? 'vi';
  const c = labels.columns;
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r.disaggregation)))].sort();
  const columns: Column[] = [
    { header: c.no, width: 6, value: (_, __, no) => no, align: 'center' },
    {
      header: c.indicator,
      width: 40,
      value: (r, i) => (i === undefined ? r.indicator : (i.name[lang] ?? i.name.vi)),
    },
    {
      header: c.orgUnit,
      width: 24,
      value: (r) => options.unitName?.(r.orgUnit) ?? r.orgUnit,
    },
    ...keys.map((k) => ({
      header: k,
      width: 14,
      value: (r: AttainmentRow) => r.disaggregation[k],
    })),
    {
      header: c.periodStart,
      width: 12,
      value: (r) => excelDate(r.period.start),
      format: () => DATE_FORMAT,
      align: 'center',
    },
    {
      header: c.periodEnd,
      width: 12,
      value: (r) => excelDate(r.period.end),
      format: () => DATE_FORMAT,
      align: 'center',
    },
    { header: c.target, width: 12, value: (r) => excelNumber(r.target), format: numberFormat },
    { header: c.actual, width: 12, value: (r) => excelNumber(r.actual), format: numberFormat },
    // The exact ratio, shown as a percentage: the cell computes on, the phrase column says the
    // house rounding ("gần 70%").
    {
      header: c.percent,
      width: 11,
      value: (r) => excelNumber(r.ratio),
      format: () => PERCENT_FORMAT,
    },
    { header: c.status, width: 15, value: (r) => statusLabel(r.status, lang), align: 'center' },
  ];
  const phrase = options.phrase;
  if (phrase) columns.push({ header: c.phrase, width: 30, value: (r, i) => phrase(r, i) });
  return columns;
}

function merged(ws: ExcelJS.Worksheet, range: string, value: string, font: Partial<ExcelJS.Font>) {
  ws.mergeCells(range);
  const cell = ws.getCell(range.split(':')[0]!);
  cell.value = value;
  cell.font = { name: FONT, size: 12, ...font };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

function colName(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

function addSheet(
  wb: ExcelJS.Workbook,
  section: AttainmentWorkbookSection,
  options: AttainmentWorkbookOptions,
  used: Set<string>,
) {
  const lang = options.lang ?? 'vi';
  const labels = REPORT_LABELS[lang];
  const columns = columnsOf(section.rows, labels, options);
  const last = colName(columns.length);
  let name = sheetName(section.programme.code);
  for (let n = 2; used.has(name.toLowerCase()); n++)
    name = sheetName(`${section.programme.code} (${n})`);
  used.add(name.toLowerCase());
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, topLeftCell: `A${HEADER_ROW + 1}` }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
    headerFooter: { oddFooter: lang === 'vi' ? 'Trang &P/&N' : 'Page &P/&N' },
  });
  ws.columns = columns.map((c) => ({ width: c.width }));
  // Title block: issuing body left, national motto right (Nghị định 30/2020/NĐ-CP layout).
  const split = Math.max(3, Math.floor(columns.length / 2) - 1);
  const right = `${colName(split + 1)}`;
  const issuer =
    options.issuer ?? section.programme.issuer?.[lang] ?? section.programme.issuer?.vi ?? '';
  merged(ws, `A1:${colName(split)}1`, issuer.toUpperCase(), { bold: true });
  merged(ws, `${right}1:${last}1`, labels.motto[0], { bold: true });
  merged(ws, `${right}2:${last}2`, labels.motto[1], { bold: true, underline: true });
  merged(ws, `${right}3:${last}3`, labels.dateLine(options.place ?? '…'), { italic: true });
  const title = section.programme.title[lang] ?? section.programme.title.vi;
  merged(ws, `A5:${last}5`, `${labels.title}\n${title}`, { bold: true, size: 14 });
  ws.getRow(5).height = 40;
  merged(ws, `A6:${last}6`, labels.asOf(viDate(options.asOf)), { italic: true });
  const header = ws.getRow(HEADER_ROW);
  header.values = columns.map((c) => c.header);
  header.height = 30;
  const border: Partial<ExcelJS.Borders> = {
    top: { style: 'thin' },
    left: { style: 'thin' },
    bottom: { style: 'thin' },
    right: { style: 'thin' },
  };
  header.eachCell((cell) => {
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = border;
  });
  const indicators = new Map(section.programme.indicators.map((i) => [i.code, i]));
  section.rows.forEach((row, at) => {
    const indicator = indicators.get(row.indicator);
    const excelRow = ws.getRow(HEADER_ROW + 1 + at);
    let lines = 1;
    columns.forEach((c, k) => {
      const cell = excelRow.getCell(k + 1);
      const value = c.value(row, indicator, at + 1);
      cell.value = (value ?? null) as ExcelJS.CellValue;
      const format = c.format?.(value);
      if (format !== undefined && value !== null) cell.numFmt = format;
      cell.font = { name: FONT, size: 12 };
      cell.alignment = {
        vertical: 'middle',
        wrapText: true,
        ...(c.align && { horizontal: c.align }),
      };
      cell.border = border;
      if (typeof value === 'string') lines = Math.max(lines, linesOf(value, c.width));
    });
    // Spreadsheets do not grow a row for wrapped text when printing; size it here.
    excelRow.height = LINE_HEIGHT * lines;
  });
  // Signature block two rows under the table: who prepared it left, the head of agency right.
  const sign = HEADER_ROW + section.rows.length + 3;
  const [prepared, head] = labels.signatures;
  merged(ws, `A${sign}:${colName(split)}${sign}`, prepared.role, { bold: true });
  merged(ws, `A${sign + 1}:${colName(split)}${sign + 1}`, prepared.note, { italic: true });
  merged(ws, `${right}${sign}:${last}${sign}`, head.role, { bold: true });
  merged(ws, `${right}${sign + 1}:${last}${sign + 1}`, head.note, { italic: true });
}

/**
 * The attainment report as a workbook ready to print and sign: one sheet per programme with the
 * administrative title block (issuing body, national motto, "…, ngày … tháng … năm …"), the
 * title, a frozen header repeated on every printed page, targets and actuals as numeric cells
 * (`#,##0`), attainment as a ratio shown `0.0%`, dates as date cells, A4 landscape fitted to the
 * page width, and a signature block. Vietnamese by default, English with `lang: 'en'`.
 * @example
 * const bytes = await writeAttainmentWorkbook([{ programme, rows: report.rows }], { asOf: '2019-05-20' });
 */
export async function writeAttainmentWorkbook(
  sections: readonly AttainmentWorkbookSection[],
  options: AttainmentWorkbookOptions,
): Promise<Uint8Array> {
  const { Workbook } = await loadExcelJs();
  const wb = new Workbook();
  wb.creator = 'cadre';
  // A fixed date keeps the bytes of the same report the same (and ETags stable).
  wb.created = excelDate(options.asOf);
  wb.modified = wb.created;
  const used = new Set<string>();
  for (const section of sections) addSheet(wb, section, options, used);
  if (sections.length === 0)
    wb.addWorksheet(REPORT_LABELS[options.lang ?? 'vi'].title.slice(0, 31));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
