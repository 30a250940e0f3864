// Sources and parsing

// Actuals: one reader, for imports (observations) and reports (cell sums)
export type { ActualsOptions } from './actuals/actual-rows.js';
export type { ObservationCsvOptions } from './actuals/iterate-observations.js';
export { iterateObservations, readActualsCsv } from './actuals/iterate-observations.js';
export type { ActualsReport, ActualsReportOptions } from './actuals/report-from-actuals.js';
export { reportFromActualsCsv } from './actuals/report-from-actuals.js';
// Cells, headers, issues
export type { CsvLocale, CsvLocaleName } from './cells/locale.js';
export { CSV_LOCALES, resolveLocale } from './cells/locale.js';
export type { DateFault } from './cells/parse-date.js';
export { parseDateText } from './cells/parse-date.js';
export type { NumberCell, NumberFault } from './cells/parse-number.js';
export {
  countDigits,
  parseCount,
  parseNumberText,
  parseWholeNumber,
} from './cells/parse-number.js';
// Formats
export { ACTUAL_COLUMNS } from './formats/actual-columns.js';
export type { OrgUnitLookup, OrgUnitsOption } from './formats/org-unit-lookup.js';
export { orgUnitLookup } from './formats/org-unit-lookup.js';
export type { ProgrammesFromTargetsOptions } from './formats/programmes-from-targets.js';
export { programmesFromTargets } from './formats/programmes-from-targets.js';
export { readOrgUnitsCsv } from './formats/read-org-units.js';
export type { RecordCsvOptions } from './formats/read-records.js';
export {
  readHeadcountsCsv,
  readPersonsCsv,
  readRotationsCsv,
  readTrainingCsv,
} from './formats/read-records.js';
export type {
  IndicatorHint,
  QuickCsvOptions,
  TargetRecord,
  TargetsImport,
} from './formats/read-targets.js';
export { readTargetsCsv } from './formats/read-targets.js';
export {
  HEADCOUNT_COLUMNS,
  ORG_UNIT_COLUMNS,
  PERSON_COLUMNS,
  ROTATION_COLUMNS,
  TRAINING_COLUMNS,
} from './formats/record-columns.js';
export { TARGET_COLUMNS } from './formats/target-columns.js';
export type { ColumnName, HeaderMatch, MatchHeadersOptions } from './headers/match-headers.js';
export { headerKey, matchHeaders } from './headers/match-headers.js';
export type { CsvIssueCode, IssueDetail, IssueSite } from './issues/csv-issues.js';
export { csvIssue, describeSite, siteIssue } from './issues/csv-issues.js';
export {
  echoText,
  MAX_ECHO_CHARS,
  MAX_ISSUES,
  MAX_NUMBER_DIGITS,
  MAX_ROW_CHARS,
  MAX_TEXT_CELL_CHARS,
} from './limits/csv-limits.js';
export type { Delimiter } from './parse/detect-dialect.js';
export { DELIMITERS, detectDelimiter, detectNewline } from './parse/detect-dialect.js';
export type { ParseRowsOptions, RowBatch, RowFault } from './parse/parse-rows.js';
export { parseRows } from './parse/parse-rows.js';
// Generic reading
export type { CellType, CsvColumn } from './read/column-spec.js';
export { LIST_SEPARATOR } from './read/column-spec.js';
export { convertCell, convertTyped, unescapeFormula } from './read/convert-cell.js';
export type { CsvImportMode } from './read/import-tally.js';
export type { Table, TableBatch, TableOptions } from './read/open-table.js';
export type { CsvImport, CsvStream, ReadCsvOptions, RowContext } from './read/read-csv.js';
export { iterateCsv, readCsv } from './read/read-csv.js';
export type { RecordSchema, SchemaIssue } from './read/record-schema.js';
export type { CsvChunkStream, CsvSource, CsvText } from './source/csv-source.js';
export { openChunks, sourceName } from './source/csv-source.js';
export { decodeText } from './source/decode-text.js';
export type { Cell, CellRows, TabularSource, TypedCell } from './source/tabular-source.js';
export { cellText, isTabularSource } from './source/tabular-source.js';
// Writing
export { guardFormula, quoteCell } from './write/escape-cell.js';
export { formatDateText, formatDecimalText } from './write/format-number.js';
export type { WriteColumn, WriteCsvOptions, WriteKind } from './write/write-csv.js';
export { streamCsv, toCsv } from './write/write-csv.js';
export type { RecordWriteOptions } from './write/write-records.js';
export {
  writeHeadcountsCsv,
  writeObservationsCsv,
  writeOrgUnitsCsv,
  writePersonsCsv,
  writeRotationsCsv,
  writeTargetsCsv,
  writeTrainingCsv,
} from './write/write-records.js';
export type { AttainmentWriteOptions } from './write/write-reports.js';
export { STATUS_LABELS, writeAttainmentCsv, writeImportSummaryCsv } from './write/write-reports.js';
