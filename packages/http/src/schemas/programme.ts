import { ProgrammeSchema, TargetSchema } from '@cadre/core';
import { LegalRefSchema, StoredTargetSchema } from '@cadre/core/adapter';
import { z } from '@hono/zod-openapi';
import { named } from './openapi-meta.js';

/** A programme as stored and returned, targets included. */
export const ProgrammeOut = named(ProgrammeSchema, 'Programme');

/** A target as returned by the targets list: the core target plus its programme code. */
export const StoredTargetOut = named(StoredTargetSchema, 'StoredTarget');

/**
 * A programme definition as a client sends it: the core schema, except that legal-basis entries may
 * also be written as text ("12-CTr/TU ngày 9/5/2016"), which `defineProgramme` parses.
 */
export const ProgrammeDefinitionSchema = ProgrammeSchema.extend({
  legalBasis: z
    .array(
      z.union([z.string().min(1).openapi({ example: '12-CTr/TU ngày 9/5/2016' }), LegalRefSchema]),
    )
    .default([]),
});

/** The body of a targets upsert. */
export const TargetsBodySchema = z.object({ targets: z.array(TargetSchema).min(1) });

/** The answer of validate-only: the normalised definition, or every issue. */
export const ProgrammeCheckSchema = z.object({
  valid: z.boolean(),
  programme: ProgrammeOut.nullable(),
  issues: z.array(
    z.object({
      code: z.string(),
      path: z.array(z.union([z.string(), z.number()])),
      message: z.string(),
      messageVi: z.string().optional(),
    }),
  ),
});
