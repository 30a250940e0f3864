import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { etagOf, noneMatchHits } from './etag.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('etagOf', () => {
  it('gives equal bodies one quoted tag and different bodies different tags (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), async (a, b) => {
        const [ta, tb, ta2] = await Promise.all([
          etagOf(bytes(a)),
          etagOf(bytes(b)),
          etagOf(bytes(a)),
        ]);
        expect(ta).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
        expect(ta2).toBe(ta);
        expect(ta === tb).toBe(a === b);
      }),
    );
  });

  it('is the first 128 bits of SHA-256 in base64url', async () => {
    // SHA-256("abc") = ba7816bf 8f01cfea 414140de 5dae2223 …; those 16 bytes in base64url:
    expect(await etagOf(bytes('abc'))).toBe('"ungWv48Bz-pBQUDeXa4iIw"');
  });
});

describe('noneMatchHits', () => {
  it('matches a tag in a list, weak or strong, and *', () => {
    expect(noneMatchHits('"a1"', '"a1"')).toBe(true);
    expect(noneMatchHits('W/"a1"', '"a1"')).toBe(true);
    expect(noneMatchHits('"zz", W/"a1" ,"b"', '"a1"')).toBe(true);
    expect(noneMatchHits('*', '"a1"')).toBe(true);
  });

  it('misses without a header, with another tag, or an unquoted one', () => {
    expect(noneMatchHits(undefined, '"a1"')).toBe(false);
    expect(noneMatchHits('', '"a1"')).toBe(false);
    expect(noneMatchHits('"a2"', '"a1"')).toBe(false);
    expect(noneMatchHits('a1', '"a1"')).toBe(false);
  });
});
