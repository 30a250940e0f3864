import type { Sex } from '../../categories/schema.js';
import {
  addMonthsIso,
  dateParts,
  daysBetween,
  daysInMonth,
  type IsoDate,
  IsoDateSchema,
  isoDate,
  monthsBetween,
} from '../../dates/calendar-date.js';
import { CadreError } from '../../result/error.js';
import { type AgeSchedule, isPackOfKind, type RetirementPack } from '../book/pack-schema.js';
import { builtInRuleBook } from '../book/rule-book.js';

/** Who retires: the two facts the retirement age depends on. */
export interface RetirementSubject {
  birthDate: IsoDate;
  sex: Sex;
}

/** Options for the retirement functions: which age schedule to apply. */
export interface RetirementOptions {
  /** The schedule to apply; default the built-in NĐ 135/2020 pack (Bộ luật Lao động 2019). */
  pack?: RetirementPack;
}

/** When and at what age a person retires under one schedule. */
export interface RetirementFacts {
  /** The retirement age that applies, as years and months. */
  age: { years: number; months: number };
  /** The same age in months. */
  ageMonths: number;
  /** The last day of the month in which the age is reached: the end of working life (NĐ 135, art. 3). */
  lastWorkingDay: IsoDate;
  /** The first day of the following month: the first day in retirement, when the pension starts. */
  retirementDate: IsoDate;
}

const NATIONAL_PACK_ID = 'vn.retirement.nd-135-2020';

function defaultPack(): RetirementPack {
  const pack = builtInRuleBook().get(NATIONAL_PACK_ID);
  if (!isPackOfKind(pack, 'retirement')) {
    throw new CadreError('not_found', `built-in rule pack ${NATIONAL_PACK_ID} is missing`);
  }
  return pack;
}

/** The age (months) applying to people who reach it in `year`. */
function ageForYear(schedule: AgeSchedule, year: number): number {
  let age = schedule.initialAgeMonths;
  for (const step of schedule.steps) if (step.fromYear <= year) age = step.ageMonths;
  return age;
}

/**
 * Works out the retirement age and dates. The age applies by the calendar year in which the
 * person reaches it: the person retires in the first month M whose age in months (counting
 * the birth month as 0) is at least the age set for M's year. Only the birth month matters.
 * @example
 * computeRetirement({ birthDate: '1961-01-15', sex: 'male' });
 * // { age: { years: 60, months: 3 }, ageMonths: 723, lastWorkingDay: '2021-04-30', retirementDate: '2021-05-01' }
 */
export function computeRetirement(
  subject: RetirementSubject,
  options: RetirementOptions = {},
): RetirementFacts {
  if (!IsoDateSchema.safeParse(subject.birthDate).success) {
    throw new CadreError(
      'invalid_argument',
      `birthDate must be a YYYY-MM-DD date, got ${subject.birthDate}`,
      {
        path: ['birthDate'],
      },
    );
  }
  const pack = options.pack ?? defaultPack();
  const schedule = subject.sex === 'male' ? pack.params.male : pack.params.female;
  const birth = dateParts(subject.birthDate);
  const birthIndex = birth.year * 12 + (birth.month - 1);
  // Ages never fall, so the first year with a qualifying month holds the earliest one.
  for (let year = birth.year; year <= birth.year + 200; year++) {
    const ageMonths = ageForYear(schedule, year);
    const reachIndex = birthIndex + ageMonths;
    if (Math.floor(reachIndex / 12) > year) continue;
    const index = Math.max(reachIndex, year * 12);
    const y = Math.floor(index / 12);
    const m = (index % 12) + 1;
    return {
      age: { years: Math.floor(ageMonths / 12), months: ageMonths % 12 },
      ageMonths,
      lastWorkingDay: isoDate(y, m, daysInMonth(y, m)),
      retirementDate: m === 12 ? isoDate(y + 1, 1, 1) : isoDate(y, m + 1, 1),
    };
  }
  throw new CadreError('invalid_argument', `pack ${pack.id} gives no retirement age`, {
    path: ['pack', 'params', subject.sex],
  });
}

/**
 * The retirement age that applies to a person, as years and months.
 * @example
 * retirementAge({ birthDate: '1961-10-01', sex: 'male' }); // { years: 60, months: 6 }
 */
export function retirementAge(
  subject: RetirementSubject,
  options: RetirementOptions = {},
): { years: number; months: number } {
  return computeRetirement(subject, options).age;
}

/**
 * The first day in retirement: the first day of the month after the month in which the person
 * reaches the retirement age (the pension-start column of NĐ 135/2020, Appendix I).
 * @example
 * retirementDate({ birthDate: '1966-01-20', sex: 'female' }); // '2021-06-01' (55y4m reached 5/2021)
 */
export function retirementDate(
  subject: RetirementSubject,
  options: RetirementOptions = {},
): IsoDate {
  return computeRetirement(subject, options).retirementDate;
}

/** Working time left at a date: whole months, then days, until the retirement date. */
export interface RemainingWorkingTime {
  months: number;
  days: number;
  retirementDate: IsoDate;
  lastWorkingDay: IsoDate;
  /** True when `asOf` is on or after the retirement date (months and days are then 0). */
  retired: boolean;
}

/**
 * Working time left from `asOf` (counted) until the retirement date (not counted): whole
 * months, then the remaining days.
 * @example
 * remainingWorkingTime({ birthDate: '1961-01-15', sex: 'male' }, '2021-03-15');
 * // { months: 1, days: 16, retirementDate: '2021-05-01', lastWorkingDay: '2021-04-30', retired: false }
 */
export function remainingWorkingTime(
  subject: RetirementSubject,
  asOf: IsoDate,
  options: RetirementOptions = {},
): RemainingWorkingTime {
  const facts = computeRetirement(subject, options);
  const base = { retirementDate: facts.retirementDate, lastWorkingDay: facts.lastWorkingDay };
  if (asOf >= facts.retirementDate) return { months: 0, days: 0, ...base, retired: true };
  const months = monthsBetween(asOf, facts.retirementDate);
  const days = daysBetween(addMonthsIso(asOf, months), facts.retirementDate);
  return { months, days, ...base, retired: false };
}
