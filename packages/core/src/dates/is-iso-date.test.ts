import { IsoDateSchema, isIsoDate } from '@cadre/core';
import { isoDateFault } from '@cadre/core/adapter';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Texts near the shape of a date, so both answers are common.
const dateLike = fc
  .tuple(
    fc.integer({ min: 0, max: 10_999 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.constantFrom('-', '/', '.'),
  )
  .map(([y, m, d, sep]) =>
    [String(y).padStart(4, '0'), String(m).padStart(2, '0'), String(d).padStart(2, '0')].join(sep),
  );

describe('isIsoDate', () => {
  it('accepts exactly what IsoDateSchema accepts', () => {
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string({ maxLength: 12 }), fc.anything()), (value) => {
        expect(isIsoDate(value)).toBe(IsoDateSchema.safeParse(value).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('knows leap days and the shape', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2019-02-31')).toBe(false);
    expect(isIsoDate('20/05/2019')).toBe(false);
    expect(isIsoDate('２０１９-05-20')).toBe(false);
    expect(isIsoDate(20190520)).toBe(false);
  });
});

describe('isoDateFault', () => {
  it('is undefined for a date, calendar for a well-shaped non-day, shape otherwise', () => {
    const shaped = /^\d{4}-\d{2}-\d{2}$/;
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string({ maxLength: 12 })), (text) => {
        const fault = isoDateFault(text);
        if (IsoDateSchema.safeParse(text).success) expect(fault).toBeUndefined();
        else expect(fault).toBe(shaped.test(text) ? 'calendar' : 'shape');
      }),
      { numRuns: 2000 },
    );
  });
});
