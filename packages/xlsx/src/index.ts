// Writing

// The seam to the CSV readers, until the one tabular reader takes sheets directly
export type { BridgedSheet, BridgeOptions } from './bridge/sheet-to-csv.js';
export { bridgeSheetToCsv } from './bridge/sheet-to-csv.js';
// Filling an agency's form
export type { FillFormOptions, FormReport } from './form/fill-form.js';
export { fillForm } from './form/fill-form.js';
export type { FormMapping, ReportField, RowField } from './form/form-mapping.js';
export {
  FormMappingSchema,
  MAX_FORM_ROWS,
  REPORT_FIELDS,
  ROW_FIELDS,
} from './form/form-mapping.js';
export type { FigureContext } from './form/row-figures.js';
// Reading: a sheet as a source of typed rows
export { serialToIso } from './read/excel-serial.js';
export type { SheetHeader } from './read/find-header.js';
export { findHeader, HEADER_SEARCH_ROWS } from './read/find-header.js';
export type { OpenSheetOptions, SheetSource } from './read/open-sheet.js';
export { openSheet } from './read/open-sheet.js';
export type { SheetCell, SheetRow } from './read/sheet-cell.js';
export { cellSite, columnLetters } from './read/sheet-cell.js';
export { isTotalLabel, TOTAL_LABELS } from './read/total-rows.js';
export type { WorkbookIssueCode } from './read/workbook-issues.js';
export type { WorkbookKind } from './read/workbook-kind.js';
export { workbookKind } from './read/workbook-kind.js';
export type {
  AttainmentWorkbookOptions,
  AttainmentWorkbookSection,
} from './write/attainment-workbook.js';
export { writeAttainmentWorkbook, XLSX_MEDIA_TYPE } from './write/attainment-workbook.js';
export type { ReportLabels } from './write/report-labels.js';
export { REPORT_LABELS } from './write/report-labels.js';
