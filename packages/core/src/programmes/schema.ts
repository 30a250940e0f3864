import { z } from 'zod';
import { CategorySchema } from '../categories/schema.js';
import { IsoDateSchema } from '../dates/calendar-date.js';
import { PeriodSchema } from '../periods/schema.js';
import { IndicatorSourceSchema } from '../records/source-schema.js';

/**
 * Digits a decimal figure may hold, before and after the point together: no count or share a
 * programme states comes near it, and a figure past it would make every sum slow and huge.
 */
export const MAX_DECIMAL_DIGITS = 30;

const DECIMAL_TEXT = /^\d+(\.\d+)?$/;
const NOT_DECIMAL = { message: 'expected a non-negative decimal number', abort: true };
const TOO_MANY_DIGITS = {
  message: `expected a non-negative decimal number of at most ${MAX_DECIMAL_DIGITS} digits`,
};

function fewDigits(s: string): boolean {
  return s.length - (s.includes('.') ? 1 : 0) <= MAX_DECIMAL_DIGITS;
}

/** Non-negative decimal text ("41", "0.5") of at most `MAX_DECIMAL_DIGITS` digits. */
export const DecimalTextSchema = z
  .string()
  .refine((s) => DECIMAL_TEXT.test(s), NOT_DECIMAL)
  .refine(fewDigits, TOO_MANY_DIGITS);

/** A non-negative decimal written as text ("41", "82300", "0.5") or a finite number. Kept as text. */
export const DecimalStringSchema = z
  .union([z.string(), z.number()])
  .transform((v) => (typeof v === 'number' ? String(v) : v.trim()))
  .refine((s) => DECIMAL_TEXT.test(s), NOT_DECIMAL)
  .refine(fewDigits, TOO_MANY_DIGITS);

/** A vi/en pair of texts. Vietnamese is required; English falls back to Vietnamese when missing. */
export const LocalizedTextSchema = z.object({ vi: z.string().min(1), en: z.string().optional() });
/** A text in Vietnamese (`vi`, required) with an optional English alternative (`en`). */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * A legal reference: "12-CTr/TU ngày 9/5/2016" is number 12, type CTr, issuer TU, date 2016-05-09;
 * "106/QĐ-TTg" is number 106, type QĐ, issuer TTg.
 */
export const LegalRefSchema = z.object({
  number: z.string().min(1),
  type: z.string().min(1),
  issuer: z.string().min(1),
  date: IsoDateSchema.optional(),
  /** The text as written, for display. */
  raw: z.string().optional(),
  title: z.string().optional(),
  /** The period the document itself states, when it states one (checked against the programme's). */
  statedPeriod: z.object({ start: IsoDateSchema, end: IsoDateSchema }).optional(),
  /** Year inside the symbol, as in "135/2020/NĐ-CP". */
  year: z.number().int().min(1900).max(2999).optional(),
  /**
   * How the symbol is written: party "12-CTr/TU" (number-type/issuer), state "106/QĐ-TTg"
   * (number[/year]/type-issuer), legislative "80/2025/QH15" (number/year/legislature).
   * Inferred from the issuer when absent.
   */
  form: z.enum(['party', 'state', 'legislative']).optional(),
});
/** Căn cứ pháp lý: a structured legal reference (number, type, issuer, date), e.g. 12-CTr/TU ngày 9/5/2016. */
export type LegalRef = z.infer<typeof LegalRefSchema>;

/** count: people, classes, posts…; rate: a share against a baseline (staff reduction). */
export const MeasureSchema = z.enum(['count', 'rate']);
/** at_least: most targets; at_most: limits; reduction: a cut against a baseline. */
export const DirectionSchema = z.enum(['at_least', 'at_most', 'reduction']);
/** sum: flows such as people sent, summed over time; latest: stocks such as headcount. */
export const AggregationSchema = z.enum(['sum', 'latest']);

/**
 * How an indicator is measured and worded. `wording` holds phrase templates per language for
 * narrative reports; `basis` is the word the phrase uses for the plan ("chỉ tiêu" or "KH").
 */
export const IndicatorSchema = z.object({
  code: z.string().min(1),
  name: LocalizedTextSchema,
  measure: MeasureSchema.default('count'),
  direction: DirectionSchema.default('at_least'),
  aggregation: AggregationSchema.default('sum'),
  unit: LocalizedTextSchema.default({ vi: 'người', en: 'people' }),
  /** Verb of the attainment phrase: "đạt" or "bằng". */
  verb: z.enum(['đạt', 'bằng']).default('đạt'),
  /** The plan word in the phrase: "chỉ tiêu" or "KH". */
  basis: z.enum(['chỉ tiêu', 'KH', 'kế hoạch']).default('KH'),
  /** Phrase templates for narratives, per language, e.g. "cử {actual} {unit} đào tạo thạc sĩ". */
  wording: z.object({ vi: z.string().optional(), en: z.string().optional() }).default({}),
  /** Category code this indicator counts, when it counts people of one category. */
  category: z.string().optional(),
  /** Where actuals come from when they are derived from person-level records. */
  source: IndicatorSourceSchema.optional(),
});
/** Chỉ số: how one programme figure is measured, rolled up and worded, after parsing (defaults filled). */
export type Indicator = z.infer<typeof IndicatorSchema>;
/** An indicator as callers write it, before the programme schema fills the defaults. */
export type IndicatorInput = z.input<typeof IndicatorSchema>;

