import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text.js';

describe('normalizeText', () => {
  it('turns NFD strings and keys into NFC, deep inside', () => {
    const nfd = (s: string) => s.normalize('NFD');
    const input = { [nfd('tỉnh')]: [nfd('Hòa Bình'), { name: nfd('Bắc Kạn'), n: 1 }], ok: true };
    expect(normalizeText(input)).toEqual({
      tỉnh: ['Hòa Bình', { name: 'Bắc Kạn', n: 1 }],
      ok: true,
    });
  });

  it('returns data already in NFC as it is, and never changes its input', () => {
    const row = { id: 't1', level: 'master', list: ['a', 'Cao Bằng'] };
    expect(normalizeText(row)).toBe(row);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const before = JSON.stringify(value);
        const out = normalizeText(value);
        expect(JSON.stringify(value)).toBe(before);
        expect(JSON.stringify(out)).toBe(before.normalize('NFC'));
      }),
    );
  });
});
