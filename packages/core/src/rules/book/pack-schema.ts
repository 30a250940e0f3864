import { z } from 'zod';
import { IsoDateSchema } from '../../dates/calendar-date.js';
import { DecimalStringSchema, LegalRefSchema } from '../../programmes/schema.js';

/** The kinds whose params cadre knows and validates; any other kind is accepted as plain data. */
export const KNOWN_RULE_KINDS = [
  'retirement',
  'rotation',
  'planning',
  'staff_reduction',
  'staff_reduction_regime',
  'refresher_training',
  'training_posting',
  'performance_evaluation',
  'early_retirement',
  'employment_classes',
] as const;
/** One of {@link KNOWN_RULE_KINDS}. */
export type KnownRuleKind = (typeof KNOWN_RULE_KINDS)[number];

/** Longest rule kind accepted, in characters: kinds are codes, not prose. */
export const RULE_KIND_MAX_LENGTH = 64;

/**
 * A rule kind: snake_case text. The list is open, so a province can carry a rule of its own kind
 * (with params cadre does not interpret) without a new release.
 */
export const RuleKindSchema = z
  .string()
  .max(RULE_KIND_MAX_LENGTH)
  .regex(/^[a-z][a-z0-9_]*$/, { message: 'expected a snake_case kind, e.g. "refresher_training"' });
/**
 * Kind of rule pack: retirement, rotation (luân chuyển), planning (quy hoạch), staff reduction
 * (tinh giản biên chế), refresher training (bồi dưỡng), training postings (cử đi đào tạo),
 * performance evaluation (đánh giá, xếp loại), early retirement, employment classes, or a kind
 * of one's own.
 */
// `string & {}` keeps the known kinds in autocompletion while any kind is accepted.
export type RuleKind = KnownRuleKind | (string & {});

/** A share written as decimal text between 0 and 1 ("0.15" = 15%). */
const ShareSchema = DecimalStringSchema.refine((s) => Number(s) <= 1, {
  message: 'expected a share between 0 and 1',
});

const common = {
  /** Stable id, e.g. "vn.rotation.qd-65-2022"; a user pack with the same id replaces it. */
  id: z.string().min(1),
  reference: LegalRefSchema,
  /** First day the pack applies (inclusive). */
  effectiveFrom: IsoDateSchema,
  /** Last day the pack applies (inclusive); null while it is in force. */
  effectiveTo: IsoDateSchema.nullable(),
  /** Where it applies: "national", or a province's own code for a provincial pack. */
  scope: z.string().min(1).default('national'),
  title: z.object({ vi: z.string().min(1), en: z.string().min(1) }).optional(),
  /** Params or dates that came from secondary sources and should be checked against the text. */
  verify: z.array(z.string()).default([]),
};

/**
 * An age schedule by calendar year: `initialAgeMonths` before the first step, then each step's
 * age from its year on (the retirement-age roadmap of NĐ 135/2020).
 */
export const AgeScheduleSchema = z
  .object({
    initialAgeMonths: z.number().int().positive(),
    steps: z
      .array(z.object({ fromYear: z.number().int(), ageMonths: z.number().int().positive() }))
      .default([]),
  })
  .refine(
    (s) =>
      s.steps.every((step, i) => {
        const prev = i === 0 ? undefined : s.steps[i - 1];
        return (
          prev === undefined || (step.fromYear > prev.fromYear && step.ageMonths >= prev.ageMonths)
        );
      }),
    { message: 'steps must have increasing years and non-decreasing ages', path: ['steps'] },
  );
/** Tuổi nghỉ hưu theo lộ trình: an age in months by calendar year, for one sex. */
export type AgeSchedule = z.infer<typeof AgeScheduleSchema>;

/** Retirement-age pack (tuổi nghỉ hưu): the age schedule for men and for women, e.g. BLLĐ 2019 art. 169 with NĐ 135/2020. */
export const RetirementPackSchema = z.object({
  ...common,
  kind: z.literal('retirement'),
  params: z.object({ male: AgeScheduleSchema, female: AgeScheduleSchema }),
});

/** How a rotation moves: classified from the two org units' levels and localities. */
export const RotationDirectionSchema = z.enum([
  'top_down',
  'bottom_up',
  'across_localities',
  'same_level',
  'within_unit',
]);
/** Hướng luân chuyển: top-down, bottom-up, across localities, same level, or within a unit. */
export type RotationDirection = z.infer<typeof RotationDirectionSchema>;

