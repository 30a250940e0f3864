import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actualsPlacer, nationalActuals, nationalTargets } from './national.js';

describe('national data set', () => {
  it('writes the same bytes for the same seed, and other bytes for another', async () => {
    const [a, b, c] = [1, 2, 3].map(() => mkdtempSync(join(tmpdir(), 'cadre-national-')));
    const first = readFileSync(await nationalActuals(5000, { seed: 7, dir: a! }), 'utf8');
    const again = readFileSync(await nationalActuals(5000, { seed: 7, dir: b! }), 'utf8');
    const other = readFileSync(await nationalActuals(5000, { seed: 8, dir: c! }), 'utf8');
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    const rows = first.trim().split('\n').slice(1);
    expect(rows).toHaveLength(5000);
    // No (commune, date, category, course) twice: the quick path would refuse such a file.
    const keys = new Set(
      rows.map((r) =>
        r
          .split(',')
          .filter((_, i) => i !== 4)
          .join(','),
      ),
    );
    expect(keys.size).toBe(5000);
  });

  it('never places two rows on one (series, day), at any number of rounds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (series, days, fill) => {
          const rows = Math.max(1, Math.floor(series * days * fill));
          const place = actualsPlacer(rows, series, days);
          const seen = new Set<string>();
          for (let i = 0; i < rows; i++) {
            const { series: s, day } = place(i);
            expect(s).toBeLessThan(series);
            expect(day).toBeGreaterThanOrEqual(0);
            expect(day).toBeLessThan(days);
            seen.add(`${s}|${day}`);
          }
          expect(seen.size).toBe(rows);
        },
      ),
    );
  });

  it('sets one target per province × category × course kind: 34 × 20 × 10', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-national-'));
    const lines = readFileSync(await nationalTargets({ dir }), 'utf8')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(1 + 6800);
  });
});
