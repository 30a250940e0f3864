import type { ReportFormat } from './report-format.js';

/** The stable JSON contract (see `ReportJsonSchema`), two-space indented. */
export const jsonFormat: ReportFormat = {
  name: 'json',
  kind: 'text',
  machine: true,
  render: (view) => `${JSON.stringify(view.json, null, 2)}\n`,
};