/** Why a rotation is made; the special purposes need only one term of working time left. */
export const RotationPurposeSchema = z.enum(['development', 'non_local_leader', 'term_limit']);
/** Why a cadre is rotated: development, placing a non-local leader, or enforcing the term limit. */
export type RotationPurpose = z.infer<typeof RotationPurposeSchema>;

/** Rotation pack (luân chuyển, e.g. QĐ 65-QĐ/TW): working time left, duration, directions and planning conditions. */
export const RotationPackSchema = z.object({
  ...common,
  kind: z.literal('rotation'),
  params: z.object({
    minRemainingMonths: z.number().int().nonnegative(),
    minRemainingMonthsSpecial: z.number().int().nonnegative(),
    specialPurposes: z.array(RotationPurposeSchema),
    minDurationMonths: z.number().int().nonnegative(),
    allowedDirections: z.array(RotationDirectionSchema).min(1),
    /** any: in the pool for some post; target_post: for the post rotated to; none: not checked. */
    planning: z.enum(['any', 'target_post', 'none']),
    planningExemptPurposes: z.array(RotationPurposeSchema).default([]),
  }),
});

/** Succession-planning pack (quy hoạch, e.g. QĐ 50-QĐ/TW): shares of young and women, age limits and pool sizes. */
export const PlanningPackSchema = z.object({
  ...common,
  kind: z.literal('planning'),
  params: z.object({
    /** Null where the act sets no figure (QĐ 377 asks to strive for young cadres, with no share). */
    youngMinShare: ShareSchema.nullable(),
    womenMinShare: ShareSchema.nullable(),
    /** "Young" means under this age, per planning level (central, province, district…); needed only with a young share. */
    youthAgeByLevel: z.record(z.string(), z.number().int().positive()),
    maxPersonsPerPost: z.number().int().positive(),
    maxPostsPerPerson: z.number().int().positive(),
    /** Working time a planned cadre must have left at the evaluated date (a full term). */
    minRemainingMonths: z.number().int().nonnegative(),
  }),
});

/** Staff-reduction pack (tinh giản biên chế, e.g. NQ 39-NQ/TW): the cut against a baseline year, by a date. */
export const StaffReductionPackSchema = z.object({
  ...common,
  kind: z.literal('staff_reduction'),
  params: z.object({
    baselineYear: z.number().int(),
    targetShare: ShareSchema,
    /** Last day by which the cut must be reached. */
    targetDate: IsoDateSchema,
    /** A share per employment class where the act sets one (KL 40: 5% cán bộ, công chức; 10% viên chức). */
    targetShareByClass: z.record(z.string(), ShareSchema).optional(),
    /** A yearly pace set by a further act, with that act's reference. */
    yearlyShare: z
      .object({ min: ShareSchema, max: ShareSchema, reference: LegalRefSchema })
      .refine((y) => Number(y.min) <= Number(y.max), { message: 'min must not exceed max' })
      .optional(),
  }),
});

/** Refresher-training pack (bồi dưỡng bắt buộc): minimum tiết per person per year and the statuses that count. */
export const RefresherTrainingPackSchema = z.object({
  ...common,
  kind: z.literal('refresher_training'),
  params: z.object({
    /** Minimum tiết (teaching periods) of refresher training per person per year. */
    minHoursPerYear: z.number().int().positive(),
    /** Record statuses whose hours count. */
    countedStatuses: z.array(z.enum(['planned', 'enrolled', 'completed', 'dropped'])).min(1),
  }),
});

/** Quality grades of the yearly evaluation (xếp loại chất lượng), best first. */
export const PerformanceGradeSchema = z.enum(['excellent', 'good', 'completed', 'not_completed']);
/** Hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ. */
export type PerformanceGrade = z.infer<typeof PerformanceGradeSchema>;

/**
 * Performance-evaluation pack (đánh giá, xếp loại chất lượng công chức, e.g. NĐ 335/2025/NĐ-CP):
 * the 100-point score, the grade bands and the cap on the excellent grade.
 */
