import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sumDecimalTexts } from './decimal-sum.js';

// A decimal as scaled integer parts, so the expected sum is computed without the code under test.
const decimal = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 6 }))
  .map(([units, scale]) => ({ units, scale }));

function text({ units, scale }: { units: bigint; scale: number }): string {
  if (scale === 0) return units.toString();
  const digits = units.toString().padStart(scale + 1, '0');
  return `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

describe('sumDecimalTexts', () => {
  it('adds the Cao Bằng master figures 30 + 117 + 4 to 151', () => {
    expect(sumDecimalTexts(['30', '117', '4'])).toBe('151');
  });

  it('adds 0.1 and 0.2 to exactly 0.3 and drops trailing zeros', () => {
    expect(sumDecimalTexts(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimalTexts(['0.50', '0.25', '2'])).toBe('2.75');
    expect(sumDecimalTexts([])).toBe('0');
  });

  it('equals the sum of scaled integers for any list of decimals', () => {
    fc.assert(
      fc.property(fc.array(decimal, { maxLength: 30 }), (values) => {
        const scale = Math.max(0, ...values.map((v) => v.scale));
        const total = values.reduce((acc, v) => acc + v.units * 10n ** BigInt(scale - v.scale), 0n);
        const expected =
          scale === 0
            ? total.toString()
            : text({ units: total, scale }).replace(/0+$/, '').replace(/\.$/, '');
        expect(sumDecimalTexts(values.map(text))).toBe(expected);
      }),
    );
  });
});
