// Writing

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
