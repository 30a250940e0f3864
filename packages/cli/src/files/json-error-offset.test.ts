import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './json-error-offset.js';

describe('jsonErrorOffset', () => {
  it('finds nothing wrong with any JSON that JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        expect(jsonErrorOffset(JSON.stringify(value, null, pretty ? 2 : 0))).toBeNull();
      }),
    );
  });

  it('agrees with JSON.parse on cut-off texts, and points no further than the cut', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (value, n) => {
        const text = JSON.stringify(value);
        const cut = text.slice(0, n % (text.length + 1));
        let valid = true;
        try {
          JSON.parse(cut);
        } catch {
          valid = false;
        }
        const at = jsonErrorOffset(cut);
        expect(at === null).toBe(valid);
        if (at !== null) expect(at).toBeLessThanOrEqual(cut.length);
      }),
    );
  });

  it('points at the offending character', () => {
    expect(jsonErrorOffset('{"a": }')).toBe(6);
    expect(jsonErrorOffset('[1, 2,]')).toBe(6);
    expect(jsonErrorOffset('{"a": 1} x')).toBe(9);
  });
});
