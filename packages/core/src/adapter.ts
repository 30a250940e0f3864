/**
 * `@cadre/core/adapter`: what a store or an adapter author needs and an embedding application
 * does not. Natural keys and canonical forms a store upserts by, the import batch preparer,
 * the store errors, round freezing and audit entries, the stage-1 helpers (cell keys, target
 * selection, row tallies, streaming accumulation) and `reportFromCellTotals`, the door into a
 * report from cell sums. Adapters import only this entry and the main one.
 * @module
 */
export { type AggregateOptions, aggregateCells } from './attainment/aggregate-cells.js';
export { type CellKey, cellKey, compareCells, disaggregationKey } from './attainment/cell-key.js';
export {
  createReportAccumulator,
  type ReportAccumulator,
  type ReportAccumulatorInput,
  type RowGroup,
} from './attainment/report-accumulator.js';
export { type ReportTargetsOptions, reportTargets } from './attainment/roll-targets.js';
export { RowTally } from './attainment/row-accounting.js';
export { selectTargets } from './attainment/select-targets.js';
export { targetCell } from './attainment/target-cell.js';
export { evaluatePredicate, type PredicateContext } from './categories/evaluate-predicate.js';
export { isoDateFault } from './dates/calendar-date.js';
export {
  DecimalStringSchema,
  DecimalTextSchema,
  LegalRefSchema,
  MAX_DECIMAL_DIGITS,
} from './programmes/schema.js';
export { describeZodIssues, formatIssuePath } from './result/describe-zod-issues.js';
export { issuesFromZod, parseWith } from './result/issue.js';
export {
  applyRoundTransition,
  roundStateOf,
  type TransitionOutcome,
} from './rounds/apply-transition.js';
export {
  type AuditEntryInput,
  auditMatches,
  auditWriteEntries,
  transitionAuditEntry,
  type WriteAttribution,
} from './rounds/audit.js';
export { frozenWriteIssues, type WriteTarget, writeTargets } from './rounds/frozen-writes.js';
export { FROZEN_STATES } from './rounds/schema.js';
export { RotationPurposeSchema, RuleKindSchema } from './rules/book/pack-schema.js';
export { duplicateKey, errorFromIssues, frozenPeriodError, notFound } from './store/errors.js';
export {
  canonicalDecimal,
  canonicalDisaggregation,
  canonicalObservationValue,
  compareKeys,
  headcountKey,
  type NaturalKey,
  normalizeNfcDeep,
  observationKey,
  targetKey,
} from './store/keys.js';
export type { SectionValues } from './store/prepare/parse-rows.js';
export {
  type ImportContext,
  type PreparedImport,
  type PreparedRow,
  type PreparedRows,
  prepareImportBatch,
} from './store/prepare/prepare-batch.js';
export { canonicalJson, rowKey } from './store/prepare/row-key.js';
export { type CellTotalsReportOptions, reportFromCellTotals } from './store/report-from-cells.js';
export { IMPORT_SECTIONS, type ImportSection, StoredTargetSchema } from './store/types.js';
export { STORE_WRITE_METHODS, type StoreWriteMethod } from './store/write-methods.js';
