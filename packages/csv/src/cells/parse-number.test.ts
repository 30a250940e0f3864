import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimalText } from '../write/format-number.js';
import { CSV_LOCALES } from './locale.js';
import { parseCount, parseNumberText } from './parse-number.js';

const vi = CSV_LOCALES['vi-VN'];
const en = CSV_LOCALES.en;
const plain = CSV_LOCALES.plain;

describe('parseNumberText', () => {
  it('reads the Nghệ An figures in vi-VN: "6.666" posts and "8,1" percent', () => {
    expect(parseNumberText('6.666', vi)).toEqual({ ok: true, text: '6666' });
    expect(parseNumberText('82.300', vi)).toEqual({ ok: true, text: '82300' });
    expect(parseNumberText('8,1', vi)).toEqual({ ok: true, text: '8.1' });
    expect(parseNumberText('1.234,5', vi)).toEqual({ ok: true, text: '1234.5' });
  });

  it('reads the same quantities written in English', () => {
    expect(parseNumberText('6,666', en)).toEqual({ ok: true, text: '6666' });
    expect(parseNumberText('1,234.5', en)).toEqual({ ok: true, text: '1234.5' });
    expect(parseNumberText('6.666', en)).toEqual({ ok: true, text: '6.666' });
  });

  it('refuses to guess in plain: "6.666" and "8,1" need a declared locale', () => {
    expect(parseNumberText('6.666', plain)).toEqual({ ok: false, code: 'csv.ambiguous_number' });
    expect(parseNumberText('8,1', plain)).toEqual({ ok: false, code: 'csv.ambiguous_number' });
    expect(parseNumberText('0.125', plain)).toEqual({ ok: true, text: '0.125' });
    expect(parseNumberText('41', plain)).toEqual({ ok: true, text: '41' });
  });

  it('rejects negatives, text, bad groups and formulas', () => {
    expect(parseNumberText('-5', vi)).toEqual({ ok: false, code: 'csv.negative_number' });
    expect(parseNumberText('mười', vi)).toEqual({ ok: false, code: 'csv.invalid_number' });
    expect(parseNumberText('1.23', vi)).toEqual({ ok: false, code: 'csv.invalid_number' });
    expect(parseNumberText('12.34.567', vi)).toEqual({ ok: false, code: 'csv.invalid_number' });
    expect(parseNumberText('=SUM(A1:A3)', vi)).toEqual({ ok: false, code: 'csv.invalid_number' });
    expect(parseNumberText('10%', vi)).toEqual({ ok: false, code: 'csv.invalid_number' });
    expect(parseNumberText('10%', vi, { percent: true })).toEqual({ ok: true, text: '10' });
  });

  it('reads back what formatDecimalText writes, in every locale', () => {
    const decimal = fc
      .tuple(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.option(fc.stringMatching(/^\d{0,4}[1-9]$/)),
      )
      .map(([i, f]) => (f === null ? String(i) : `${i}.${f}`));
    fc.assert(
      fc.property(decimal, fc.constantFrom(vi, en, plain), (text, locale) => {
        expect(parseNumberText(formatDecimalText(text, locale), locale)).toEqual({
          ok: true,
          text,
        });
      }),
    );
  });
});

describe('parseCount', () => {
  it('keeps counts as integers and larger or fractional values as decimal text', () => {
    expect(parseCount('117', plain)).toBe(117);
    expect(parseCount('3.000', vi)).toBe(3000);
    expect(parseCount('12345678901234567', plain)).toBe('12345678901234567');
    expect(parseCount('2,5', vi)).toBe('2.5');
    expect(parseCount('x', plain)).toBe('csv.invalid_number');
  });
});