export const PerformanceEvaluationPackSchema = z.object({
  ...common,
  kind: z.literal('performance_evaluation'),
  params: z.object({
    /** Points for the general criteria (tiêu chí chung). */
    generalMaxPoints: z.number().int().positive(),
    /** Points for task results (kết quả thực hiện nhiệm vụ). */
    taskMaxPoints: z.number().int().positive(),
    /** Share of a product's quality or timeliness points lost per fault or delay. */
    deductionPerFault: ShareSchema,
    /** Relative weights of quantity, quality and timeliness in the task part. */
    taskWeights: z.object({
      quantity: z.number().int().nonnegative(),
      quality: z.number().int().nonnegative(),
      timeliness: z.number().int().nonnegative(),
    }),
    /** Lowest score of each grade, best grade first; below the last band: not_completed. */
    bands: z
      .array(
        z.object({
          grade: PerformanceGradeSchema.exclude(['not_completed']),
          minScore: DecimalStringSchema,
        }),
      )
      .min(1),
    /** Those graded excellent may not exceed this share of those graded good, per unit and task group. */
    excellentMaxShareOfGood: ShareSchema,
  }),
});

/** Training-posting pack (cử đi đào tạo, e.g. NĐ 171/2025/NĐ-CP): conditions, commitment and refund. */
export const TrainingPostingPackSchema = z.object({
  ...common,
  kind: z.literal('training_posting'),
  params: z.object({
    /** Service before the posting, in months. */
    minServiceMonths: z.number().int().nonnegative(),
    /** The last so many years before the posting must carry one of `gradesRequired`. */
    gradedYears: z.number().int().nonnegative(),
    gradesRequired: z.array(PerformanceGradeSchema).min(1),
    /** Age in whole years at the posting date, at most, for a first postgraduate posting. */
    maxAgeFirstPostgraduate: z.number().int().positive(),
    /** Service owed after training: this many times the training time. */
    commitmentMultiple: z.number().int().positive(),
    /** Reasons that owe the whole cost back. */
    fullRefundReasons: z.array(z.string().min(1)),
    /** Reasons that owe the cost pro rata to the commitment not served. */
    proRataRefundReasons: z.array(z.string().min(1)),
  }),
});

/** Early-retirement pack (nghỉ hưu trước tuổi, NĐ 178/2024 as amended by NĐ 67/2025). */
export const EarlyRetirementPackSchema = z.object({
  ...common,
  kind: z.literal('early_retirement'),
  params: z.object({
    /** Months before the retirement date, bounds inclusive, and the salary months per year early. */
    bands: z
      .array(
        z.object({
          fromMonthsEarly: z.number().int().positive(),
          toMonthsEarly: z.number().int().positive(),
          monthsPerYearEarly: z.number().int().nonnegative(),
          pensionRateKept: z.boolean(),
        }),
      )
      .min(1),
    /** Social-insurance years needed. */
    minInsuranceYears: z.number().int().nonnegative(),
    /** Salary months for the first `lumpSumBaseYears` years of social insurance. */
    lumpSumBaseYears: z.number().int().nonnegative(),
    lumpSumBaseMonths: z.number().int().nonnegative(),
    /** Salary months per insurance year beyond the base years. */
    lumpSumPerYearBeyond: DecimalStringSchema,
  }),
});

/** How a law tells the commune-level cadres and civil servants apart. */
export const CommuneLevelRuleSchema = z.discriminatedUnion('by', [
  /** By their own employment class (cán bộ, công chức cấp xã). */
  z.object({ by: z.literal('class'), classes: z.array(z.string().min(1)).min(1) }),
  /** By the level of the unit they work at, whatever their class. */
  z.object({
    by: z.literal('unit_level'),
    level: z.string().min(1),
    classes: z.array(z.string().min(1)).min(1),
  }),
]);

/** Employment-classes pack (Luật Cán bộ, công chức): the classes a law knows and its commune level. */
export const EmploymentClassesPackSchema = z.object({
  ...common,
  kind: z.literal('employment_classes'),
  params: z.object({
    classes: z.array(z.string().min(1)).min(1),
    communeLevel: CommuneLevelRuleSchema,
  }),
});

/** Staff-reduction regime pack (chính sách tinh giản biên chế, e.g. NĐ 154/2025): who and until when. */
export const StaffReductionRegimePackSchema = z.object({
  ...common,
  kind: z.literal('staff_reduction_regime'),
  params: z.object({
    /** Last day the act's benefits apply. */
    benefitsUntil: IsoDateSchema,
    /** Acts it replaces, as written. */
    replaces: z.array(z.string().min(1)).default([]),
  }),
});

