export { readDataJson, readDataText } from './data-files.js';
export { formatCount, formatDate, formatRange } from './format-text.js';
export {
  loadProgramme,
  type ReportedFile,
  type ReportedLine,
  withInferredIntervals,
} from './load-programme.js';
export { renderAttainment, renderHeading } from './render-attainment.js';
export { renderReconciliation } from './render-reconciliation.js';
export { renderReview } from './render-review.js';
export { renderRotationPlan } from './render-rotation-plan.js';
export { listAll, type Review, runReview } from './run-review.js';
export { type CohortSpec, generateRecords, type SyntheticRecords } from './synthetic-records.js';
