import {
  ATTAINMENT_STATUSES,
  type AttainmentRow,
  IsoDateSchema,
  NOT_COUNTED_REASONS,
} from '@cadre/core';
import { z } from '@hono/zod-openapi';
import { ProblemIssueSchema } from '../problem/problem.js';
import { AsOfSchema } from './common.js';
import { RoundStatusSchema } from './rounds.js';

const DecimalText = z
  .string()
  .openapi({ description: 'An exact decimal written as text, never a float', example: '60' });

/** One row of an attainment report, decimals as exact text, with phrases when `lang` is given. */
export const AttainmentRowSchema = z
  .object({
    programme: z.string(),
    indicator: z.string(),
    orgUnit: z.string(),
    period: z.object({ start: z.string(), end: z.string() }),
    disaggregation: z.record(z.string(), z.string()),
    target: DecimalText.nullable(),
    baseline: DecimalText.nullable(),
    actual: DecimalText,
    ratio: DecimalText.nullable(),
    percent: DecimalText.nullable(),
    status: z.enum(ATTAINMENT_STATUSES as [string, ...string[]]),
    expectedShare: DecimalText,
    onTrack: z.boolean().nullable(),
    progress: DecimalText.nullable().optional(),
    progressPercent: DecimalText.nullable().optional(),
    phrase: z.string().optional().openapi({ example: 'bằng 60% KH' }),
    statusLabel: z.string().optional().openapi({ example: 'chưa đạt' }),
  })
  .openapi('AttainmentRow');
export type AttainmentRowDto = z.infer<typeof AttainmentRowSchema>;

/** Rows of one reason, indicator and unit that no cell counted. */
export const NotCountedRowsSchema = z
  .object({
    reason: z.enum(NOT_COUNTED_REASONS as [string, ...string[]]).openapi({
      description:
        'no_target: no target in the unit’s lineage; outside_period; after_as_of; unknown_indicator; other_programme; invalid',
    }),
    indicator: z.string().nullable(),
    orgUnit: z.string().nullable(),
    rows: z.number().int().nonnegative(),
    value: DecimalText.nullable(),
    hint: z.literal('rollup_current').optional().openapi({
      description: 'Rolled up to today’s units (rollup=current) these rows would be counted',
    }),
  })
  .openapi('NotCountedRows');

/** Where every row the report read went: `read` = `counted` + the rows of `notCounted`. */
export const RowAccountingSchema = z
  .object({
    read: z.number().int().nonnegative(),
    counted: z.number().int().nonnegative(),
    countedValue: DecimalText,
    notCounted: z.array(NotCountedRowsSchema),
  })
  .openapi('RowAccounting', {
    description:
      'With orgUnit, only the rows of units in that unit’s lineage reach (its own, below it, and its predecessors’) are accounted for',
  });

export const AttainmentReportSchema = z
  .object({
    programme: z.string(),
    asOf: z.string(),
    rows: z.array(AttainmentRowSchema),
    issues: z.array(ProblemIssueSchema),
    accounting: RowAccountingSchema.optional(),
    rounds: z.array(RoundStatusSchema).openapi({
      description:
        'The reporting rounds (đợt báo cáo) the figures stand in: for every period a round of the programme was recorded in (begun by asOf, overlapping periodStart..periodEnd when given), the state of the asked unit and of each unit in the rows, with how many of its parts are approved. Empty when no round was recorded.',
    }),
  })
  .openapi('AttainmentReport');

/** The filters of an attainment report. `asOf` is required: figures never depend on the clock. */
export const AttainmentQuerySchema = z
  .object({
    programme: z.string().min(1).openapi({ example: '12-CTr/TU' }),
    asOf: AsOfSchema,
    indicator: z.string().min(1).optional(),
    orgUnit: z.string().min(1).optional().openapi({
      description: 'Targets at this unit or below it; defaults to the caller’s one root',
    }),
    category: z.string().min(1).optional(),
    periodStart: IsoDateSchema.optional(),
    periodEnd: IsoDateSchema.optional(),
    rollup: z.enum(['none', 'parent', 'current']).default('none').openapi({
      description: 'current: historical units roll up to today’s units through lineage',
    }),
    lang: z.enum(['vi', 'en']).optional().openapi({ description: 'Adds phrases: "bằng 60% KH"' }),
  })
  .superRefine((q, ctx) => {
    if ((q.periodStart === undefined) !== (q.periodEnd === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [q.periodStart === undefined ? 'periodStart' : 'periodEnd'],
        message: 'periodStart and periodEnd go together',
      });
    } else if (
      q.periodStart !== undefined &&
      q.periodEnd !== undefined &&
      q.periodEnd < q.periodStart
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['periodEnd'],
        message: 'period end is before its start',
      });
    }
  });

// The core's Decimal type, without depending on decimal.js here.
type Decimal = NonNullable<AttainmentRow['target']>;

const text = (d: Decimal | null | undefined): string | null =>
  d === null || d === undefined ? null : d.toFixed();

/**
 * Writes a report row as JSON: every decimal as exact text, one conversion per cell.
 * @example
 * rowToJson(row).percent; // '60'
 */
export function rowToJson(row: AttainmentRow): AttainmentRowDto {
  const out: AttainmentRowDto = {
    programme: row.programme,
    indicator: row.indicator,
    orgUnit: row.orgUnit,
    period: { start: row.period.start, end: row.period.end },
    disaggregation: row.disaggregation,
    target: text(row.target),
    baseline: text(row.baseline),
    actual: row.actual.toFixed(),
    ratio: text(row.ratio),
    percent: text(row.percent),
    status: row.status,
    expectedShare: row.expectedShare.toFixed(),
    onTrack: row.onTrack,
  };
  if (row.progress !== undefined) out.progress = text(row.progress);
  if (row.progressPercent !== undefined) out.progressPercent = text(row.progressPercent);
  return out;
}
