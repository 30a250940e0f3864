import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates/calendar-date.js';
import { categorize } from './categorize.js';
import { evaluatePredicate } from './evaluate-predicate.js';
import { type Person, PersonSchema } from './schema.js';
import { STANDARD_CATEGORIES } from './standard-categories.js';

// Rerun under several TZ values: an age is a count of calendar birthdays, not of milliseconds.
const born = (birthDate: string): Person =>
  PersonSchema.parse({
    id: 'p',
    birthDate,
    sex: 'male',
    employment: 'civil_servant',
    orgUnit: '04',
    leadershipTier: 'department',
  });

describe(`age predicates (TZ=${Intl.DateTimeFormat().resolvedOptions().timeZone})`, () => {
  it('turns 40 on the birthday itself: young the day before, not on the day (province threshold, under 40)', () => {
    const p = born('1979-05-21');
    const young = { young: true } as const;
    expect(evaluatePredicate(young, p, { asOf: '2019-05-20', youthAge: 40 })).toBe(true);
    expect(evaluatePredicate(young, p, { asOf: '2019-05-21', youthAge: 40 })).toBe(false);
    // The central-level threshold (under 45, QĐ 50) keeps him young for five more years.
    expect(evaluatePredicate(young, p, { asOf: '2024-05-20', youthAge: 45 })).toBe(true);
    expect(evaluatePredicate(young, p, { asOf: '2024-05-21', youthAge: 45 })).toBe(false);
  });

  it('ages someone born on 29 February on 28 February in common years and on the 29th in leap years', () => {
    const p = born('1980-02-29');
    const at = (asOf: string) => evaluatePredicate({ age: { gte: 39 } }, p, { asOf, youthAge: 40 });
    expect(at('2019-02-27')).toBe(false);
    expect(at('2019-02-28')).toBe(true);
    const young = (asOf: string) => evaluatePredicate({ young: true }, p, { asOf, youthAge: 40 });
    expect(young('2020-02-28')).toBe(true);
    expect(young('2020-02-29')).toBe(false);
  });

  it('bounds ages with lt, lte, gt and gte', () => {
    const p = born('1976-01-01'); // 43 on 20/5/2019
    const ctx = { asOf: '2019-05-20', youthAge: 40 };
    expect(evaluatePredicate({ age: { gte: 43, lt: 44 } }, p, ctx)).toBe(true);
    expect(evaluatePredicate({ age: { gt: 43 } }, p, ctx)).toBe(false);
    expect(evaluatePredicate({ age: { lte: 43 } }, p, ctx)).toBe(true);
    expect(evaluatePredicate({ age: { lt: 43 } }, p, ctx)).toBe(false);
  });

  it('marks a leader young exactly when the age is under the threshold, and never a staff member', () => {
    const day = fc
      .record({
        y: fc.integer({ min: 1950, max: 2000 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 31 }),
      })
      .filter(({ y, m, d }) => new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d)
      .map(({ y, m, d }) => isoDate(y, m, d));
    // Reviews fall on 20 May, so the age is the year difference less one if the birthday is later in the year.
    const review = fc.integer({ min: 2016, max: 2030 });
    fc.assert(
      fc.property(day, review, fc.integer({ min: 30, max: 50 }), (birthDate, year, youthAge) => {
        const asOf = isoDate(year, 5, 20);
        const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
        const age = year - y - (m > 5 || (m === 5 && d > 20) ? 1 : 0);
        const leader = born(birthDate);
        const codes = categorize(leader, STANDARD_CATEGORIES, { asOf, youthAge });
        expect(codes.includes('young_leader_manager')).toBe(age < youthAge);
        const staff = { ...leader, leadershipTier: 'none' };
        expect(categorize(staff, STANDARD_CATEGORIES, { asOf, youthAge })).not.toContain(
          'young_leader_manager',
        );
      }),
    );
  });
});
