import { createMemoryStore } from '@cadre/core';
import { describe, expect, it } from 'vitest';
import { type CachedAnswer, createReadCache } from './read-cache.js';

const answerOf = (bytes: number): CachedAnswer => ({
  body: new Uint8Array(bytes),
  etag: `"${bytes}"`,
});

describe('createReadCache answers', () => {
  it('keeps the most recent answers that fit in answerBytes, at their version only', async () => {
    // Each entry costs its body plus its key (one byte here).
    const reads = createReadCache(createMemoryStore(), { answerBytes: 20 });
    await reads.answer('a', 'v1', async () => answerOf(8));
    await reads.answer('b', 'v1', async () => answerOf(8));
    expect(reads.cached('a', 'v1')?.etag).toBe('"8"');
    expect(reads.cached('a', 'v2')).toBeUndefined();
    // 'a' was used last, so 'b' goes to make room for 'c'.
    await reads.answer('c', 'v1', async () => answerOf(8));
    expect(reads.cached('b', 'v1')).toBeUndefined();
    expect(reads.cached('a', 'v1')).toBeDefined();
    expect(reads.cached('c', 'v1')).toBeDefined();
  });

  it('never keeps an answer larger than the bound, and keeps nothing with a bound of 0', async () => {
    const small = createReadCache(createMemoryStore(), { answerBytes: 20 });
    await small.answer('big', 'v1', async () => answerOf(40));
    expect(small.cached('big', 'v1')).toBeUndefined();
    const off = createReadCache(createMemoryStore(), { answerBytes: 0 });
    let computed = 0;
    const compute = async () => {
      computed++;
      return answerOf(1);
    };
    await off.answer('a', 'v1', compute);
    await off.answer('a', 'v1', compute);
    expect(computed).toBe(2);
    expect(off.cached('a', 'v1')).toBeUndefined();
  });
});
