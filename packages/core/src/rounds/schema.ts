import { z } from 'zod';
import { IsoDateSchema } from '../dates/calendar-date.js';

/** Longest principal id, reason or exemption list a transition may carry. */
export const ROUND_LIMITS = { principal: 200, reason: 2000, exemptions: 10_000 } as const;

/**
 * States of a reporting round (đợt báo cáo): open (đang mở), submitted (đã nộp), approved
 * (đã duyệt), locked (đã khóa sổ), reopened (mở lại, with a reason).
 */
export const RoundStateSchema = z.enum(['open', 'submitted', 'approved', 'locked', 'reopened']);
/** The state of one round: 'open', 'submitted', 'approved', 'locked' or 'reopened'. */
export type RoundState = z.infer<typeof RoundStateSchema>;

/** What a transition does: nộp (submit), duyệt (approve), khóa sổ (lock), mở lại (reopen). */
export const RoundActionSchema = z.enum(['submit', 'approve', 'lock', 'reopen']);
/** A transition's action: 'submit', 'approve', 'lock' or 'reopen'. */
export type RoundAction = z.infer<typeof RoundActionSchema>;

/** A round's period: inclusive calendar dates. */
export const RoundPeriodSchema = z
  .object({ start: IsoDateSchema, end: IsoDateSchema })
  .refine((p) => p.start <= p.end, { message: 'period end is before its start', path: ['end'] });
/** The inclusive dates of a round. */
export type RoundPeriod = z.infer<typeof RoundPeriodSchema>;

const Text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .transform((s) => s.normalize('NFC'));

/** A child unit the approver does not wait for, and why (e.g. a commune merged mid-period). */
export const ExemptionSchema = z.object({
  orgUnit: z.string().min(1),
  reason: Text(ROUND_LIMITS.reason),
});
/** A child unit left out of an approval, with its reason. */
export type Exemption = z.infer<typeof ExemptionSchema>;

/**
 * A transition as data: who (`by`, a principal id the caller vouches for), when (`at`, an ISO
 * timestamp the caller read: the core never reads the clock), why (`reason`).
 */
export const RoundTransitionSchema = z.object({
  action: RoundActionSchema,
  programme: z.string().min(1),
  orgUnit: z.string().min(1),
  period: RoundPeriodSchema,
  by: Text(ROUND_LIMITS.principal),
  at: z.iso.datetime({ offset: true }),
  reason: Text(ROUND_LIMITS.reason).optional(),
  exemptions: z.array(ExemptionSchema).max(ROUND_LIMITS.exemptions).default([]),
});
/** A checked transition. */
export type RoundTransition = z.infer<typeof RoundTransitionSchema>;
/** A transition as callers write it. */
export type RoundTransitionInput = z.input<typeof RoundTransitionSchema>;

/**
 * The stored state of one round: programme × org unit × period, with the last transition's who,
 * when and why. A round never stored is open.
 */
export interface RoundRecord {
  programme: string;
  orgUnit: string;
  period: RoundPeriod;
  state: RoundState;
  by: string | null;
  at: string | null;
  reason: string | null;
  exemptions: Exemption[];
}

/** States in which the round's figures may not be written. */
export const FROZEN_STATES: readonly RoundState[] = ['submitted', 'approved', 'locked'];
