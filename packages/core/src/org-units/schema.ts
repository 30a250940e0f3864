import { z } from 'zod';
import { IsoDateSchema } from '../dates/calendar-date.js';

/** Administrative or organisational level of a unit. Open-ended: agencies add their own. */
export const OrgLevelSchema = z.union([
  z.enum(['country', 'province', 'district', 'commune', 'agency', 'department', 'unit']),
  z.string().min(1),
]);
/** Cấp: a unit's level, e.g. 'province' (tỉnh), 'commune' (xã), or an agency's own level. */
export type OrgLevel = z.infer<typeof OrgLevelSchema>;

/** A link from a unit to a unit that took over (part of) it on `date`. */
export const SuccessorLinkSchema = z.object({
  code: z.string().min(1),
  /** First day on which the successor holds the predecessor's population. */
  date: IsoDateSchema.optional(),
  /** The legal act behind the change, e.g. "202/2025/QH15". */
  reference: z.string().optional(),
});
/** A link to the unit that took over (part of) an org unit, with the date and legal act. */
export type SuccessorLink = z.infer<typeof SuccessorLinkSchema>;

/**
 * An org unit with history: a province, commune, agency or department.
 * `validTo` is the last day the unit existed (inclusive); `successors` lead to the units
 * that replaced it, so historical figures can be rolled up to today's units.
 */
export const OrgUnitSchema = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  /** English or other-language names. */
  names: z.record(z.string(), z.string()).optional(),
  level: OrgLevelSchema,
  parentCode: z.string().min(1).nullable().default(null),
  validFrom: IsoDateSchema.nullable().default(null),
  validTo: IsoDateSchema.nullable().default(null),
  successors: z.array(SuccessorLinkSchema).default([]),
  /** Other spellings that must resolve to this unit ("Bắc Cạn" for Bắc Kạn). */
  aliases: z.array(z.string()).default([]),
});
/** Đơn vị: a province, commune, agency or department with its validity dates and successors, after parsing. */
export type OrgUnit = z.infer<typeof OrgUnitSchema>;
/** An org unit as callers write it, before {@link OrgUnitSchema} fills the defaults. */
export type OrgUnitInput = z.input<typeof OrgUnitSchema>;
