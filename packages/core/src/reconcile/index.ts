export { checkReportedFigure, type ReportedFigure } from './check-reported-figure.js';
export {
  DEFAULT_NEAR_BAND,
  type IntRange,
  inferTargetInterval,
  inPercentRange,
  type PercentRange,
  percentRanges,
  type TargetInterval,
} from './infer-target-interval.js';
export {
  type PercentQualifier,
  parseReportedPercent,
  type ReportedPercent,
} from './parse-reported-percent.js';
