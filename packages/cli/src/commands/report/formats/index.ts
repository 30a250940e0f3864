import { csvFormat } from './csv.js';
import { jsonFormat } from './json.js';
import { markdownFormat } from './markdown.js';
import { narrativeFormat } from './narrative.js';
import type { ReportFormat } from './report-format.js';
import { tableFormat } from './table.js';
import { xlsxFormat } from './xlsx.js';

export type { ReportFormat } from './report-format.js';

/** The formats of `cadre report --format`; the first is the default. */
export const REPORT_FORMATS: readonly ReportFormat[] = [
  tableFormat,
  csvFormat,
  jsonFormat,
  markdownFormat,
  narrativeFormat,
  xlsxFormat,
];
