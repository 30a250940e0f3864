import { renderNarrative } from '@cadre/core';
import { issueMessage } from '../../../issues/file-issue.js';
import type { ReportFormat } from './report-format.js';

/**
 * The review paragraph of each programme, written by the core's `renderNarrative`: the opening
 * with the legal basis, one clause per indicator, then "Tuy nhiên" for what is behind.
 */
export const narrativeFormat: ReportFormat = {
  name: 'narrative',
  kind: 'text',
  machine: false,
  render(view) {
    const paragraphs = view.sections.map(({ programme, report }) => {
      const r = renderNarrative(report, { programme, lang: view.lang, asOf: view.asOf });
      return r.ok
        ? r.value
        : r.issues.map((i) => `${issueMessage(i, view.lang)} [${i.code}]`).join('\n');
    });
    return paragraphs.length === 0 ? '' : `${paragraphs.join('\n\n')}\n`;
  },
};
