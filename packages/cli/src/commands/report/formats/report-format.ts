import type { Result } from '@cadre/core';
import type { ReportView } from '../report-view.js';

/**
 * One output format of `cadre report`. Adding a format (the narrative one, say) is one file
 * exporting a `ReportFormat` plus one line in `formats/index.ts`.
 */
export type ReportFormat = TextReportFormat | FileReportFormat;

interface FormatName {
  /** The value of `--format`. */
  name: string;
  /** Other values of `--format` that select it ("markdown" for "md"). */
  aliases?: readonly string[];
}

/** A format printed on stdout (or written to `--out`). */
export interface TextReportFormat extends FormatName {
  kind: 'text';
  /** True when the output is for programs: notices then go to stderr only. */
  machine: boolean;
  /** The whole output, ending with a newline. */
  render(view: ReportView): string;
}

/** A binary format (a workbook): written to the file `--out` names, never to a terminal. */
export interface FileReportFormat extends FormatName {
  kind: 'file';
  machine: true;
  /** The file's bytes, or the issues that keep it from being written. */
  write(view: ReportView): Promise<Result<Uint8Array>>;
}