/** Free-form breakdown of a target or actual: category, course kind, sex… */
export const DisaggregationSchema = z.record(z.string(), z.string()).default({});
/** Phân tổ: a breakdown of a target or actual by key, e.g. `{ sector: 'health', course: 'master' }`. */
export type Disaggregation = Record<string, string>;

/**
 * A target (chỉ tiêu) per indicator × org unit × (sub)period × optional disaggregation.
 * `value` null means no target was set. For `reduction` indicators, `value` is the share of
 * `baseline` to cut, in percent ("10" = 10%).
 */
export const TargetSchema = z.object({
  indicator: z.string().min(1),
  orgUnit: z.string().min(1),
  period: z.object({ start: IsoDateSchema, end: IsoDateSchema }),
  value: DecimalStringSchema.nullable(),
  baseline: DecimalStringSchema.optional(),
  disaggregation: DisaggregationSchema,
  /** stated: from the plan document; inferred: reconstructed from reported percentages. */
  source: z.enum(['stated', 'inferred']).default('stated'),
  /** For inferred targets: the interval of integer targets consistent with the reports. */
  interval: z.object({ min: z.number().int(), max: z.number().int() }).optional(),
  note: z.string().optional(),
});
/** Chỉ tiêu (KH): one target value for an indicator × org unit × period × breakdown, after parsing. */
export type Target = z.infer<typeof TargetSchema>;
/** A target as callers write it, before {@link TargetSchema} fills the defaults. */
export type TargetInput = z.input<typeof TargetSchema>;

/**
 * Ratio thresholds (actual / target, as decimal text) that turn a ratio into a status.
 * Defaults: exceeded above 1, met at 1, not met below; actual 0 is "not started".
 */
export const StatusBandsSchema = z.object({
  exceededAbove: DecimalStringSchema.default('1'),
  metAtLeast: DecimalStringSchema.default('1'),
});
/** The ratio thresholds a programme sets for vượt (exceeded) and đạt (met). */
export type StatusBands = z.infer<typeof StatusBandsSchema>;

/** One term of a validation rule's side: an indicator's target cell, whole or one breakdown of it. */
export const RuleTermSchema = z.object({
  indicator: z.string().min(1),
  /** The cell's breakdown, exactly as its target states it; {} for the undivided cell. */
  breakdown: z.record(z.string(), z.string()).default({}),
});
/** A term of a validation rule, after parsing. */
export type RuleTerm = z.infer<typeof RuleTermSchema>;

/** How a rule compares its two sides. */
export const RuleOperatorSchema = z.enum(['<=', '<', '==', '>=', '>', '!=']);
/** The comparison of a validation rule: ≤, <, =, ≥, >, ≠. */
export type RuleOperator = z.infer<typeof RuleOperatorSchema>;

/**
 * A validation rule between figures (DHIS2's left side, operator, right side): each side sums
 * the actuals of its terms, and the comparison must hold at every unit and period where every
 * term has a report row. "30 + 117 + 4 ≤ 173": the master's trainees by field are at most all
 * master's trainees.
 */
export const ValidationRuleSchema = z.object({
  code: z.string().min(1),
  name: LocalizedTextSchema,
  left: z.array(RuleTermSchema).min(1),
  op: RuleOperatorSchema,
  right: z.array(RuleTermSchema).min(1),
});
/** Quy tắc kiểm tra: a validation rule between figures, after parsing. */
export type ValidationRule = z.infer<typeof ValidationRuleSchema>;
/** A validation rule as a programme's JSON writes it. */
export type ValidationRuleInput = z.input<typeof ValidationRuleSchema>;

/**
 * A programme definition (Chương trình / Đề án / Kế hoạch) as plain JSON data.
 * Validate with `defineProgramme`, which returns every issue with its path.
 */
export const ProgrammeSchema = z.object({
  code: z.string().min(1),
  kind: z.enum(['programme', 'project', 'plan', 'resolution', 'decision']).default('programme'),
  title: LocalizedTextSchema,
  /** Strings such as "12-CTr/TU ngày 9/5/2016" are parsed into legal references. */
  legalBasis: z.array(LegalRefSchema).default([]),
  issuer: LocalizedTextSchema.optional(),
  /** Org unit that owns the programme (the province, district…). */
  orgUnit: z.string().optional(),
  period: PeriodSchema,
  indicators: z.array(IndicatorSchema).min(1),
  targets: z.array(TargetSchema).default([]),
  statusBands: StatusBandsSchema.default({ exceededAbove: '1', metAtLeast: '1' }),
  /** Age under which a cadre counts as young for this programme (under 40 at province level, QĐ 50). */
  youthAge: z.number().int().positive().default(40),
  categories: z.array(CategorySchema).default([]),
  /** Rules between figures, checked in every report (see `checkValidationRules`). */
  validationRules: z.array(ValidationRuleSchema).optional(),
});
/** Chương trình / Đề án / Kế hoạch: a validated programme definition with its period, indicators and targets. */
export type Programme = z.infer<typeof ProgrammeSchema>;
/** A programme as callers write it (plain JSON), before {@link ProgrammeSchema} fills the defaults. */
export type ProgrammeInput = z.input<typeof ProgrammeSchema>;
