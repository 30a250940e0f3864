import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../format/format-number.js';
import { extractFigures } from '../extract/extract-figures.js';
import { readViNumber, scanViNumbers } from './vi-number.js';

// Any decimal as plain text: an optional minus, whole digits, optional fraction digits.
const decimalText = fc
  .tuple(
    fc.boolean(),
    fc.bigInt({ min: 0n, max: 10n ** 24n }),
    fc.option(fc.stringMatching(/^\d{1,12}$/), { nil: undefined }),
  )
  .map(([negative, whole, frac]) => `${negative ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`);

/** The exact value of decimal text, as `readViNumber` writes it (no trailing zeros, no "-0"). */
function canonical(text: string): string {
  const [whole = '0', frac = ''] = text.replace('-', '').split('.');
  const w = whole.replace(/^0+(?=\d)/, '');
  const f = frac.replace(/0+$/, '');
  const body = f === '' ? w : `${w}.${f}`;
  return text.startsWith('-') && /[1-9]/.test(body) ? `-${body}` : body;
}

describe('the Vietnamese number grammar', () => {
  it('reads vi-VN numbers: dots group thousands, the comma is the decimal point', () => {
    expect(readViNumber('6.666')).toBe('6666');
    expect(readViNumber('8,1')).toBe('8.1');
    expect(readViNumber('1.234.567,25')).toBe('1234567.25');
    expect(readViNumber('02')).toBe('2');
    expect(readViNumber('23370')).toBe('23370');
    expect(readViNumber('\u22125')).toBe('-5');
    // English-style or badly grouped figures are not Vietnamese numbers.
    expect(readViNumber('8.1')).toBeNull();
    expect(readViNumber('6,666.5')).toBeNull();
  });

  it('finds numbers in running text and nothing glued to words or bad groups', () => {
    const found = (t: string) => scanViNumbers(t).map((n) => [n.text, n.value]);
    expect(found('giảm được 6.666 biên chế, đạt gần 8,1%')).toEqual([
      ['6.666', '6666'],
      ['8,1', '8.1'],
    ]);
    expect(found('T2 24/06, lớp 12a')).toEqual([
      ['24', '24'],
      ['06', '6'],
    ]);
    // "8.1" and "3.0001" are not vi-VN numbers, and neither is any piece of them.
    expect(found('đạt 8.1% và 3.0001 người')).toEqual([]);
    // A minus counts only when it touches the digits.
    expect(found('22°C - 36°C, -5 độ')).toEqual([
      ['22', '22'],
      ['36', '36'],
      ['-5', '-5'],
    ]);
    expect(found('cử 30, 40 người.')).toEqual([
      ['30', '30'],
      ['40', '40'],
    ]);
  });

  it('gives back exactly every number the vi-VN formatter writes', () => {
    fc.assert(
      fc.property(decimalText, (value) => {
        const written = formatNumber(value, { locale: 'vi' });
        const tokens = scanViNumbers(written);
        expect(tokens).toHaveLength(1);
        expect(tokens[0]?.text).toBe(written);
        expect(tokens[0]?.value).toBe(canonical(value));
      }),
      { numRuns: 500 },
    );
  });

  it('gives back formatted amounts and percentages through extraction', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (amount, pct) => {
        const percent = pct.replace('-', '');
        const a = formatNumber(amount, { locale: 'vi' });
        const p = formatNumber(percent, { locale: 'vi' });
        const text = `Năm 2019, toàn tỉnh đã cử ${a} cán bộ đi đào tạo, đạt ${p}% KH.`;
        const [figure] = extractFigures(text).filter((f) => f.kind === 'quantity');
        expect(figure?.kind).toBe('quantity');
        if (figure?.kind !== 'quantity') return;
        expect(figure.actual.value).toBe(canonical(amount));
        expect(figure.actual.text).toBe(a);
        expect(text.slice(...figure.actual.span)).toBe(a);
        expect(figure.noun).toBe('cán bộ');
        expect(figure.percent?.value).toBe(canonical(percent));
        expect(figure.percent?.decimals).toBe(canonical(percent).split('.')[1]?.length ?? 0);
      }),
      { numRuns: 300 },
    );
  });
});
