import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCadreError } from '../result/error.js';
import {
  canonicalDecimal,
  canonicalDisaggregation,
  canonicalObservationValue,
  compareKeys,
  normalizeNfcDeep,
  observationKey,
} from './keys.js';

const decimalText = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 12 }))
  .map(([units, scale]) => {
    const digits = units.toString().padStart(scale + 1, '0');
    return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  });

describe('canonicalDecimal', () => {
  it('drops leading and trailing zeros and keeps plain notation', () => {
    expect(canonicalDecimal('082300')).toBe('82300');
    expect(canonicalDecimal('10.50')).toBe('10.5');
    expect(canonicalDecimal('0.000')).toBe('0');
    expect(canonicalDecimal('1e21'.replace('1e21', '1000000000000000000000'))).toBe(
      '1000000000000000000000',
    );
  });

  it('keeps the value and is idempotent for any decimal text', () => {
    fc.assert(
      fc.property(decimalText, (text) => {
        const c = canonicalDecimal(text);
        expect(new Decimal(c).eq(new Decimal(text))).toBe(true);
        expect(canonicalDecimal(c)).toBe(c);
        expect(c).not.toMatch(/e|^0\d|\.\d*0$/);
      }),
    );
  });

  it('throws CadreError for NaN, Infinity and junk', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 'abc', '']) {
      let caught: unknown;
      try {
        canonicalDecimal(bad);
      } catch (e) {
        caught = e;
      }
      expect(isCadreError(caught), String(bad)).toBe(true);
    }
  });
});

describe('canonicalObservationValue', () => {
  it('keeps integers up to 2^53 − 1 as numbers and larger ones as exact text', () => {
    expect(canonicalObservationValue('24')).toBe(24);
    expect(canonicalObservationValue(9007199254740991)).toBe(9007199254740991);
    // 2^53 + 1 = 9007199254740993 has no double; it must stay text.
    expect(canonicalObservationValue('9007199254740993')).toBe('9007199254740993');
    expect(canonicalObservationValue('0.50')).toBe('0.5');
    expect(canonicalObservationValue('7.0')).toBe(7);
  });
});

describe('natural keys', () => {
  it('ignores the order of disaggregation entries', () => {
    const a = { sector: 'y tế', sex: 'female' };
    const b = { sex: 'female', sector: 'y tế' };
    expect(canonicalDisaggregation(a)).toBe(canonicalDisaggregation(b));
    const obs = { programme: 'P', indicator: 'i', orgUnit: '04', date: '2019-05-20' };
    expect(observationKey({ ...obs, disaggregation: a })).toEqual(
      observationKey({ ...obs, disaggregation: b }),
    );
  });

  it('does not confuse values that contain separators', () => {
    expect(canonicalDisaggregation({ a: 'b;c=d' })).not.toBe(
      canonicalDisaggregation({ a: 'b', c: 'd' }),
    );
  });

  it('orders keys element by element in code-unit order', () => {
    expect(compareKeys(['a', '2'], ['a', '10'])).toBe(1);
    expect(compareKeys(['a'], ['a', ''])).toBe(-1);
    expect(compareKeys(['04', 'x'], ['04', 'x'])).toBe(0);
  });
});

describe('normalizeNfcDeep', () => {
  it('normalises strings and object keys at any depth without touching other values', () => {
    const nfd = (s: string) => s.normalize('NFD');
    const input = { [nfd('lĩnh vực')]: [nfd('Hòa Bình'), 3, null, { x: nfd('Thuỷ'), ok: true }] };
    expect(normalizeNfcDeep(input)).toEqual({
      'lĩnh vực': ['Hòa Bình', 3, null, { x: 'Thuỷ', ok: true }],
    });
    expect(Object.keys(normalizeNfcDeep(input))[0]).toBe('lĩnh vực'.normalize('NFC'));
  });

  it('is idempotent and equals String.prototype.normalize on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(normalizeNfcDeep(s)).toBe(s.normalize('NFC'));
        expect(normalizeNfcDeep(normalizeNfcDeep(s))).toBe(normalizeNfcDeep(s));
      }),
    );
  });
});
