import { ok } from '@cadre/core';
import { fillForm, writeAttainmentWorkbook } from '@cadre/xlsx';
import { usageError } from '../../../run/usage-error.js';
import { phraseOf } from '../report-view.js';
import type { FileReportFormat } from './report-format.js';

/**
 * The report as a workbook ready to print and sign (`@cadre/xlsx`): cadre's own layout, or with
 * `--template` the agency's form filled through its mapping (one programme per form).
 */
export const xlsxFormat: FileReportFormat = {
  name: 'xlsx',
  kind: 'file',
  machine: true,
  write: async (view) => {
    const { output } = view;
    const context = {
      lang: view.lang,
      unitName: (code: string) => view.orgUnits?.get(code)?.name,
      phrase: (row: Parameters<typeof phraseOf>[0], indicator: Parameters<typeof phraseOf>[1]) =>
        phraseOf(row, indicator, view.lang),
    };
    const { template } = output;
    if (template !== undefined) {
      if (view.sections.length !== 1) {
        throw usageError(
          {
            vi: `--template điền một chương trình mỗi biểu; báo cáo có ${view.sections.length} chương trình (dùng --db với một --programme)`,
            en: `--template fills one programme per form; the report has ${view.sections.length} (use --db with one --programme)`,
          },
          ['--template'],
        );
      }
      const { programme, report } = view.sections[0]!;
      return fillForm(
        template.bytes,
        template.mapping,
        {
          programme,
          rows: report.rows,
          asOf: view.asOf,
          ...(output.issuer !== undefined && { issuer: output.issuer }),
        },
        { ...context, name: template.name },
      );
    }
    const bytes = await writeAttainmentWorkbook(
      view.sections.map((s) => ({ programme: s.programme, rows: s.report.rows })),
      {
        asOf: view.asOf,
        ...context,
        ...(output.issuer !== undefined && { issuer: output.issuer }),
        ...(output.place !== undefined && { place: output.place }),
      },
    );
    return ok(bytes);
  },
};
