import {
  type AttainmentRow,
  fail,
  type Indicator,
  type IsoDate,
  type Issue,
  ok,
  type Programme,
  type Result,
} from '@cadre/core';
import { issuesFromZod } from '@cadre/core/adapter';
import type ExcelJS from 'exceljs';
import { unreadable, workbookIssue } from '../read/workbook-issues.js';
import { workbookKind } from '../read/workbook-kind.js';
import { excelDate } from '../write/excel-values.js';
import { loadExcelJs } from '../write/load-exceljs.js';
import { type FormMapping, FormMappingSchema, type ReportField } from './form-mapping.js';
import { type FigureContext, rowFigure } from './row-figures.js';

/** The report a form is filled with. */
export interface FormReport {
  programme: Programme;
  rows: readonly AttainmentRow[];
  asOf: IsoDate;
  issuer?: string;
}

/** How the form is filled: the template's name for issues, names, phrases and language. */
export interface FillFormOptions extends Partial<FigureContext> {
  /** The template's file name, quoted in issues (default "form.xlsx"). */
  name?: string;
}

type Value = string | number | Date | null;

// exceljs's ValueType.Formula, without loading exceljs to read one constant.
const FORMULA_TYPE = 6;

function reportFigure(field: ReportField, report: FormReport, lang: 'vi' | 'en'): Value {
  switch (field) {
    case 'as_of':
      return excelDate(report.asOf);
    case 'programme':
      return report.programme.code;
    case 'programme_title':
      return report.programme.title[lang] ?? report.programme.title.vi;
    case 'issuer':
      return (
        report.issuer ?? report.programme.issuer?.[lang] ?? report.programme.issuer?.vi ?? null
      );
  }
}

/** Writes a value into a cell of the form, keeping its style; a formula or merged tail is an issue. */
function put(ws: ExcelJS.Worksheet, ref: string, value: Value, file: string, issues: Issue[]) {
  const cell = ws.getCell(ref);
  const site = `${ws.name}!${ref}`;
  if (cell.formula !== undefined || cell.type === FORMULA_TYPE) {
    issues.push(
      workbookIssue('form.formula_cell', file, site, {
        en: `the mapping writes into a cell holding the formula "=${cell.formula}"; the form's formulas are kept, map another cell`,
        vi: `ánh xạ ghi vào ô đang có công thức "=${cell.formula}"; công thức của biểu mẫu được giữ nguyên, hãy chọn ô khác`,
      }),
    );
    return;
  }
  if (cell.isMerged && cell.master.address !== cell.address) {
    issues.push(
      workbookIssue('form.merged_cell', file, site, {
        en: `the cell is inside a merged range that starts at ${cell.master.address}; map ${cell.master.address}`,
        vi: `ô nằm trong vùng gộp bắt đầu từ ${cell.master.address}; hãy ánh xạ vào ô ${cell.master.address}`,
      }),
    );
    return;
  }
  cell.value = value;
  // A date lands in a cell the form may have left as General: give it a date format.
  if (value instanceof Date && (cell.numFmt === undefined || cell.numFmt === 'General')) {
    cell.numFmt = 'dd/mm/yyyy';
  }
}

function fillCells(
  ws: ExcelJS.Worksheet,
  mapping: FormMapping,
  report: FormReport,
  context: FigureContext,
  indicators: Map<string, Indicator>,
  file: string,
  issues: Issue[],
) {
  for (const [ref, spec] of Object.entries(mapping.cells)) {
    if (typeof spec === 'string') {
      put(ws, ref, reportFigure(spec, report, context.lang), file, issues);
      continue;
    }
    const found = report.rows.filter(
      (r) => r.indicator === spec.indicator && r.orgUnit === spec.org_unit,
    );
    if (found.length !== 1) {
      const many = found.length > 1;
      issues.push(
        workbookIssue(
          many ? 'form.ambiguous_figure' : 'form.no_figure',
          file,
          `${ws.name}!${ref}`,
          {
            en: many
              ? `${found.length} report rows have indicator "${spec.indicator}" and unit "${spec.org_unit}" (several periods or breakdowns); expected one`
              : `no report row has indicator "${spec.indicator}" and unit "${spec.org_unit}"; expected one`,
            vi: many
              ? `có ${found.length} dòng báo cáo cùng chỉ tiêu "${spec.indicator}" và đơn vị "${spec.org_unit}" (nhiều kỳ hoặc nhiều nhóm); cần đúng một dòng`
              : `không có dòng báo cáo nào có chỉ tiêu "${spec.indicator}" và đơn vị "${spec.org_unit}"; cần đúng một dòng`,
          },
        ),
      );
      continue;
    }
    const row = found[0]!;
    put(
      ws,
      ref,
      rowFigure(spec.figure, row, indicators.get(row.indicator), 1, context),
      file,
      issues,
    );
  }
}

