import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSizedLru } from './lru.js';

type Op = { kind: 'get'; key: string } | { kind: 'set'; key: string; size: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('get' as const), key: fc.constantFrom('a', 'b', 'c', 'd', 'e') }),
  fc.record({
    kind: fc.constant('set' as const),
    key: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    size: fc.nat(12),
  }),
);

describe('createSizedLru', () => {
  it('keeps the most recently used entries that fit, and never more than the bound (property)', () => {
    fc.assert(
      fc.property(fc.nat(20), fc.array(op, { maxLength: 60 }), (max, ops) => {
        const lru = createSizedLru<string>(max);
        // The model: keys from least to most recently used, with their sizes.
        let model: { key: string; size: number; value: string }[] = [];
        for (const [i, o] of ops.entries()) {
          if (o.kind === 'get') {
            const found = model.find((e) => e.key === o.key);
            expect(lru.get(o.key)).toBe(found?.value);
            if (found) model = [...model.filter((e) => e !== found), found];
          } else {
            const value = `v${i}`;
            lru.set(o.key, value, o.size);
            model = model.filter((e) => e.key !== o.key);
            if (o.size <= max) model.push({ key: o.key, size: o.size, value });
            while (model.reduce((n, e) => n + e.size, 0) > max) model.shift();
          }
          const total = model.reduce((n, e) => n + e.size, 0);
          expect(lru.stats).toEqual({ entries: model.length, size: total });
          expect(total).toBeLessThanOrEqual(max);
        }
      }),
    );
  });

  it('keeps nothing with a bound of 0, and drops a value larger than the bound', () => {
    const off = createSizedLru<string>(0);
    off.set('a', 'x', 1);
    expect(off.get('a')).toBeUndefined();
    const small = createSizedLru<string>(10);
    small.set('a', 'fits', 4);
    small.set('b', 'too big', 11);
    expect(small.get('a')).toBe('fits');
    expect(small.get('b')).toBeUndefined();
  });
});
