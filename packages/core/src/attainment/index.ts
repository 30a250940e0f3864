export { type AggregateOptions, aggregateCells } from './aggregate-cells.js';
export { attainmentRows } from './attainment-rows.js';
export { type CellKey, cellKey, compareCells, disaggregationKey } from './cell-key.js';
export { type AttainmentInput, type Bands, computeAttainment } from './compute-attainment.js';
export {
  type BuildReportOptions,
  buildReport,
  computeReport,
  type ReportInput,
} from './compute-report.js';
export { addDecimalText, type DecimalLike, toDecimal } from './decimal-text.js';
export { compareIssues, type MergeOptions, type MergeResult, mergeCells } from './merge-cells.js';
export {
  createReportAccumulator,
  type ReportAccumulator,
  type ReportAccumulatorInput,
  type RowGroup,
} from './report-accumulator.js';
export {
  type ReportTargetsOptions,
  reportTargets,
  rollTargetsToCurrent,
} from './roll-targets.js';
export { intoPeriod, rollupToCurrent, rollupToParent, withoutBreakdown } from './rollup.js';
export {
  NOT_COUNTED_REASONS,
  type NotCountedReason,
  type NotCountedRows,
  type RowAccounting,
  RowTally,
} from './row-accounting.js';
export { selectTargets } from './select-targets.js';
export { targetCell } from './target-cell.js';
export * from './types.js';
