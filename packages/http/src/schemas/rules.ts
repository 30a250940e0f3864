import { IsoDateSchema, RotationRecordSchema } from '@cadre/core';
import { RotationPurposeSchema, RuleKindSchema } from '@cadre/core/adapter';
import { z } from '@hono/zod-openapi';
import { AsOfSchema } from './common.js';
import { described } from './openapi-meta.js';

const ViolationSchema = z
  .object({
    code: z.string(),
    severity: z.enum(['error', 'warning']),
    message: z.string(),
    messageVi: z.string(),
    reference: z.string().openapi({ example: '65-QĐ/TW ngày 28/4/2022' }),
    packId: z.string().optional(),
    path: z.array(z.union([z.string(), z.number()])),
  })
  .openapi('Violation');
export type ViolationDto = z.infer<typeof ViolationSchema>;

export const RotationPlanBodySchema = z.object({
  asOf: IsoDateSchema,
  /** Scope of the rule packs (a province's own pack); national by default. */
  packScope: z.string().min(1).optional(),
  entries: z
    .array(z.object({ rotation: RotationRecordSchema, purpose: RotationPurposeSchema.optional() }))
    .min(1)
    .max(1000),
});

export const RotationPlanResultSchema = z
  .object({
    countsByCode: z.record(z.string(), z.number().int()),
    rotationsWithErrors: z.number().int(),
    /** Per-rotation checks: person-level, present only for callers with the read scope. */
    results: z
      .array(
        z.object({
          rotationId: z.string(),
          personId: z.string(),
          packId: z.string().nullable(),
          evaluatedAt: z.string(),
          direction: z.string().nullable(),
          durationMonths: z.number().int(),
          active: z.boolean(),
          remainingMonths: z.number().int().nullable(),
          violations: z.array(ViolationSchema),
        }),
      )
      .optional(),
  })
  .openapi('RotationPlanCheck');

export const PlanningPoolBodySchema = z.object({
  asOf: IsoDateSchema,
  level: z.string().min(1).openapi({ example: 'province' }),
  packScope: z.string().min(1).optional(),
  entries: z.array(z.object({ personId: z.string().min(1), post: z.string().min(1) })).max(5000),
});

export const PlanningPoolResultSchema = z
  .object({
    packId: z.string(),
    figures: z.object({
      persons: z.number().int(),
      posts: z.number().int(),
      entries: z.number().int(),
      youthAge: z.number().int().nullable(),
      young: z.number().int().nullable(),
      youngShare: z.string().nullable(),
      women: z.number().int(),
      womenShare: z.string().nullable(),
      maxPersonsPerPost: z.number().int(),
      maxPostsPerPerson: z.number().int(),
      timeLeftShort: z.number().int(),
    }),
    /** Pool-level violations for everyone; per-person ones only with the read scope. */
    violations: z.array(ViolationSchema),
  })
  .openapi('PlanningPoolCheck');

/** `GET /rules?asOf=&kind=`: the review date, and one kind of rule only when given. */
export const RulesInForceQuerySchema = z.object({
  asOf: AsOfSchema,
  kind: described(RuleKindSchema, {
    example: 'performance_evaluation',
    description: 'One kind of rule only',
  }).optional(),
});

const RulePackSummarySchema = z
  .object({
    id: z.string().openapi({ example: 'vn.performance-evaluation.nd-335-2025' }),
    kind: z.string(),
    scope: z.string().openapi({ example: 'national' }),
    reference: z.string().openapi({ example: '335/2025/NĐ-CP ngày 21/12/2025' }),
    referenceTitle: z.string().nullable(),
    title: z.object({ vi: z.string(), en: z.string() }).nullable(),
    effectiveFrom: IsoDateSchema,
    effectiveTo: IsoDateSchema.nullable(),
    verify: z.array(z.string()).openapi({
      description: 'Params or dates not yet checked against the text: show them as unverified',
    }),
  })
  .openapi('RulePackSummary');

/** The packs in force at a date, the same listing as `cadre rules list --format json`. */
export const RulesInForceSchema = z
  .object({
    asOf: IsoDateSchema,
    kind: z.string().nullable(),
    packs: z.array(RulePackSummarySchema),
  })
  .openapi('RulesInForce');
