import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECORD, SeriesDays } from './series-days.js';

describe('SeriesDays', () => {
  it('says a (series, day) is new exactly when a set of pairs would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: -400, max: 400 })), {
          maxLength: 600,
        }),
        (pairs) => {
          const days = new SeriesDays();
          const records = new Int32Array(5 * RECORD);
          const seen = new Set<string>();
          for (const [series, day] of pairs) {
            const fresh = !seen.has(`${series}|${day}`);
            seen.add(`${series}|${day}`);
            expect(days.add(records, series * RECORD, day)).toBe(fresh);
          }
        },
      ),
    );
  });

  it('keeps a daily five-year series (past the list limit) exact', () => {
    const days = new SeriesDays();
    const record = new Int32Array(RECORD);
    for (let d = 20454; d < 20454 + 1826; d++) expect(days.add(record, 0, d)).toBe(true);
    expect(days.add(record, 0, 20454)).toBe(false);
    expect(days.add(record, 0, 20454 + 1826)).toBe(true);
  });

  it('keeps lists exact past one block of the shared list (2^16 entries)', () => {
    const days = new SeriesDays();
    const series = 50_000;
    const records = new Int32Array(series * RECORD);
    // Three days per series: two list entries each, 100,000 in all.
    for (const day of [100, 101, 102]) {
      for (let s = 0; s < series; s++) expect(days.add(records, s * RECORD, day + s)).toBe(true);
    }
    for (let s = 0; s < series; s += 997) {
      for (const day of [100, 101, 102]) expect(days.add(records, s * RECORD, day + s)).toBe(false);
      expect(days.add(records, s * RECORD, 99 + s)).toBe(true);
    }
  });
});
