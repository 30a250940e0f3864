import { IsoDateSchema, ROUND_LIMITS } from '@cadre/core';
import { z } from '@hono/zod-openapi';
import { PageQuerySchema, pageOf } from './common.js';

const Code = z.string().min(1).max(200);
const Period = z.object({ start: IsoDateSchema, end: IsoDateSchema });

/** `START..END` in a query, e.g. 2026-01-01..2026-06-30. */
const PeriodText = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/,
    'expected START..END, e.g. 2026-01-01..2026-06-30',
  )
  .transform((s) => {
    const [start, end] = s.split('..') as [string, string];
    return { start, end };
  })
  .openapi({ example: '2026-01-01..2026-06-30' });

/** The action of `POST /rounds/{action}`. */
export const RoundActionParamSchema = z.object({
  action: z
    .enum(['submit', 'approve', 'lock', 'reopen'])
    .openapi({ param: { name: 'action', in: 'path' }, example: 'submit' }),
});

/** A transition as a caller sends it: who and when come from the key and the server's clock. */
export const RoundTransitionBodySchema = z
  .object({
    programme: Code.openapi({ example: '12-CTr/TU' }),
    orgUnit: Code.openapi({ example: '04001' }),
    period: Period,
    reason: z.string().min(1).max(ROUND_LIMITS.reason).optional(),
    exemptions: z
      .array(z.object({ orgUnit: Code, reason: z.string().min(1).max(ROUND_LIMITS.reason) }))
      .max(ROUND_LIMITS.exemptions)
      .optional(),
  })
  .openapi('RoundTransitionBody');

const StateSchema = z.enum(['open', 'submitted', 'approved', 'locked', 'reopened']);

/** One stored round: the last transition's who, when and why. */
export const RoundRecordSchema = z
  .object({
    programme: z.string(),
    orgUnit: z.string(),
    period: Period,
    state: StateSchema,
    by: z.string().nullable(),
    at: z.string().nullable(),
    reason: z.string().nullable(),
    exemptions: z.array(z.object({ orgUnit: z.string(), reason: z.string() })),
  })
  .openapi('RoundRecord');

/** A unit's round and how far the units under it have come, with the sentence for reports. */
export const RoundStatusSchema = z
  .object({
    programme: z.string(),
    period: Period,
    orgUnit: z.string(),
    state: StateSchema,
    children: z.number().int(),
    byState: z.record(StateSchema, z.number().int()),
    exempt: z.number().int(),
    childLevel: z.string().nullable(),
    reason: z.string().nullable().openapi({
      description: 'Why the round was reopened, while it is reopened; null otherwise',
    }),
    summary: z.object({ vi: z.string(), en: z.string() }).openapi({
      example: {
        vi: 'đợt báo cáo: đã khóa sổ · 2/3 xã đã duyệt',
        en: 'round: locked · 2 of 3 communes approved',
      },
    }),
    changed: z.array(RoundRecordSchema).optional().openapi({
      description: 'After a transition: the rounds it changed, the acted-on one first',
    }),
  })
  .openapi('RoundStatus');

/** `GET /rounds`: one unit's round of a programme and period. */
export const RoundQuerySchema = z.object({
  programme: Code.openapi({ example: '12-CTr/TU' }),
  orgUnit: Code.openapi({ example: '04' }),
  period: PeriodText,
});

/** `GET /audit`: filters over the audit log, all optional but the unit for a non-national caller. */
export const AuditQuerySchema = PageQuerySchema.extend({
  programme: Code.optional(),
  orgUnit: Code.optional().openapi({ description: 'Required unless the caller is national' }),
  by: z.string().min(1).max(ROUND_LIMITS.principal).optional(),
  period: PeriodText.optional().openapi({ description: 'Entries whose period overlaps this one' }),
  from: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ example: '2026-07-01T00:00:00+07:00' }),
  to: z.iso.datetime({ offset: true }).optional(),
});

const ObservationDto = z.record(z.string(), z.unknown());

/** One entry of the append-only audit log. */
export const AuditEntrySchema = z
  .object({
    seq: z.number().int(),
    action: z.enum(['write', 'submit', 'approve', 'lock', 'reopen']),
    by: z.string().nullable(),
    at: z.string().nullable(),
    programme: z.string(),
    orgUnit: z.string(),
    period: Period,
    importId: z.string().nullable(),
    reason: z.string().nullable(),
    before: z.array(ObservationDto),
    after: z.array(ObservationDto),
  })
  .openapi('AuditEntry');

/** A page of the audit log, oldest first. */
export const AuditPageSchema = pageOf(AuditEntrySchema).openapi('AuditPage');
