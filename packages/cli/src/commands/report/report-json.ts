import {
  ATTAINMENT_STATUSES,
  type AttainmentStatus,
  NOT_COUNTED_REASONS,
  type NotCountedReason,
  RoundStateSchema,
} from '@cadre/core';
import { z } from 'zod';

/** Exact decimal text as the core writes it: no exponent, no grouping, "." for decimals. */
const DecimalText = z.string().regex(/^-?\d+(\.\d+)?$/, 'expected decimal text such as "285.5"');
const DateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** One row of `cadre report --format json`. */
export const ReportJsonRowSchema = z
  .object({
    programme: z.string().min(1),
    indicator: z.string().min(1),
    org_unit: z.object({ code: z.string().min(1), name: z.string().min(1) }).strict(),
    period: z.object({ start: DateText, end: DateText }).strict(),
    /** null when no target was set. */
    target: DecimalText.nullable(),
    actual: DecimalText,
    /** actual / target × 100, exact; null when there is no target. */
    percent: DecimalText.nullable(),
    status: z.enum(ATTAINMENT_STATUSES as [AttainmentStatus, ...AttainmentStatus[]]),
    /** "đạt 300% KH", "đạt gần 70% KH", "chưa thực hiện"… in the language of `--lang`. */
    phrase: z.string().min(1),
    /** Share of the period elapsed at the review date × 100, exact: the pro-rata expectation. */
    expected_percent: DecimalText,
    /** Whether the figure keeps pace with the elapsed share; null without a target. */
    on_track: z.boolean().nullable(),
  })
  .strict();

/** One issue of `cadre report --format json`: where it is and what is wrong. */
export const ReportJsonIssueSchema = z
  .object({
    code: z.string().min(1),
    file: z.string().min(1).nullable(),
    line: z.number().int().positive().nullable(),
    column: z.string().min(1).nullable(),
    message: z.string().min(1),
  })
  .strict();

const UnitRef = z.object({ code: z.string().min(1), name: z.string().min(1) }).strict();

/** Rows of one reason, indicator and unit that no cell counted. */
export const ReportJsonNotCountedSchema = z
  .object({
    reason: z.enum(NOT_COUNTED_REASONS as [NotCountedReason, ...NotCountedReason[]]),
    /** The reason in the language of `--lang`. */
    label: z.string().min(1),
    indicator: z.string().min(1).nullable(),
    org_unit: UnitRef.nullable(),
    rows: z.number().int().positive(),
    /** Sum of the rows' values; null for rows of other programmes and bad rows. */
    value: DecimalText.nullable(),
    /** 'rollup_current' when `--rollup current` would count these rows. */
    hint: z.literal('rollup_current').nullable(),
  })
  .strict();

/** Where every row read for one programme went: read = counted + Σ not_counted.rows. */
export const ReportJsonAccountingSchema = z
  .object({
    programme: z.string().min(1),
    read: z.number().int().nonnegative(),
    counted: z.number().int().nonnegative(),
    counted_value: DecimalText,
    not_counted: z.array(ReportJsonNotCountedSchema),
  })
  .strict();

/**
 * The reporting round of one unit in one period, from a store: its state (with the reason of a
 * reopening) and how many of the units under it are in each state.
 */
export const ReportJsonRoundSchema = z
  .object({
    programme: z.string().min(1),
    org_unit: UnitRef,
    period: z.object({ start: DateText, end: DateText }).strict(),
    state: RoundStateSchema,
    /** Why the round was reopened, while it is reopened; null otherwise. */
    reason: z.string().min(1).nullable(),
    /** Units directly under it, and how many are in each state. */
    children: z.number().int().nonnegative(),
    by_state: z.record(RoundStateSchema, z.number().int().nonnegative()),
    exempt: z.number().int().nonnegative(),
    /** "round: locked · 12 of 15 communes approved" in the language of `--lang`. */
    summary: z.string().min(1),
  })
  .strict();

/**
 * The stable JSON contract of `cadre report --format json`: `rows` in report order, every
 * `issues` found, and per programme the `accounting` of every row read. Numbers are exact
 * decimal strings, never JSON numbers. From a store that has recorded rounds, `rounds` gives the
 * state of each unit's round in every period recorded (begun by the review date).
 * @example
 * const doc = ReportJsonSchema.parse(JSON.parse(stdout));
 * doc.rows[0]?.percent; // '300'
 */
export const ReportJsonSchema = z
  .object({
    rows: z.array(ReportJsonRowSchema),
    issues: z.array(ReportJsonIssueSchema),
    accounting: z.array(ReportJsonAccountingSchema),
    rounds: z.array(ReportJsonRoundSchema).optional(),
  })
  .strict();

/** The JSON that `cadre report --format json` prints (see docs/cli.md). */
export type ReportJson = z.infer<typeof ReportJsonSchema>;
/** One attainment row of the JSON report; numbers are decimal strings. */
export type ReportJsonRow = z.infer<typeof ReportJsonRowSchema>;
/** One data issue of the JSON report: code, file, line, column and message. */
export type ReportJsonIssue = z.infer<typeof ReportJsonIssueSchema>;
/** One unit's reporting round, as the JSON report gives it. */
export type ReportJsonRound = z.infer<typeof ReportJsonRoundSchema>;
/** Where the rows of one programme went, as the JSON report gives it. */
export type ReportJsonAccounting = z.infer<typeof ReportJsonAccountingSchema>;
