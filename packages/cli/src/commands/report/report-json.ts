import { ATTAINMENT_STATUSES, type AttainmentStatus } from '@cadre/core';
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

/**
 * The stable JSON contract of `cadre report --format json`: `rows` in report order and every
 * `issues` found. Numbers are exact decimal strings, never JSON numbers.
 * @example
 * const doc = ReportJsonSchema.parse(JSON.parse(stdout));
 * doc.rows[0]?.percent; // '300'
 */
export const ReportJsonSchema = z
  .object({ rows: z.array(ReportJsonRowSchema), issues: z.array(ReportJsonIssueSchema) })
  .strict();

/** The JSON that `cadre report --format json` prints (see docs/cli.md). */
export type ReportJson = z.infer<typeof ReportJsonSchema>;
/** One attainment row of the JSON report; numbers are decimal strings. */
export type ReportJsonRow = z.infer<typeof ReportJsonRowSchema>;
/** One data issue of the JSON report: code, file, line, column and message. */
export type ReportJsonIssue = z.infer<typeof ReportJsonIssueSchema>;
