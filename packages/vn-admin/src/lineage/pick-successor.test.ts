import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickSuccessor } from './pick-successor.js';

describe('pickSuccessor', () => {
  it('takes the province that received all communes', () => {
    expect(pickSuccessor(new Map([['19', 108]]))).toEqual({
      code: '19',
      shares: [{ code: '19', communes: 108 }],
      communes: 108,
      split: false,
    });
  });

  it('takes the one that received most and marks the split', () => {
    const choice = pickSuccessor(
      new Map([
        ['01', 2],
        ['08', 137],
      ]),
    );
    expect(choice).toMatchObject({ code: '08', communes: 139, split: true });
    expect(choice?.shares.map((s) => s.code)).toEqual(['08', '01']);
  });

  it('breaks a tie by the lower code, so the result does not depend on row order', () => {
    expect(
      pickSuccessor(
        new Map([
          ['25', 3],
          ['19', 3],
        ]),
      )?.code,
    ).toBe('19');
  });

  it('returns null when nothing was received', () => {
    expect(pickSuccessor(new Map())).toBeNull();
    expect(pickSuccessor(new Map([['01', 0]]))).toBeNull();
  });

  it('chooses a largest share, keeps the total and ignores insertion order', () => {
    const counts = fc.dictionary(fc.stringMatching(/^\d{2}$/), fc.nat({ max: 500 }));
    fc.assert(
      fc.property(counts, (dict) => {
        const entries = Object.entries(dict);
        const choice = pickSuccessor(new Map(entries));
        const positive = entries.filter(([, n]) => n > 0);
        if (positive.length === 0) {
          expect(choice).toBeNull();
          return;
        }
        const max = Math.max(...positive.map(([, n]) => n));
        expect(dict[choice!.code]).toBe(max);
        expect(choice!.communes).toBe(positive.reduce((s, [, n]) => s + n, 0));
        expect(choice!.split).toBe(positive.length > 1);
        expect(pickSuccessor(new Map(entries.reverse()))).toEqual(choice);
      }),
    );
  });
});
