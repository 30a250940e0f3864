export * from './extract/extract-figures.js';
export type * from './extract/types.js';
export {
  type NumberToken,
  readViNumber,
  scanViNumbers,
  VI_NUMBER_SOURCE,
} from './grammar/vi-number.js';
export {
  type Denominator,
  type FigureFlag,
  type FigureReconciliation,
  type ReconciledFigures,
  reconcileFigures,
} from './reconcile/reconcile-figures.js';
export { checkNarrativeTemplates } from './render/check-templates.js';
export {
  DEFAULT_NARRATIVE_TEMPLATES,
  NARRATIVE_PLACEHOLDERS,
  type NarrativeTemplate,
} from './render/defaults.js';
export { type NarrativeOptions, renderNarrative } from './render/render-narrative.js';
