import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeWithOffsets } from './normalized-text.js';

const syllables = ['Đạt', 'gần', 'cán', 'bộ', 'luân', 'chuyển', 'Hòa', 'Thuỷ', 'KH', '6.666', '%'];

describe('normalizeWithOffsets', () => {
  it('is the identity on NFC text', () => {
    const n = normalizeWithOffsets('đạt 45% KH');
    expect(n.text).toBe('đạt 45% KH');
    expect(n.toOriginal(4)).toBe(4);
  });

  it('maps NFC offsets back into a decomposed original', () => {
    // In NFD "ạ" is a + U+0323, two code units: "45%" sits at 5 in the original, 4 in NFC.
    const original = 'Đạt 45%'.normalize('NFD');
    const n = normalizeWithOffsets(original);
    expect(n.text).toBe('Đạt 45%');
    expect(original.slice(n.toOriginal(4), n.toOriginal(7))).toBe('45%');
  });

  it('maps every word of a decomposed text back to the same word', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 12 }),
        (words) => {
          const original = words.join(' ').normalize('NFD');
          const n = normalizeWithOffsets(original);
          expect(n.text).toBe(original.normalize('NFC'));
          let at = 0;
          for (const w of words) {
            const start = n.text.indexOf(w, at);
            const end = start + w.length;
            const back = original.slice(n.toOriginal(start), n.toOriginal(end));
            expect(back.normalize('NFC')).toBe(w);
            at = end;
          }
        },
      ),
    );
  });
});
