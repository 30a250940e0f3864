import { writeAttainmentWorkbook } from '@cadre/xlsx';
import { phraseOf } from '../report-view.js';
import type { FileReportFormat } from './report-format.js';

/**
 * The report as a workbook ready to print and sign (`@cadre/xlsx`): cadre's own layout, or with
 * `--template` the agency's form filled through its mapping.
 */
export const xlsxFormat: FileReportFormat = {
  name: 'xlsx',
  kind: 'file',
  machine: true,
  write: async (view) => {
    const { output } = view;
    return writeAttainmentWorkbook(
      view.sections.map((s) => ({ programme: s.programme, rows: s.report.rows })),
      {
        asOf: view.asOf,
        lang: view.lang,
        unitName: (code) => view.orgUnits?.get(code)?.name,
        phrase: (row, indicator) => phraseOf(row, indicator, view.lang),
        ...(output.issuer !== undefined && { issuer: output.issuer }),
        ...(output.place !== undefined && { place: output.place }),
      },
    );
  },
};
