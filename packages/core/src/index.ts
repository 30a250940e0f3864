/**
 * `@cadre/core`: what an application embedding cadre uses. Define programmes and org units,
 * compute reports (`computeReport` from observations), format figures in Vietnamese and
 * English, apply the rule packs, and run reporting rounds. Store and adapter authors find
 * their parts in `@cadre/core/adapter`.
 * @module
 */
export {
  type AttainmentInput,
  type Bands,
  computeAttainment,
} from './attainment/compute-attainment.js';
export { computeReport, type ReportInput } from './attainment/compute-report.js';
export { addDecimalText, type DecimalLike, toDecimal } from './attainment/decimal-text.js';
export {
  NOT_COUNTED_REASONS,
  type NotCountedReason,
  type NotCountedRows,
  type RowAccounting,
} from './attainment/row-accounting.js';
export {
  ATTAINMENT_STATUSES,
  type Attainment,
  type AttainmentReport,
  type AttainmentRow,
  type AttainmentStatus,
  type CellTotal,
  type Direction,
  type ReportFilter,
  type Rollup,
} from './attainment/types.js';
export { categorize, createCategorizer } from './categories/categorize.js';
export { isCommuneLevel } from './categories/commune-level.js';
export {
  type Category,
  type CategoryInput,
  CategorySchema,
  type EmploymentClass,
  type Person,
  type PersonInput,
  PersonSchema,
  type Predicate,
  PredicateSchema,
  type Sex,
} from './categories/schema.js';
export { STANDARD_CATEGORIES } from './categories/standard-categories.js';
export { validateCategories } from './categories/validate-categories.js';
export {
  addDaysIso,
  addMonthsIso,
  ageAt,
  compareDates,
  dateParts,
  daysBetween,
  daysInMonth,
  type IsoDate,
  IsoDateSchema,
  isIsoDate,
  isoDate,
  isRealDate,
  maxDate,
  minDate,
  monthsBetween,
  parseVnDate,
} from './dates/calendar-date.js';
export { formatDate } from './format/format-date.js';
export { formatNumber, type NumberLocale, parseLocaleNumber } from './format/format-number.js';
export {
  EXCESS_DECIMALS,
  formatPercent,
  roundPercent,
  type ShownPercent,
} from './format/format-percent.js';
export { notCountedLabel } from './format/not-counted-label.js';
export {
  attainmentPhrase,
  type PhraseOptions,
  reductionPhrase,
  statusLabel,
} from './format/phrases.js';
export { extractFigures } from './narrative/extract/extract-figures.js';
export type { ExtractedFigure, FigureKind, TextSpan } from './narrative/extract/types.js';
export { readViNumber } from './narrative/grammar/vi-number.js';
export {
  type Denominator,
  type FigureFlag,
  type FigureReconciliation,
  type ReconciledFigures,
  reconcileFigures,
} from './narrative/reconcile/reconcile-figures.js';
export { checkNarrativeTemplates } from './narrative/render/check-templates.js';
export {
  DEFAULT_NARRATIVE_TEMPLATES,
  NARRATIVE_PLACEHOLDERS,
  type NarrativeTemplate,
} from './narrative/render/defaults.js';
export { type NarrativeOptions, renderNarrative } from './narrative/render/render-narrative.js';
export { orgLevelLabel } from './org-units/level-label.js';
export { createLineage, type Lineage } from './org-units/lineage.js';
export { GEOGRAPHIC_LEVEL_RANK, localityOf } from './org-units/locality.js';
export { normalizeName, ORG_NAME_PREFIXES } from './org-units/normalize-name.js';
export { createOrgUnitIndex, isValidAt, type OrgUnitIndex } from './org-units/org-unit-index.js';
export {
  type OrgLevel,
  type OrgUnit,
  type OrgUnitInput,
  OrgUnitSchema,
  type SuccessorLink,
} from './org-units/schema.js';
export { validateOrgUnits } from './org-units/validate-org-units.js';
export {
  customPeriod,
  phasePeriod,
  quarterPeriod,
  termPeriod,
  yearPeriod,
} from './periods/constructors.js';
export {
  dayAfter,
  elapsedDays,
  elapsedShare,
  lastElapsedDay,
  type PeriodRange,
  periodContains,
  periodDays,
  periodIntersection,
  periodsOverlap,
  splitByYear,
} from './periods/operations.js';
export { parsePeriodText } from './periods/parse-period-text.js';
export { type Period, type PeriodInput, type PeriodKind, PeriodSchema } from './periods/schema.js';
export { defineProgramme } from './programmes/define-programme.js';
export { formatLegalRef, legalRefSymbol, parseLegalRef } from './programmes/legal-ref.js';
export { programmeCategories } from './programmes/programme-categories.js';
export {
  type Disaggregation,
  type Indicator,
  type IndicatorInput,
  type LegalRef,
  type LocalizedText,
  type Programme,
  type ProgrammeInput,
  ProgrammeSchema,
  type RuleOperator,
  type RuleTerm,
  type StatusBands,
  type Target,
  type TargetInput,
  TargetSchema,
  type ValidationRule,
  type ValidationRuleInput,
} from './programmes/schema.js';
export { checkReportedFigure, type ReportedFigure } from './reconcile/check-reported-figure.js';
export {
  DEFAULT_NEAR_BAND,
  type IntRange,
  inferTargetInterval,
  inPercentRange,
  type PercentRange,
  percentRanges,
  type TargetInterval,
} from './reconcile/infer-target-interval.js';
export {
  type PercentQualifier,
  parseReportedPercent,
  type ReportedPercent,
} from './reconcile/parse-reported-percent.js';
export type {
  DegreeLevel,
  RecordStatus,
  RefresherKind,
  TrainingMode,
} from './records/enums.js';
export { observationsFromRecords } from './records/observations-from-records.js';
export { type PersonRecords, readRecords, type ValidRecords } from './records/read-records.js';
export {
  type HeadcountSnapshot,
  HeadcountSnapshotSchema,
  type ImportSummary,
  type Observation,
  type ObservationInput,
  ObservationSchema,
  type RotationRecord,
  RotationRecordSchema,
  type TrainingRecord,
  TrainingRecordSchema,
} from './records/schema.js';
export type {
  IndicatorSource,
  IndicatorSourceInput,
  TrainingDimension,
  TrainingWhere,
} from './records/source-schema.js';
export { CadreError, type CadreErrorCode, isCadreError } from './result/error.js';
export { fail, type Issue, type IssuePath, issue, ok, type Result } from './result/issue.js';
export type { AuditAction, AuditEntry, AuditFilter } from './rounds/audit.js';
export { mayActOn } from './rounds/authority.js';
export { periodText, roundActionVi, roundStateVi } from './rounds/messages.js';
export { describeRoundProgress, type RoundProgress, roundProgress } from './rounds/progress.js';
export { type ReportRound, type ReportRoundsScope, reportRounds } from './rounds/report-rounds.js';
export {
  type Exemption,
  ROUND_LIMITS,
  type RoundAction,
  type RoundPeriod,
  type RoundRecord,
  type RoundState,
  RoundStateSchema,
  type RoundTransition,
  type RoundTransitionInput,
} from './rounds/schema.js';
export {
  type AgeSchedule,
  type EarlyRetirementPack,
  type EmploymentClassesPack,
  isPackOfKind,
  KNOWN_RULE_KINDS,
  type KnownRuleKind,
  type KnownRulePack,
  type OtherRulePack,
  type PackOfKind,
  type PerformanceEvaluationPack,
  type PerformanceGrade,
  type PlanningPack,
  type RefresherTrainingPack,
  type RetirementPack,
  type RotationDirection,
  type RotationPack,
  type RotationPurpose,
  type RuleKind,
  type RulePack,
  type RulePackInput,
  RulePackSchema,
  type StaffReductionPack,
  type StaffReductionRegimePack,
  type TrainingPostingPack,
} from './rules/book/pack-schema.js';
export { findProgrammeRuleGaps, type ProgrammeRuleSpan } from './rules/book/programme-rule-gaps.js';
export {
  builtInRuleBook,
  createRuleBook,
  packInForce,
  type RuleBook,
  type RuleBookOptions,
  validateRulePacks,
} from './rules/book/rule-book.js';
export {
  findRuleGaps,
  listRulesInForce,
  type RulePackSummary,
  type RulesInForceListing,
  rulesInForce,
  summarizeRulePack,
} from './rules/book/rules-in-force.js';
export {
  formatRuleReference,
  type Violation,
  type ViolationSeverity,
} from './rules/book/violation.js';
export {
  type EarlyRetirementCase,
  type EarlyRetirementOutcome,
  type EarlyRetirementRefusal,
  evaluateEarlyRetirement,
  MAX_EARLY_RETIREMENT_PERSONS,
} from './rules/early-retirement/evaluate-early-retirement.js';
export { BUILT_IN_RULE_PACKS } from './rules/packs/index.js';
export {
  checkExcellentCap,
  type ExcellentCapCheck,
  type ExcellentCapGroup,
  type GradedPerson,
} from './rules/performance/check-excellent-cap.js';
export {
  type ClassifyOptions,
  classifyPerformanceScore,
  gradeOf,
  type PerformanceClassification,
  readScore,
  type ScoreInput,
} from './rules/performance/classify-performance-score.js';
export {
  type AssignedProduct,
  averageScores,
  MAX_PERIODS_PER_YEAR,
  MAX_PRODUCTS_PER_PERIOD,
  scorePeriod,
  scoreTasks,
  type TaskScore,
} from './rules/performance/score-performance.js';
export {
  evaluatePlanningPool,
  type PlanningEntry,
  type PlanningPoolCheck,
  type PlanningPoolFigures,
  type PlanningPoolInput,
} from './rules/planning/evaluate-planning-pool.js';
export {
  evaluateRefresherCompliance,
  type RefresherCompliance,
  type RefresherComplianceInput,
  type RefresherComplianceRow,
} from './rules/refresher-training/evaluate-refresher-compliance.js';
export {
  computeRetirement,
  type RemainingWorkingTime,
  type RetirementFacts,
  type RetirementOptions,
  type RetirementSubject,
  remainingWorkingTime,
  retirementAge,
  retirementDate,
} from './rules/retirement/retirement.js';
export {
  classifyRotationDirection,
  ROTATION_DIRECTION_NAMES,
} from './rules/rotation/classify-direction.js';
export {
  evaluateRotation,
  type RotationCheck,
  type RotationCheckInput,
  type RotationContext,
} from './rules/rotation/evaluate-rotation.js';
export {
  evaluateRotationPlan,
  type RotationPlanCheck,
  type RotationPlanEntry,
} from './rules/rotation/evaluate-rotation-plan.js';
export {
  evaluateStaffReduction,
  type StaffReductionInput,
  type StaffReductionReport,
  type StaffReductionStatus,
} from './rules/staff-reduction/evaluate-staff-reduction.js';
export {
  checkPostingEligibility,
  computeTrainingRefund,
  type PostingCandidate,
  type PostingOptions,
  type RefundInput,
  serviceCommitmentMonths,
} from './rules/training-posting/training-posting.js';
export { createMemoryStore } from './store/memory/create-memory-store.js';
export type { CadreStore } from './store/port.js';
export type {
  AttainmentQuery,
  HeadcountSnapshotInput,
  ImportBatch,
  ImportMode,
  ImportOptions,
  ObservationFilter,
  Page,
  PageRequest,
  PersonRecordFilter,
  RecordFilter,
  RotationRecordInput,
  RoundFilter,
  StoredTarget,
  StoredTargetInput,
  TrainingRecordInput,
  WriteCounts,
} from './store/types.js';
export { checkRuleDefinitions } from './validation-rules/check-rule-definitions.js';
export { checkValidationRules, ruleHolds } from './validation-rules/check-validation-rules.js';
