import type { Person } from '../../categories/schema.js';
import type { IsoDate } from '../../dates/calendar-date.js';
import type { RotationRecord } from '../../records/schema.js';
import type { RuleBook } from '../book/rule-book.js';
import { evaluateRotation, type RotationCheck, type RotationContext } from './evaluate-rotation.js';

/** One rotation of a plan, with its own purpose when it is a special case. */
export interface RotationPlanEntry {
  person: Person;
  rotation: RotationRecord;
  purpose?: RotationContext['purpose'];
}

/** The result of checking a rotation plan (kế hoạch luân chuyển): each rotation's check and the counts by code. */
export interface RotationPlanCheck {
  results: (RotationCheck & { rotationId: string; personId: string })[];
  /** How many violations of each code the plan has. */
  countsByCode: Record<string, number>;
  /** How many rotations have at least one error. */
  rotationsWithErrors: number;
}

/**
 * Checks every rotation of a plan (each against the pack in force on its own start date) and
 * counts the violations by code.
 * @example
 * evaluateRotationPlan(entries, '2023-01-01', { context: { orgUnits } }).countsByCode;
 * // { 'rotation.duration_short': 2, 'rotation.not_in_planning': 1 }
 */
export function evaluateRotationPlan(
  entries: readonly RotationPlanEntry[],
  asOf: IsoDate,
  options: { book?: RuleBook; context?: Omit<RotationContext, 'purpose'> } = {},
): RotationPlanCheck {
  const countsByCode: Record<string, number> = {};
  let rotationsWithErrors = 0;
  const results = entries.map((entry) => {
    const context: RotationContext = { ...options.context };
    if (entry.purpose !== undefined) context.purpose = entry.purpose;
    const check = evaluateRotation({
      person: entry.person,
      rotation: entry.rotation,
      asOf,
      context,
      ...(options.book ? { book: options.book } : {}),
    });
    for (const v of check.violations) countsByCode[v.code] = (countsByCode[v.code] ?? 0) + 1;
    if (check.violations.some((v) => v.severity === 'error')) rotationsWithErrors += 1;
    return { ...check, rotationId: entry.rotation.id, personId: entry.person.id };
  });
  return { results, countsByCode, rotationsWithErrors };
}
