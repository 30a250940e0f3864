export type { Command, CommandContext } from './commands/command.js';
export { EXIT } from './commands/command.js';
export type { ReportFormat } from './commands/report/formats/index.js';
export {
  type ReportJson,
  type ReportJsonIssue,
  ReportJsonIssueSchema,
  type ReportJsonRound,
  ReportJsonRoundSchema,
  type ReportJsonRow,
  ReportJsonRowSchema,
  ReportJsonSchema,
} from './commands/report/report-json.js';
export type { ReportEntry, ReportView } from './commands/report/report-view.js';
export type { OutputStream, RunIO } from './run/io.js';
export { run } from './run/run.js';