function fillRows(
  ws: ExcelJS.Worksheet,
  mapping: NonNullable<FormMapping['rows']>,
  report: FormReport,
  context: FigureContext,
  indicators: Map<string, Indicator>,
  file: string,
  issues: Issue[],
) {
  const rows = report.rows.filter(
    (r) => mapping.indicator === undefined || r.indicator === mapping.indicator,
  );
  const room = mapping.last - mapping.first + 1;
  if (rows.length > room) {
    issues.push(
      workbookIssue('form.too_many_rows', file, `${ws.name}!${mapping.first}:${mapping.last}`, {
        en: `the report has ${rows.length} rows and the form reserves ${room} (rows ${mapping.first}–${mapping.last}); add rows to the form and widen "rows" in the mapping`,
        vi: `báo cáo có ${rows.length} dòng, biểu mẫu chỉ dành ${room} dòng (dòng ${mapping.first}–${mapping.last}); hãy thêm dòng vào biểu mẫu và mở rộng "rows" trong ánh xạ`,
      }),
    );
    return;
  }
  rows.forEach((row, i) => {
    for (const [column, field] of Object.entries(mapping.columns)) {
      const value = rowFigure(field, row, indicators.get(row.indicator), i + 1, context);
      put(ws, `${column}${mapping.first + i}`, value, file, issues);
    }
  });
}

/**
 * Fills an agency's own form (a .xlsx template) with a report, as a mapping says (see
 * `FormMappingSchema` and docs/xlsx.md). Only mapped cells change: the form's layout, styles,
 * merged cells and formulas stay, and the workbook asks to be recalculated on opening so totals
 * built from formulas follow the figures. Any issue (a bad mapping, a mapped formula cell, more
 * rows than the form reserves) gives no workbook.
 * @example
 * const r = await fillForm(templateBytes, { rows: { first: 8, last: 20, columns: { B: 'org_unit_name', D: 'target' } } }, report);
 */
export async function fillForm(
  template: Uint8Array,
  mapping: unknown,
  report: FormReport,
  options: FillFormOptions = {},
): Promise<Result<Uint8Array>> {
  const file = options.name ?? 'form.xlsx';
  const parsed = FormMappingSchema.safeParse(mapping);
  if (!parsed.success) {
    return fail(issuesFromZod(parsed.error, ['mapping']));
  }
  const kind = workbookKind(template);
  if (kind !== 'zip') return fail([unreadable(file, kind)]);
  const { Workbook } = await loadExcelJs();
  const wb = new Workbook();
  try {
    await wb.xlsx.load(template as unknown as ExcelJS.Buffer);
  } catch (error) {
    return fail([unreadable(file, 'zip', (error as Error).message)]);
  }
  const name = parsed.data.sheet;
  const ws = name === undefined ? wb.worksheets[0] : wb.getWorksheet(name);
  if (ws === undefined) {
    const names = wb.worksheets.map((w) => `"${w.name}"`).join(', ');
    return fail([
      workbookIssue('xlsx.missing_sheet', file, name ?? null, {
        en: `the form has no sheet "${name}"; expected one of ${names}`,
        vi: `biểu mẫu không có trang tính "${name}"; cần một trong ${names}`,
      }),
    ]);
  }
  const context: FigureContext = {
    lang: options.lang ?? 'vi',
    unitName: options.unitName,
    phrase: options.phrase,
  };
  const indicators = new Map(report.programme.indicators.map((i) => [i.code, i]));
  const issues: Issue[] = [];
  fillCells(ws, parsed.data, report, context, indicators, file, issues);
  if (parsed.data.rows) fillRows(ws, parsed.data.rows, report, context, indicators, file, issues);
  if (issues.length > 0) return fail(issues);
  wb.calcProperties.fullCalcOnLoad = true;
  return ok(new Uint8Array(await wb.xlsx.writeBuffer()));
}
