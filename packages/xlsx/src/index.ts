// Writing
export type {
  AttainmentWorkbookOptions,
  AttainmentWorkbookSection,
} from './write/attainment-workbook.js';
export { writeAttainmentWorkbook, XLSX_MEDIA_TYPE } from './write/attainment-workbook.js';
export type { ReportLabels } from './write/report-labels.js';
export { REPORT_LABELS } from './write/report-labels.js';
