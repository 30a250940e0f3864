import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso, addMonthsIso, isoDate } from '../../dates/calendar-date.js';
import { isPackOfKind } from '../book/pack-schema.js';
import { builtInRuleBook } from '../book/rule-book.js';
import {
  computeRetirement,
  remainingWorkingTime,
  retirementAge,
  retirementDate,
} from './retirement.js';

// Expected dates worked by hand from NĐ 135/2020 art. 4 and Appendix I: add the age for the
// candidate year to the birth month; if that month falls in the year, retirement is the first
// day of the next month, otherwise try the next year with its (higher) age.
const men: [birth: string, age: string, retires: string, why: string][] = [
  ['1960-12-10', '60y0m', '2021-01-01', '12/1960 + 60y = 12/2020, old age still applies in 2020'],
  ['1961-01-15', '60y3m', '2021-05-01', '1/1961 + 60y3m = 4/2021 (in 2021)'],
  ['1961-09-30', '60y3m', '2022-01-01', '9/1961 + 60y3m = 12/2021'],
  ['1961-10-01', '60y6m', '2022-05-01', '+60y3m = 1/2022 (not 2021); +60y6m = 4/2022'],
  ['1962-06-15', '60y6m', '2023-01-01', '6/1962 + 60y6m = 12/2022'],
  ['1962-07-01', '60y9m', '2023-05-01', '+60y6m = 1/2023; +60y9m = 4/2023'],
  ['1963-03-31', '60y9m', '2024-01-01', '3/1963 + 60y9m = 12/2023'],
  ['1963-04-01', '61y0m', '2024-05-01', '+60y9m = 1/2024; +61y = 4/2024'],
  ['1963-12-31', '61y0m', '2025-01-01', '12/1963 + 61y = 12/2024'],
  ['1964-01-01', '61y3m', '2025-05-01', '+61y = 1/2025; +61y3m = 4/2025'],
  ['1964-09-09', '61y3m', '2026-01-01', '9/1964 + 61y3m = 12/2025'],
  ['1964-10-10', '61y6m', '2026-05-01', '+61y3m = 1/2026; +61y6m = 4/2026'],
  ['1965-06-30', '61y6m', '2027-01-01', '6/1965 + 61y6m = 12/2026'],
  ['1965-07-01', '61y9m', '2027-05-01', '+61y6m = 1/2027; +61y9m = 4/2027'],
  ['1966-03-15', '61y9m', '2028-01-01', '3/1966 + 61y9m = 12/2027'],
  ['1966-04-01', '62y0m', '2028-05-01', '+61y9m = 1/2028; +62y = 4/2028, end of the roadmap'],
  ['1970-08-20', '62y0m', '2032-09-01', '8/1970 + 62y = 8/2032'],
  ['1973-12-31', '62y0m', '2036-01-01', '12/1973 + 62y = 12/2035'],
];

const women: [birth: string, age: string, retires: string, why: string][] = [
  ['1965-12-31', '55y0m', '2021-01-01', '12/1965 + 55y = 12/2020, old age still applies in 2020'],
  ['1966-01-20', '55y4m', '2021-06-01', '1/1966 + 55y4m = 5/2021'],
  ['1966-08-01', '55y4m', '2022-01-01', '8/1966 + 55y4m = 12/2021'],
  ['1966-09-01', '55y8m', '2022-06-01', '+55y4m = 1/2022; +55y8m = 5/2022'],
  ['1967-04-30', '55y8m', '2023-01-01', '4/1967 + 55y8m = 12/2022'],
  ['1967-05-01', '56y0m', '2023-06-01', '+55y8m = 1/2023; +56y = 5/2023'],
  ['1967-12-01', '56y0m', '2024-01-01', '12/1967 + 56y = 12/2023'],
  ['1968-01-01', '56y4m', '2024-06-01', '+56y = 1/2024; +56y4m = 5/2024'],
  ['1968-08-31', '56y4m', '2025-01-01', '8/1968 + 56y4m = 12/2024'],
  ['1968-09-01', '56y8m', '2025-06-01', '+56y4m = 1/2025; +56y8m = 5/2025'],
  ['1969-04-15', '56y8m', '2026-01-01', '4/1969 + 56y8m = 12/2025'],
  ['1969-05-15', '57y0m', '2026-06-01', '+56y8m = 1/2026; +57y = 5/2026'],
  ['1970-01-01', '57y4m', '2027-06-01', '+57y = 1/2027; +57y4m = 5/2027'],
  ['1971-01-01', '57y8m', '2028-10-01', '+57y4m = 5/2028 (not 2027); +57y8m = 9/2028'],
  ['1972-01-01', '58y4m', '2030-06-01', '+58y = 1/2030 (not 2029); +58y4m = 5/2030'],
  ['1975-04-30', '59y8m', '2035-01-01', '4/1975 + 59y8m = 12/2034'],
  ['1975-05-01', '60y0m', '2035-06-01', '+59y8m = 1/2035; +60y = 5/2035, end of the roadmap'],
  ['1980-02-29', '60y0m', '2040-03-01', '2/1980 + 60y = 2/2040 (a leap February)'],
];

