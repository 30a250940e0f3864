import type { ReportView } from '../report-view.js';

/**
 * One output format of `cadre report`. Adding a format (the narrative one, say) is one file
 * exporting a `ReportFormat` plus one line in `formats/index.ts`.
 */
export interface ReportFormat {
  /** The value of `--format`. */
  name: string;
  /** Other values of `--format` that select it ("markdown" for "md"). */
  aliases?: readonly string[];
  /** True when the output is for programs: notices then go to stderr only. */
  machine: boolean;
  /** The whole output, ending with a newline. */
  render(view: ReportView): string;
}
