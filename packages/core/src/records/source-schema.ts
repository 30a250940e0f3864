import { z } from 'zod';
import {
  DegreeLevelSchema,
  RecordStatusSchema,
  RefresherKindSchema,
  TrainingModeSchema,
} from './enums.js';

const codes = z.array(z.string().min(1)).min(1);

/** Which training records an indicator counts; every listed field must match (lists mean "any of"). */
export const TrainingWhereSchema = z
  .object({
    type: z.enum(['degree', 'refresher']).optional(),
    level: z.array(DegreeLevelSchema).min(1).optional(),
    refresherKind: z.array(RefresherKindSchema).min(1).optional(),
    course: codes.optional(),
    field: codes.optional(),
    mode: z.array(TrainingModeSchema).min(1).optional(),
    /** Without it every status counts, planned and dropped included. */
    status: z.array(RecordStatusSchema).min(1).optional(),
  })
  .strict();
/** The filter an indicator applies to training records (every listed field must match). */
export type TrainingWhere = z.infer<typeof TrainingWhereSchema>;

/** Training fields an indicator may break its counts down by. */
export const TrainingDimensionSchema = z.enum([
  'type',
  'level',
  'refresherKind',
  'course',
  'field',
  'mode',
  'status',
]);
/** A training-record field an indicator may disaggregate its counts by. */
export type TrainingDimension = z.infer<typeof TrainingDimensionSchema>;

/**
 * Where an indicator's actuals come from, as JSON data. Training and rotations are flows
 * (one per record, on its start date); headcounts are stocks (the level on the snapshot date).
 * `category` keeps only people of that category, judged on the record's date.
 */
export const IndicatorSourceSchema = z.discriminatedUnion('records', [
  z
    .object({
      records: z.literal('training'),
      where: TrainingWhereSchema.optional(),
      category: z.string().min(1).optional(),
      disaggregateBy: z.array(TrainingDimensionSchema).min(1).optional(),
    })
    .strict(),
  z
    .object({
      records: z.literal('rotation'),
      where: z
        .object({ status: z.array(RecordStatusSchema).min(1).optional() })
        .strict()
        .optional(),
      category: z.string().min(1).optional(),
      /** The unit a rotation counts at: the one it leaves (from) or the one it joins (to). */
      unit: z.enum(['from', 'to']).default('from'),
      disaggregateBy: z.array(z.literal('status')).min(1).optional(),
    })
    .strict(),
  z.object({ records: z.literal('headcount') }).strict(),
]);
/** Nguồn số liệu: which person-level records feed an indicator's actuals, after parsing. */
export type IndicatorSource = z.infer<typeof IndicatorSourceSchema>;
/** An indicator source as callers write it, before the indicator-source schema fills the defaults. */
export type IndicatorSourceInput = z.input<typeof IndicatorSourceSchema>;
