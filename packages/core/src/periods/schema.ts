import { z } from 'zod';
import { IsoDateSchema } from '../dates/calendar-date.js';

/**
 * Kinds of period: giai đoạn (phase), nhiệm kỳ (term), năm (year), quý (quarter), or custom.
 */
export const PeriodKindSchema = z.enum(['phase', 'term', 'year', 'quarter', 'custom']);
/** Kind of period: 'phase' (giai đoạn), 'term' (nhiệm kỳ), 'year' (năm), 'quarter' (quý) or 'custom'. */
export type PeriodKind = z.infer<typeof PeriodKindSchema>;

/** An inclusive range of calendar dates. `start` and `end` both belong to the period. */
export const PeriodSchema = z
  .object({
    kind: PeriodKindSchema.default('custom'),
    start: IsoDateSchema,
    end: IsoDateSchema,
    label: z.string().optional(),
  })
  .refine((p) => p.start <= p.end, { message: 'period end is before its start', path: ['end'] });
/** Kỳ: an inclusive range of calendar dates with its kind and label, e.g. giai đoạn 2016–2020. */
export type Period = z.infer<typeof PeriodSchema>;
/** A period as callers write it, before {@link PeriodSchema} fills `kind`. */
export type PeriodInput = z.input<typeof PeriodSchema>;
