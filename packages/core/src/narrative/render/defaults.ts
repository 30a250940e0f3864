/**
 * The templates of a review paragraph, per language. Each is text with `{placeholders}` and
 * optional `[ … ]` groups (see `parseTemplate`); override any of them through
 * `renderNarrative`'s `template` option. An indicator's own `wording.vi` / `wording.en` replaces
 * `clause` (or `reductionClause`) for that indicator.
 */
export interface NarrativeTemplate {
  /** The opening sentence: {document} {issuer} {title} {code} {asOf} {period}. */
  opening: string;
  /** One clause per indicator with actuals: the row placeholders. */
  clause: string;
  /** The clause of a reduction indicator (tinh giản biên chế): the row placeholders. */
  reductionClause: string;
  /** The "Tuy nhiên" sentence: {items}, the groups below joined by "; ". */
  however: string;
  /** Group of indicators with nothing done yet: {names}. */
  notStarted: string;
  /** Group of indicators behind the pro-rata pace: {names}, each written with `behindItem`. */
  behind: string;
  /** Group of indicators not met but on pace: {names}, each written with `notMetItem`. */
  notMet: string;
  /** One indicator behind pace: the row placeholders. */
  behindItem: string;
  /** One indicator not met: the row placeholders. */
  notMetItem: string;
}

/** Placeholders of the opening sentence. */
export const OPENING_PLACEHOLDERS = ['document', 'issuer', 'title', 'code', 'asOf', 'period'];

/**
 * Placeholders of an indicator's clause (and of `behindItem`, `notMetItem`):
 * {name} indicator name; {unit} its unit; {actual} the actual; {target} the target (absent
 * without one); {percent} attainment under the rounding rule ("gần 70%"; absent without a
 * target); {phrase} the attainment phrase with the indicator's verb and basis ("đạt gần 70% KH";
 * "chưa thực hiện" when nothing was done; absent without a target; for a reduction, the
 * reduction phrase "giảm được 6.666 biên chế, đạt gần 8,1%"); {status} the status word;
 * {baseline} a reduction's baseline; {progress} a reduction's cut as a share of the baseline
 * ("gần 8,1%"); {expected} the elapsed share of the period ("65%"); {orgUnit} the org unit code;
 * {breakdown} the disaggregation ("level: master"; absent when none).
 */
export const ROW_PLACEHOLDERS = [
  'name',
  'unit',
  'actual',
  'target',
  'percent',
  'phrase',
  'status',
  'baseline',
  'progress',
  'expected',
  'orgUnit',
  'breakdown',
];

/** Which placeholders each template may use. */
export const NARRATIVE_PLACEHOLDERS: Record<keyof NarrativeTemplate, readonly string[]> = {
  opening: OPENING_PLACEHOLDERS,
  clause: ROW_PLACEHOLDERS,
  reductionClause: ROW_PLACEHOLDERS,
  however: ['items'],
  notStarted: ['names'],
  behind: ['names'],
  notMet: ['names'],
  behindItem: ROW_PLACEHOLDERS,
  notMetItem: ROW_PLACEHOLDERS,
};

/** The built-in templates: the shape of a Vietnamese review paragraph, and its English twin. */
export const DEFAULT_NARRATIVE_TEMPLATES: Record<'vi' | 'en', NarrativeTemplate> = {
  vi: {
    opening:
      'Thực hiện {document}[ của {issuer}][ về “{title}”], tính đến ngày {asOf}, kết quả như sau:',
    clause: '{name}: {actual} {unit}[, {phrase}]',
    reductionClause: '{name}: {phrase}',
    however: 'Tuy nhiên, {items}.',
    notStarted: 'chưa thực hiện: {names}',
    behind: 'chậm so với tiến độ: {names}',
    notMet: 'chưa đạt kế hoạch: {names}',
    behindItem: '{name} ({phrase}, thời gian đã qua {expected})',
    notMetItem: '{name} ({phrase})',
  },
  en: {
    opening: 'Implementing {document}[ of {issuer}][ on “{title}”], as of {asOf} the results are:',
    clause: '{name}: {actual} {unit}[, {phrase}]',
    reductionClause: '{name}: {phrase}',
    however: 'However, {items}.',
    notStarted: 'not started: {names}',
    behind: 'behind the pro-rata pace: {names}',
    notMet: 'not yet met: {names}',
    behindItem: '{name} ({phrase}, with {expected} of the period elapsed)',
    notMetItem: '{name} ({phrase})',
  },
};
