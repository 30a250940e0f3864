import { renderTextTable } from '../../../output/text-table.js';
import { say } from '../../../run/text.js';
import type { ReportFormat } from './report-format.js';
import {
  accountingLines,
  programmeHeading,
  REPORT_ALIGN,
  reportCells,
  reportHeaders,
  roundLines,
  statusSummary,
} from './table-cells.js';

/** One plain-text table per programme, for the terminal. */
export const tableFormat: ReportFormat = {
  name: 'table',
  kind: 'text',
  machine: false,
  render(view) {
    const lines: string[] = [];
    for (const programme of view.programmes) {
      const entries = view.entries.filter((e) => e.programme === programme);
      if (lines.length > 0) lines.push('');
      const rounds = roundLines(view, programme);
      lines.push(programmeHeading(view, programme), ...rounds, '');
      if (entries.length === 0) {
        lines.push(say({ vi: '(không có dòng nào)', en: '(no rows)' }, view.lang));
      } else {
        const rows = entries.map((e) => reportCells(e, view.lang));
        lines.push(...renderTextTable(reportHeaders(view.lang), rows, REPORT_ALIGN));
        lines.push('', statusSummary(entries, view.lang));
      }
      const tally = view.json.accounting.find((a) => a.programme === programme.code);
      lines.push(...accountingLines(tally, view.lang));
    }
    return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
  },
};