const ageText = (a: { years: number; months: number }) => `${a.years}y${a.months}m`;

describe('retirement roadmap, NĐ 135/2020', () => {
  it.each(men)('man born %s retires at %s on %s (%s)', (birth, age, retires) => {
    const subject = { birthDate: birth, sex: 'male' as const };
    expect(ageText(retirementAge(subject))).toBe(age);
    expect(retirementDate(subject)).toBe(retires);
  });

  it.each(women)('woman born %s retires at %s on %s (%s)', (birth, age, retires) => {
    const subject = { birthDate: birth, sex: 'female' as const };
    expect(ageText(retirementAge(subject))).toBe(age);
    expect(retirementDate(subject)).toBe(retires);
  });

  it('ends working life on the last day of the month the age is reached', () => {
    // 1/1961 + 60y3m = 4/2021: working life ends at the end of 30/4/2021.
    expect(computeRetirement({ birthDate: '1961-01-15', sex: 'male' }).lastWorkingDay).toBe(
      '2021-04-30',
    );
    expect(computeRetirement({ birthDate: '1980-02-29', sex: 'female' }).lastWorkingDay).toBe(
      '2040-02-29',
    );
  });

  it('applies the 2012 code (60 / 55) when given its pack', () => {
    const pack = builtInRuleBook().get('vn.retirement.blld-2012');
    if (!isPackOfKind(pack, 'retirement')) throw new Error('pack missing');
    // 3/1965 + 60y = 3/2025 under the old flat age.
    expect(retirementDate({ birthDate: '1965-03-10', sex: 'male' }, { pack })).toBe('2025-04-01');
  });

  it('counts remaining working time in months, then days', () => {
    // Retires 1/5/2021; from 15/3/2021: one month to 15/4, then 16 days to 1/5.
    expect(remainingWorkingTime({ birthDate: '1961-01-15', sex: 'male' }, '2021-03-15')).toEqual({
      months: 1,
      days: 16,
      retirementDate: '2021-05-01',
      lastWorkingDay: '2021-04-30',
      retired: false,
    });
    const after = remainingWorkingTime({ birthDate: '1961-01-15', sex: 'male' }, '2021-05-01');
    expect(after).toMatchObject({ months: 0, days: 0, retired: true });
  });

  const birth = fc
    .record({
      y: fc.integer({ min: 1950, max: 2005 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => isoDate(y, m, d));
  const sex = fc.constantFrom('male' as const, 'female' as const);

  it('retires on a first of month, within the legal bounds, never earlier for a later birth', () => {
    fc.assert(
      fc.property(birth, birth, sex, (a, b, s) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const ra = computeRetirement({ birthDate: early, sex: s });
        const rb = computeRetirement({ birthDate: late, sex: s });
        const [lo, hi] = s === 'male' ? [720, 744] : [660, 720];
        return (
          ra.retirementDate.endsWith('-01') &&
          ra.ageMonths >= lo &&
          ra.ageMonths <= hi &&
          ra.retirementDate <= rb.retirementDate
        );
      }),
    );
  });

  it('has whole months that are maximal and days that add up to the retirement date', () => {
    fc.assert(
      fc.property(birth, sex, fc.integer({ min: 0, max: 25_000 }), (b, s, offset) => {
        const from = addDaysIso('2000-01-01', offset);
        const left = remainingWorkingTime({ birthDate: b, sex: s }, from);
        if (left.retired) return from >= left.retirementDate && left.months + left.days === 0;
        return (
          addDaysIso(addMonthsIso(from, left.months), left.days) === left.retirementDate &&
          addMonthsIso(from, left.months + 1) > left.retirementDate
        );
      }),
    );
  });
});
