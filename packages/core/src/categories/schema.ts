import { z } from 'zod';
import { IsoDateSchema } from '../dates/calendar-date.js';

/**
 * Employment class: cán bộ (cadre), công chức (civil servant), viên chức (public employee),
 * and the commune-level cán bộ / công chức cấp xã.
 */
export const EmploymentClassSchema = z.enum([
  'cadre',
  'civil_servant',
  'public_employee',
  'commune_cadre',
  'commune_civil_servant',
  'other',
]);
/** Employment class of a person (cán bộ, công chức, viên chức…), one of the employment-class codes. */
export type EmploymentClass = z.infer<typeof EmploymentClassSchema>;

/** Sex (giới tính) as recorded: `male` (nam) or `female` (nữ); planning rules count women against QĐ 50's 25%. */
export const SexSchema = z.enum(['male', 'female']);
/** Sex (giới tính): `male` or `female`. */
export type Sex = z.infer<typeof SexSchema>;

/** A person's attributes that categories and rules look at. Person-level data is personal data. */
export const PersonSchema = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  birthDate: IsoDateSchema,
  sex: SexSchema,
  ethnicMinority: z.boolean().default(false),
  employment: EmploymentClassSchema,
  orgUnit: z.string().min(1),
  /** Leadership tier of the current post, e.g. 'department' (cấp phòng), 'province' (cấp tỉnh); 'none' for staff. */
  leadershipTier: z.string().default('none'),
  /** Management tier, e.g. 'provincial_standing_committee' (diện Ban Thường vụ Tỉnh ủy quản lý). */
  managementTier: z.string().optional(),
  /** Sector code, e.g. 'education', 'health', 'culture_tourism'. */
  sector: z.string().optional(),
  /** Whether the person is local to the province (người địa phương). */
  local: z.boolean().optional(),
  /** Post codes for which the person is in the succession pool (quy hoạch). */
  plannedPosts: z.array(z.string()).default([]),
  /** Further attributes a province tracks; predicates can read them by name. */
  attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
});
/** Cán bộ, công chức, viên chức: one person as categories and rules see them, after parsing (defaults filled). */
export type Person = z.infer<typeof PersonSchema>;
/** A person as callers write it, before {@link PersonSchema} fills the defaults. */
export type PersonInput = z.input<typeof PersonSchema>;

/** A scalar a predicate compares with. */
const Scalar = z.union([z.string(), z.number(), z.boolean()]);

/**
 * A composable, JSON-serialisable predicate over a person at a date.
 * `young` uses the evaluation context's youth threshold (set by the programme). `communeLevel`
 * asks the employment-classes rule in force at the date who is cán bộ, công chức cấp xã: by
 * class under Luật 22/2008, by the level of the person's unit under Luật 80/2025 (1/7/2025 on).
 */
export type Predicate =
  | { all: Predicate[] }
  | { any: Predicate[] }
  | { not: Predicate }
  | { field: string; in: (string | number | boolean)[] }
  | { field: string; eq: string | number | boolean }
  | { age: { lt?: number; lte?: number; gt?: number; gte?: number } }
  | { young: boolean }
  | { communeLevel: boolean }
  | { always: true };

/** Validates a JSON {@link Predicate}; unknown keys are rejected so a typo never matches everyone. */
export const PredicateSchema: z.ZodType<Predicate> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(PredicateSchema) }).strict(),
    z.object({ any: z.array(PredicateSchema) }).strict(),
    z.object({ not: PredicateSchema }).strict(),
    z.object({ field: z.string().min(1), in: z.array(Scalar) }).strict(),
    z.object({ field: z.string().min(1), eq: Scalar }).strict(),
    z
      .object({
        age: z
          .object({
            lt: z.number().int().optional(),
            lte: z.number().int().optional(),
            gt: z.number().int().optional(),
            gte: z.number().int().optional(),
          })
          .strict(),
      })
      .strict(),
    z.object({ young: z.boolean() }).strict(),
    z.object({ communeLevel: z.boolean() }).strict(),
    z.object({ always: z.literal(true) }).strict(),
  ]),
);

/** A node of the category tree: a code, vi/en names, a parent and the predicate that defines it. */
export const CategorySchema = z.object({
  code: z.string().min(1),
  name: z.object({ vi: z.string().min(1), en: z.string().min(1) }),
  parentCode: z.string().min(1).nullable().default(null),
  predicate: PredicateSchema,
});
/** Đối tượng: a category of people (e.g. "cán bộ lãnh đạo, quản lý trẻ"), a node of the category tree. */
export type Category = z.infer<typeof CategorySchema>;
/** A category as callers write it, before {@link CategorySchema} fills `parentCode`. */
export type CategoryInput = z.input<typeof CategorySchema>;
