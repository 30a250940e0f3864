import { renderMarkdownTable } from '../../../output/text-table.js';
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

/** One Markdown section per programme, to paste into a review document. */
export const markdownFormat: ReportFormat = {
  name: 'md',
  aliases: ['markdown'],
  kind: 'text',
  machine: false,
  render(view) {
    const lines: string[] = [];
    for (const programme of view.programmes) {
      const entries = view.entries.filter((e) => e.programme === programme);
      if (lines.length > 0) lines.push('');
      lines.push(`## ${programmeHeading(view, programme)}`, '');
      const rounds = roundLines(view, programme);
      if (rounds.length > 0) lines.push(...rounds.map((r) => `- ${r}`), '');
      const rows = entries.map((e) => reportCells(e, view.lang));
      lines.push(...renderMarkdownTable(reportHeaders(view.lang), rows, REPORT_ALIGN));
      lines.push('', statusSummary(entries, view.lang));
      const tally = view.json.accounting.find((a) => a.programme === programme.code);
      lines.push(...accountingLines(tally, view.lang));
    }
    return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
  },
};
