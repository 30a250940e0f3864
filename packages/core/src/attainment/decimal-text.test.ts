import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDecimalText } from './decimal-text.js';

// Wide enough that the reference never rounds a sum of two 30-digit texts.
const Wide = Decimal.clone({ precision: 80 });

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

// Integers around the 10^15 and 2^53 edges, leading zeros, and fixed-point texts.
const decimalText = fc.oneof(
  fc.nat({ max: 1000 }).map(String),
  fc.bigInt({ min: 0n, max: 10n ** 16n }).map(String),
  fc.constantFrom('999999999999999', '1000000000000000', '9007199254740991', '9007199254740993'),
  digits(1, 30),
  fc.tuple(digits(1, 20), digits(1, 12)).map(([w, f]) => `${w}.${f}`),
);

describe('addDecimalText', () => {
  it('adds exactly and writes the sum without leading or trailing zeros', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        expect(addDecimalText(a, b)).toBe(new Wide(a).plus(b).toFixed());
      }),
      { numRuns: 1000 },
    );
  });
});
