import { z } from 'zod';
import { IsoDateSchema } from '../dates/calendar-date.js';
import { DecimalTextSchema, DisaggregationSchema } from '../programmes/schema.js';
import type { Issue } from '../result/issue.js';
import {
  DegreeLevelSchema,
  RecordStatusSchema,
  RefresherKindSchema,
  TrainingModeSchema,
} from './enums.js';

/**
 * One actual figure for an indicator at an org unit on a date (a flow increment or a stock level).
 * `value` is an integer count or decimal text; per-row paths keep integers.
 */
export const ObservationSchema = z.object({
  programme: z.string().min(1),
  indicator: z.string().min(1),
  orgUnit: z.string().min(1),
  date: IsoDateSchema,
  value: z.union([z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER), DecimalTextSchema]),
  disaggregation: DisaggregationSchema,
});
/** Số thực hiện: one actual figure for an indicator at an org unit on a date, after parsing. */
export type Observation = z.infer<typeof ObservationSchema>;
/** An observation as callers write it, before {@link ObservationSchema} fills the breakdown. */
export type ObservationInput = z.input<typeof ObservationSchema>;

export * from './enums.js';

/**
 * A training record: đào tạo by level, or bồi dưỡng by kind, with hours in tiết.
 * `level` is set for degrees; `refresherKind` (and optionally `course`, e.g. "cao_cap") for refreshers.
 */
export const TrainingRecordSchema = z.object({
  id: z.string().min(1),
  personId: z.string().min(1),
  orgUnit: z.string().min(1),
  programme: z.string().optional(),
  type: z.enum(['degree', 'refresher']),
  level: DegreeLevelSchema.optional(),
  refresherKind: RefresherKindSchema.optional(),
  course: z.string().optional(),
  field: z.string().optional(),
  mode: TrainingModeSchema.default('part_time'),
  start: IsoDateSchema,
  end: IsoDateSchema.optional(),
  status: RecordStatusSchema.default('enrolled'),
  hours: z.number().int().nonnegative().default(0),
});
/** Đào tạo, bồi dưỡng: one person's training record, after parsing (defaults filled). */
export type TrainingRecord = z.infer<typeof TrainingRecordSchema>;

/** A post at a unit: where a rotation starts or ends. */
export const PostingSchema = z.object({
  orgUnit: z.string().min(1),
  post: z.string().min(1),
});

/** A rotation (luân chuyển) from one post to another, with a planned end. */
export const RotationRecordSchema = z.object({
  id: z.string().min(1),
  personId: z.string().min(1),
  from: PostingSchema,
  to: PostingSchema,
  start: IsoDateSchema,
  plannedEnd: IsoDateSchema,
  status: RecordStatusSchema.default('planned'),
});
/** Luân chuyển: one person's rotation from a post to another, after parsing. */
export type RotationRecord = z.infer<typeof RotationRecordSchema>;

/** A headcount (biên chế) at a unit on a date: a stock. */
export const HeadcountSnapshotSchema = z.object({
  orgUnit: z.string().min(1),
  date: IsoDateSchema,
  headcount: z.number().int().nonnegative(),
  /** Approved headcount, when known. */
  approved: z.number().int().nonnegative().optional(),
});
/** Biên chế: the headcount of a unit on a date, after parsing. */
export type HeadcountSnapshot = z.infer<typeof HeadcountSnapshotSchema>;

/**
 * The outcome of an import, DHIS2-style: counts plus every issue found.
 * For file imports an issue's path is `[line, column]`.
 */
export interface ImportSummary {
  read: number;
  imported: number;
  updated: number;
  ignored: number;
  issues: Issue[];
}