/** A pack of a kind cadre knows, with params validated for that kind. */
export const KnownRulePackSchema = z.discriminatedUnion('kind', [
  RetirementPackSchema,
  RotationPackSchema,
  PlanningPackSchema,
  StaffReductionPackSchema,
  StaffReductionRegimePackSchema,
  RefresherTrainingPackSchema,
  TrainingPostingPackSchema,
  PerformanceEvaluationPackSchema,
  EarlyRetirementPackSchema,
  EmploymentClassesPackSchema,
]);

const known = new Set<string>(KNOWN_RULE_KINDS);

/** A pack of a kind cadre does not interpret: its params are kept as given. */
export const OtherRulePackSchema = z.object({
  ...common,
  kind: RuleKindSchema.refine((k) => !known.has(k), { message: 'a known kind has its own params' }),
  params: z.record(z.string(), z.unknown()).default({}),
});

function schemaFor(input: unknown) {
  const kind =
    typeof input === 'object' && input !== null ? (input as { kind?: unknown }).kind : undefined;
  return typeof kind === 'string' && known.has(kind) ? KnownRulePackSchema : OtherRulePackSchema;
}

/**
 * A versioned, data-only rule: legal reference, effective dates and params per kind. A known
 * kind's params are checked field by field; any other snake_case kind is kept as data.
 */
export const RulePackSchema = z
  .unknown()
  .transform((input, ctx): KnownRulePack | OtherRulePack => {
    const parsed = schemaFor(input).safeParse(input);
    if (parsed.success) return parsed.data;
    for (const i of parsed.error.issues) ctx.addIssue({ ...i, input: undefined } as never);
    return z.NEVER;
  })
  .refine((p) => p.effectiveTo === null || p.effectiveFrom <= p.effectiveTo, {
    message: 'effectiveTo is before effectiveFrom',
    path: ['effectiveTo'],
  });

/** A validated pack of a kind cadre knows. */
export type KnownRulePack = z.infer<typeof KnownRulePackSchema>;
/** A validated pack of a kind cadre does not interpret. */
export type OtherRulePack = z.infer<typeof OtherRulePackSchema>;
/** A validated rule pack of any kind, with its legal reference and effective dates. */
export type RulePack = KnownRulePack | OtherRulePack;
/** A rule pack as callers write it (JSON data), before {@link RulePackSchema} fills the defaults. */
export type RulePackInput =
  | z.input<typeof KnownRulePackSchema>
  | z.input<typeof OtherRulePackSchema>;
/** A validated retirement-age pack. */
export type RetirementPack = z.infer<typeof RetirementPackSchema>;
/** A validated rotation pack. */
export type RotationPack = z.infer<typeof RotationPackSchema>;
/** A validated succession-planning pack. */
export type PlanningPack = z.infer<typeof PlanningPackSchema>;
/** A validated staff-reduction pack. */
export type StaffReductionPack = z.infer<typeof StaffReductionPackSchema>;
/** A validated refresher-training pack. */
export type RefresherTrainingPack = z.infer<typeof RefresherTrainingPackSchema>;
/** A validated performance-evaluation pack. */
export type PerformanceEvaluationPack = z.infer<typeof PerformanceEvaluationPackSchema>;
/** A validated training-posting pack. */
export type TrainingPostingPack = z.infer<typeof TrainingPostingPackSchema>;
/** A validated early-retirement pack. */
export type EarlyRetirementPack = z.infer<typeof EarlyRetirementPackSchema>;
/** A validated employment-classes pack. */
export type EmploymentClassesPack = z.infer<typeof EmploymentClassesPackSchema>;
/** A validated staff-reduction regime pack. */
export type StaffReductionRegimePack = z.infer<typeof StaffReductionRegimePackSchema>;
/** The pack type for a kind: the typed pack for a known kind, a plain-data pack for any other. */
export type PackOfKind<K extends RuleKind> = K extends KnownRuleKind
  ? Extract<KnownRulePack, { kind: K }>
  : OtherRulePack;

/**
 * Narrows a pack to a known kind; a plain-data pack can never pass as one.
 * @example
 * const pack = book.get('vn.retirement.nd-135-2020');
 * if (isPackOfKind(pack, 'retirement')) pack.params.male;
 */
export function isPackOfKind<K extends KnownRuleKind>(
  pack: RulePack | undefined,
  kind: K,
): pack is PackOfKind<K> {
  return pack !== undefined && pack.kind === kind && known.has(pack.kind);
}
