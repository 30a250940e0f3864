import { z } from 'zod';
import { IsoDateSchema } from '../../dates/calendar-date.js';
import { DecimalStringSchema, LegalRefSchema } from '../../programmes/schema.js';

/** The kinds of rule a pack can carry. */
export const RuleKindSchema = z.enum([
  'retirement',
  'rotation',
  'planning',
  'staff_reduction',
  'refresher_training',
]);
/** Kind of rule pack: retirement, rotation (luân chuyển), planning (quy hoạch), staff reduction (tinh giản biên chế) or refresher training (bồi dưỡng). */
export type RuleKind = z.infer<typeof RuleKindSchema>;

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
    youngMinShare: ShareSchema,
    womenMinShare: ShareSchema,
    /** "Young" means under this age, per planning level (central, province, district…). */
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

/** A versioned, data-only rule: legal reference, effective dates and params per kind. */
export const RulePackSchema = z
  .discriminatedUnion('kind', [
    RetirementPackSchema,
    RotationPackSchema,
    PlanningPackSchema,
    StaffReductionPackSchema,
    RefresherTrainingPackSchema,
  ])
  .refine((p) => p.effectiveTo === null || p.effectiveFrom <= p.effectiveTo, {
    message: 'effectiveTo is before effectiveFrom',
    path: ['effectiveTo'],
  });

/** A validated rule pack of any kind, with its legal reference and effective dates. */
export type RulePack = z.infer<typeof RulePackSchema>;
/** A rule pack as callers write it (JSON data), before {@link RulePackSchema} fills the defaults. */
export type RulePackInput = z.input<typeof RulePackSchema>;
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
/** The pack type for a kind. */
export type PackOfKind<K extends RuleKind> = Extract<RulePack, { kind: K }>;
