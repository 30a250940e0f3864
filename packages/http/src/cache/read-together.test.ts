import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readTogether } from './read-together.js';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

// A version that counts writes: reading it tells how many writes a read saw.
function counter(delay: 'sync' | 'async') {
  const state = { writes: 0, reads: 0 };
  const read = async () => {
    state.reads++;
    const seen = state.writes;
    if (delay === 'async') await new Promise((resolve) => setTimeout(resolve, 1));
    return seen;
  };
  return { state, read };
}

describe('readTogether', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('serves the calls of one turn with a single read', async () => {
    const { state, read } = counter('sync');
    const version = readTogether(read);
    const answers = await Promise.all([version(), version(), version()]);
    expect(answers).toEqual([0, 0, 0]);
    expect(state.reads).toBe(1);
    await version();
    expect(state.reads).toBe(2);
  });

  it('sees every write made before a call, however calls and writes interleave (property)', async () => {
    const step = fc.constantFrom('call', 'write', 'microtask', 'turn');
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { maxLength: 40 }),
        fc.constantFrom('sync' as const, 'async' as const),
        async (steps, delay) => {
          const { state, read } = counter(delay);
          const version = readTogether(read);
          const calls: { before: number; answer: Promise<number> }[] = [];
          for (const s of steps) {
            if (s === 'call') calls.push({ before: state.writes, answer: version() });
            else if (s === 'write') state.writes++;
            else if (s === 'microtask') await Promise.resolve();
            else await turn();
          }
          for (const c of calls) expect(await c.answer).toBeGreaterThanOrEqual(c.before);
          expect(state.reads).toBeLessThanOrEqual(calls.length);
        },
      ),
    );
  });

  it('hands a failed read to every call that waited for it', async () => {
    const failure = new Error('database is locked');
    const version = readTogether(() => Promise.reject(failure));
    const results = await Promise.allSettled([version(), version()]);
    expect(results).toEqual([
      { status: 'rejected', reason: failure },
      { status: 'rejected', reason: failure },
    ]);
  });

  it('reads once per call where the runtime has no setImmediate', async () => {
    vi.stubGlobal('setImmediate', undefined);
    const { state, read } = counter('sync');
    const version = readTogether(read);
    await Promise.all([version(), version()]);
    expect(state.reads).toBe(2);
  });
});
