import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { todayInVietnam } from './today-in-vietnam.js';

describe('todayInVietnam', () => {
  it('is the date seven hours ahead of UTC, whatever the machine zone', () => {
    // Việt Nam keeps UTC+7 all year, without daylight saving.
    const instants = fc.date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2090-12-31T23:59:59Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(instants, (d) => {
        const shifted = new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
        expect(todayInVietnam(d)).toBe(shifted);
      }),
    );
  });

  it('turns to the next day at 17:00 UTC', () => {
    expect(todayInVietnam(new Date('2019-05-19T16:59:59Z'))).toBe('2019-05-19');
    expect(todayInVietnam(new Date('2019-05-19T17:00:00Z'))).toBe('2019-05-20');
  });
});
