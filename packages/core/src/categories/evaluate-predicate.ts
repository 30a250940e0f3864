import { ageAt, dateParts, type IsoDate, isRealDate } from '../dates/calendar-date.js';
import type { OrgUnitIndex } from '../org-units/org-unit-index.js';
import { CadreError } from '../result/error.js';
import type { RuleBook } from '../rules/book/rule-book.js';
import { isCommuneLevel } from './commune-level.js';
import type { Person, Predicate } from './schema.js';

/** The date a person is judged at, and the programme's youth threshold (under 40 at province level). */
export interface PredicateContext {
  asOf: IsoDate;
  youthAge: number;
  /** Org units, for `communeLevel` from 1/7/2025 (by the level of the person's unit). */
  orgUnits?: OrgUnitIndex | undefined;
  /** The rule book whose employment-classes pack `communeLevel` asks; the built-ins by default. */
  rules?: RuleBook | undefined;
}

type Scalar = string | number | boolean;

/**
 * Tells whether a person satisfies a predicate at `ctx.asOf`. Fields are read from the person's
 * top-level keys, then from `attributes`; a missing field matches nothing. Text compares in NFC;
 * a list field (plannedPosts) matches when any of its items does. `young` means
 * `ageAt(birthDate, asOf) < youthAge`.
 * @example
 * evaluatePredicate({ all: [{ young: true }, { field: 'sex', eq: 'female' }] }, person,
 *   { asOf: '2019-05-20', youthAge: 40 }); // true for a woman born 1985-01-01
 */
export function evaluatePredicate(
  predicate: Predicate,
  person: Person,
  ctx: PredicateContext,
): boolean {
  assertContext(ctx);
  return evaluate(predicate, person, ctx);
}

/**
 * Throws `CadreError('invalid_argument')` when the context is misused; predicates never throw.
 * @example
 * assertContext({ asOf: '20/5/2019', youthAge: 40 }); // throws: asOf must be a YYYY-MM-DD date
 */
export function assertContext(ctx: PredicateContext): void {
  const { year, month, day } = dateParts(String(ctx.asOf));
  // A plain check rather than the zod schema: this runs once per person and record.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(ctx.asOf) || !isRealDate(year, month, day)) {
    throw new CadreError('invalid_argument', `asOf must be a YYYY-MM-DD date, got ${ctx.asOf}`, {
      path: ['asOf'],
    });
  }
  if (!Number.isInteger(ctx.youthAge) || ctx.youthAge <= 0) {
    throw new CadreError('invalid_argument', `youthAge must be a positive integer`, {
      path: ['youthAge'],
      details: ctx.youthAge,
    });
  }
}

/**
 * The recursive step of `evaluatePredicate`, without the context check (callers check once).
 * @example
 * evaluate({ not: { young: true } }, person, { asOf: '2019-05-20', youthAge: 40 }); // true at 40 and over
 */
export function evaluate(predicate: Predicate, person: Person, ctx: PredicateContext): boolean {
  if ('all' in predicate) return predicate.all.every((p) => evaluate(p, person, ctx));
  if ('any' in predicate) return predicate.any.some((p) => evaluate(p, person, ctx));
  if ('not' in predicate) return !evaluate(predicate.not, person, ctx);
  if ('always' in predicate) return true;
  if ('communeLevel' in predicate) return isCommuneLevel(person, ctx) === predicate.communeLevel;
  if ('young' in predicate) {
    return ageAt(person.birthDate, ctx.asOf) < ctx.youthAge === predicate.young;
  }
  if ('age' in predicate) {
    const age = ageAt(person.birthDate, ctx.asOf);
    const { lt, lte, gt, gte } = predicate.age;
    return (
      (lt === undefined || age < lt) &&
      (lte === undefined || age <= lte) &&
      (gt === undefined || age > gt) &&
      (gte === undefined || age >= gte)
    );
  }
  const wanted = 'eq' in predicate ? [predicate.eq] : predicate.in;
  return fieldMatches(readField(person, predicate.field), wanted);
}

function readField(person: Person, field: string): unknown {
  if (field !== 'attributes' && Object.hasOwn(person, field)) {
    const top = (person as Record<string, unknown>)[field];
    if (top !== undefined) return top;
  }
  return Object.hasOwn(person.attributes, field) ? person.attributes[field] : undefined;
}

function fieldMatches(value: unknown, wanted: readonly Scalar[]): boolean {
  if (Array.isArray(value)) return value.some((v) => fieldMatches(v, wanted));
  if (typeof value === 'string') {
    const text = value.normalize('NFC');
    return wanted.some((w) => typeof w === 'string' && w.normalize('NFC') === text);
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return wanted.some((w) => w === value);
  }
  return false;
}
