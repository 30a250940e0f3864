import { normalizeName } from '@cadre/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeSpelling, slugify, stripDiacritics, unifyTonePlacement } from './spelling.js';

describe('unifyTonePlacement', () => {
  it.each([
    ['Tỉnh Hoà Bình', 'Tỉnh Hòa Bình'],
    ['Khánh Hoà', 'Khánh Hòa'],
    ['Thuỷ Nguyên', 'Thủy Nguyên'],
    ['Khoẻ', 'Khỏe'],
    ['Uỷ ban', 'Ủy ban'],
    ['HOÀ', 'HÒA'],
  ])('writes %s as %s', (text, expected) => {
    expect(unifyTonePlacement(text)).toBe(expected);
  });

  it.each(['Quý Lộc', 'Quỳnh Lưu', 'Hoàng Mai', 'Thanh Hóa', 'Thủy', 'Hoạt', 'Nguyễn'])(
    'leaves %s alone',
    (text) => {
      expect(unifyTonePlacement(text)).toBe(text);
    },
  );

  it('accepts NFD input and returns NFC', () => {
    const out = unifyTonePlacement('Tỉnh Hoà Bình'.normalize('NFD'));
    expect(out).toBe('Tỉnh Hòa Bình');
    expect(out).toBe(out.normalize('NFC'));
  });

  const syllables = [
    'hoà',
    'hòa',
    'thuỷ',
    'thủy',
    'quý',
    'khoẻ',
    'bắc',
    'kạn',
    'hoàng',
    'la',
    'Đắk',
  ];
  const text = fc
    .array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 5 })
    .chain((words) =>
      fc.constantFrom('NFC', 'NFD').map((form) => words.join(' ').normalize(form as 'NFC')),
    );

  it('is idempotent and keeps the matching key', () => {
    fc.assert(
      fc.property(text, (t) => {
        const once = unifyTonePlacement(t);
        expect(unifyTonePlacement(once)).toBe(once);
        expect(normalizeName(once)).toBe(normalizeName(t));
      }),
    );
  });
});

describe('normalizeSpelling', () => {
  it('collapses spaces and unifies tones', () => {
    expect(normalizeSpelling('  Xã  Thuỷ Xuân ')).toBe('Xã Thủy Xuân');
  });
});

describe('stripDiacritics and slugify', () => {
  it('write ASCII', () => {
    expect(stripDiacritics('Đắk Lắk')).toBe('Dak Lak');
    expect(slugify('Huyện Bạch Thông')).toBe('huyen-bach-thong');
    expect(slugify('Bà Rịa - Vũng Tàu')).toBe('ba-ria-vung-tau');
  });

  it('always give a lower-case ASCII slug', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(slugify(s)).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
      }),
    );
  });
});
