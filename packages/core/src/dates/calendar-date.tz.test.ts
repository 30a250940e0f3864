import {
  addDaysIso,
  addMonthsIso,
  ageAt,
  daysBetween,
  IsoDateSchema,
  monthsBetween,
  parseVnDate,
} from '@cadre/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Runs under several TZ values: none of these may depend on the clock's zone.
describe('calendar dates', () => {
  it('rejects dates that do not exist', () => {
    expect(IsoDateSchema.safeParse('2019-02-31').success).toBe(false);
    expect(IsoDateSchema.safeParse('2019-13-01').success).toBe(false);
    expect(IsoDateSchema.safeParse('2020-02-29').success).toBe(true);
    expect(IsoDateSchema.safeParse('2019-02-29').success).toBe(false);
    expect(IsoDateSchema.safeParse('20/5/2019').success).toBe(false);
  });

  it('reads Vietnamese d/M/yyyy dates and refuses 31/02/2019', () => {
    expect(parseVnDate('9/5/2016')).toBe('2016-05-09');
    expect(parseVnDate('20/05/2019')).toBe('2019-05-20');
    expect(parseVnDate('13.6.2019')).toBe('2019-06-13');
    expect(parseVnDate('31/02/2019')).toBeNull();
    expect(parseVnDate('5/20/2019')).toBeNull();
  });

  it('adds months by clamping to the month end', () => {
    expect(addMonthsIso('2019-01-31', 1)).toBe('2019-02-28');
    expect(addMonthsIso('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonthsIso('1961-01-15', 60 * 12 + 3)).toBe('2021-04-15');
  });

  it('counts whole months and ages from the birthday on', () => {
    expect(monthsBetween('2019-01-15', '2022-01-14')).toBe(35);
    expect(monthsBetween('2019-01-15', '2022-01-15')).toBe(36);
    expect(ageAt('1979-05-21', '2019-05-20')).toBe(39);
    expect(ageAt('1979-05-20', '2019-05-20')).toBe(40);
  });

  it('keeps day arithmetic consistent across DST and leap years (property)', () => {
    const day = fc.integer({ min: 0, max: 365 * 80 }).map((n) => addDaysIso('1950-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        const e = addDaysIso(d, n);
        expect(IsoDateSchema.safeParse(e).success).toBe(true);
        expect(daysBetween(d, e)).toBe(n);
      }),
    );
  });
});
