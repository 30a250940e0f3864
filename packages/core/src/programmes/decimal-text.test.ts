import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecimalStringSchema, DecimalTextSchema, MAX_DECIMAL_DIGITS } from './schema.js';

describe('decimal text', () => {
  it(`takes up to ${MAX_DECIMAL_DIGITS} digits and refuses more, with its own message`, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_DECIMAL_DIGITS + 5 }),
        fc.integer({ min: 0, max: MAX_DECIMAL_DIGITS + 5 }),
        (whole, decimals) => {
          const text =
            decimals === 0 ? '7'.repeat(whole) : `${'7'.repeat(whole)}.${'1'.repeat(decimals)}`;
          const fits = whole + decimals <= MAX_DECIMAL_DIGITS;
          expect(DecimalTextSchema.safeParse(text).success).toBe(fits);
          expect(DecimalStringSchema.safeParse(text).success).toBe(fits);
        },
      ),
    );
    const r = DecimalTextSchema.safeParse('9'.repeat(900_000));
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual([
      `expected a non-negative decimal number of at most ${MAX_DECIMAL_DIGITS} digits`,
    ]);
    const bad = DecimalTextSchema.safeParse('x'.repeat(40));
    expect(bad.success ? [] : bad.error.issues.map((i) => i.message)).toEqual([
      'expected a non-negative decimal number',
    ]);
  });
});
