import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, parseLocaleNumber } from './format-number.js';

describe('formatNumber', () => {
  it('writes Vietnamese and English grouping and decimal marks', () => {
    expect(formatNumber(6666, { locale: 'vi' })).toBe('6.666');
    expect(formatNumber(6666, { locale: 'en' })).toBe('6,666');
    expect(formatNumber('82300', { locale: 'vi' })).toBe('82.300');
    expect(formatNumber('8.0996', { locale: 'vi', decimals: 1 })).toBe('8,1');
    expect(formatNumber('8.0996', { locale: 'en', decimals: 1 })).toBe('8.1');
    expect(formatNumber('-1234.5', { locale: 'vi' })).toBe('-1.234,5');
  });

  it('rounds half-up and keeps the asked decimals', () => {
    expect(formatNumber('2.25', { locale: 'en', decimals: 1 })).toBe('2.3');
    expect(formatNumber('2', { locale: 'vi', decimals: 2 })).toBe('2,00');
    expect(formatNumber('-0.04', { locale: 'en', decimals: 1 })).toBe('0.0');
  });

  it('keeps every digit of values a float cannot hold', () => {
    // 2^53 + 1 and a 30-digit value with 25 decimals: a float would lose the tail of both.
    expect(formatNumber(9007199254740993n, { locale: 'en' })).toBe('9,007,199,254,740,993');
    expect(
      formatNumber('123456789012345678901234567890.0000000000000000000000001', { locale: 'vi' }),
    ).toBe('123.456.789.012.345.678.901.234.567.890,0000000000000000000000001');
  });
});

describe('parseLocaleNumber', () => {
  it('needs the locale: "6.666" is 6666 in vi and 6.666 in en', () => {
    const vi = parseLocaleNumber('6.666', 'vi');
    const en = parseLocaleNumber('6.666', 'en');
    expect(vi.ok && vi.value.toString()).toBe('6666');
    expect(en.ok && en.value.toString()).toBe('6.666');
    const comma = parseLocaleNumber('8,1', 'vi');
    expect(comma.ok && comma.value.toString()).toBe('8.1');
  });

  it('rejects junk and bad grouping with a bilingual issue', () => {
    for (const junk of ['', 'abc', '6.66', '1,2,3', '6.666,', '12%', '1e5', '--1', '6 666']) {
      const r = parseLocaleNumber(junk, 'vi', ['row', 3]);
      expect(r.ok, junk).toBe(false);
      if (!r.ok) {
        expect(r.issues[0]).toMatchObject({
          code: 'number.invalid',
          path: ['row', 3],
          input: junk,
        });
        expect(r.issues[0]?.messageVi).toContain('Việt Nam');
      }
    }
    expect(parseLocaleNumber('8,1', 'en').ok).toBe(false);
  });

  it('writes each message in one language, examples in the locale asked for', () => {
    for (const locale of ['vi', 'en'] as const) {
      const r = parseLocaleNumber('x', locale);
      if (r.ok) throw new Error('"x" must not parse');
      const [many, part] = locale === 'vi' ? ['6.666', '8,1'] : ['6,666', '8.1'];
      expect(r.issues[0]?.message).toContain(`e.g. ${many} or ${part})`);
      expect(r.issues[0]?.messageVi).toContain(`(ví dụ ${many} hoặc ${part})`);
      expect(r.issues[0]?.messageVi).not.toMatch(/\bor\b/);
    }
  });

  it('round-trips exactly through formatNumber in both locales', () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }), fc.nat({ max: 30 }))
      .map(([units, scale]) => new Decimal(units.toString()).div(new Decimal(10).pow(scale)));
    fc.assert(
      fc.property(decimal, fc.constantFrom('vi' as const, 'en' as const), (d, locale) => {
        const parsed = parseLocaleNumber(formatNumber(d, { locale }), locale);
        expect(parsed.ok && parsed.value.eq(d)).toBe(true);
      }),
    );
  });
});
