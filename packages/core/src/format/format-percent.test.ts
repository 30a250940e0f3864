import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLocaleNumber } from './format-number.js';
import { formatPercent, roundPercent } from './format-percent.js';

describe('the rounding rule', () => {
  it('never rounds up silently: 69,5% is "gần 70%"', () => {
    expect(formatPercent('69.5', { locale: 'vi' })).toBe('gần 70%');
    expect(formatPercent('69.5', { locale: 'en' })).toBe('nearly 70%');
  });

  it('uses 0 decimals from 10% up and 1 decimal below', () => {
    // 430/180 = 2.3888… → 238,88…% → 239 > exact → "gần 239%".
    expect(formatPercent(new Decimal(43000).div(180), { locale: 'vi' })).toBe('gần 239%');
    // 117/41 = 285,365…% → 285 < exact → plain.
    expect(formatPercent(new Decimal(11700).div(41), { locale: 'vi' })).toBe('285%');
    // 6666/82300 = 8,0996…% → 8,1 > exact → "gần 8,1%".
    expect(formatPercent(new Decimal(666600).div(82300), { locale: 'vi' })).toBe('gần 8,1%');
    expect(formatPercent('8.04', { locale: 'en' })).toBe('8%');
    expect(formatPercent('100', { locale: 'vi' })).toBe('100%');
  });

  it('lets the caller set the decimals', () => {
    expect(formatPercent('69.5', { locale: 'vi', decimals: 1 })).toBe('69,5%');
    expect(roundPercent('238.888', { decimals: 2 })).toMatchObject({ decimals: 2, near: true });
  });

  it('never shows a value above the exact one without "gần"', () => {
    const percent = fc
      .tuple(fc.nat({ max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 }))
      .map(([a, t]) => new Decimal(a).times(100).div(t));
    fc.assert(
      fc.property(percent, fc.option(fc.nat({ max: 3 }), { nil: undefined }), (p, decimals) => {
        const text = formatPercent(p, {
          locale: 'vi',
          ...(decimals !== undefined && { decimals }),
        });
        const near = text.startsWith('gần ');
        const shown = parseLocaleNumber(text.replace(/^gần /, '').replace(/%$/, ''), 'vi');
        expect(shown.ok).toBe(true);
        if (!shown.ok) return;
        if (shown.value.gt(p)) expect(near).toBe(true);
        else expect(near).toBe(false);
      }),
    );
  });
});
