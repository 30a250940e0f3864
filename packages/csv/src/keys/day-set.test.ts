import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DaySet, dayNumber } from './day-set.js';

describe('dayNumber', () => {
  it('counts days from 1970-01-01 like the calendar does', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    // 2016 is a leap year: 1 Mar is 60 days after 1 Jan.
    expect(dayNumber(2016, 3, 1) - dayNumber(2016, 1, 1)).toBe(60);
    // 9 May 2016 to 31 Dec 2020 spans 1697 days (the Cao Bằng programme period, end exclusive).
    expect(dayNumber(2020, 12, 31) - dayNumber(2016, 5, 9)).toBe(1697);
    expect(dayNumber(1969, 12, 31)).toBe(-1);
  });
});

describe('DaySet', () => {
  it('behaves like a Set of integers for any order of days', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -30_000, max: 60_000 }), { maxLength: 300 }),
        (days) => {
          const set = new DaySet();
          const model = new Set<number>();
          for (const d of days) {
            expect(set.add(d)).toBe(!model.has(d));
            model.add(d);
          }
        },
      ),
    );
  });
});
