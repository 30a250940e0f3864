import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../records/schema.js';
import { isCadreError } from '../result/error.js';
import { obs, orgUnits, programmeWith, target } from './__fixtures__/small-programme.js';
import { computeReport } from './compute-report.js';
import { createReportAccumulator } from './report-accumulator.js';

const asOf = '2019-05-20';
const programme = programmeWith([
  target('sent', '04', '40'),
  target('sent', '040', '10', { disaggregation: { sector: 'health' } }),
  target('sent', '040', '10', { disaggregation: { sector: 'health' } }), // named twice
  target('headcount', '04', '900'),
  target('sent', '06', null),
]);

interface RowInput {
  indicator: string;
  unit: string;
  day: number;
  value: number;
  sector: string | undefined;
}
const row: fc.Arbitrary<RowInput> = fc.record({
  indicator: fc.constantFrom('sent', 'headcount', 'unknown'),
  unit: fc.constantFrom('04', '040', '041', '06', '060', 'XX'),
  day: fc.nat({ max: 2000 }),
  value: fc.nat({ max: 30 }),
  sector: fc.option(fc.constantFrom('health', 'education'), { nil: undefined }),
});
const toObservation = (r: RowInput): Observation =>
  obs(
    r.indicator,
    r.unit,
    new Date(Date.UTC(2016, 0, 1 + r.day)).toISOString().slice(0, 10),
    r.value,
    r.sector === undefined ? {} : { sector: r.sector },
  );

describe('createReportAccumulator', () => {
  it('gives computeReport over the same rows, fed one by one or in batches of any size', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 80 }),
        fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1 }),
        fc.constantFrom('none', 'parent', 'current') as fc.Arbitrary<'none' | 'parent' | 'current'>,
        (rows, sizes, rollup) => {
          const observations = rows.map(toObservation);
          const input = { programme, orgUnits, asOf, rollup };
          const whole = computeReport({ ...input, observations });
          const acc = createReportAccumulator(input);
          let at = 0;
          for (let i = 0; at < observations.length; i++) {
            const size = sizes[i % sizes.length]!;
            const batch = observations.slice(at, at + size);
            if (size === 1) acc.add(batch[0]!);
            else acc.addMany(batch);
            at += size;
          }
          expect(acc.report()).toEqual(whole);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reports the rows so far, and again after more arrive', () => {
    const first = [obs('sent', '040', '2017-01-01', 4, { sector: 'health' })];
    const second = [obs('sent', '041', '2017-02-01', 6), obs('unknown', '04', '2017-02-01', 1)];
    const acc = createReportAccumulator({ programme, orgUnits, asOf });
    acc.addMany(first);
    expect(acc.report()).toEqual(computeReport({ programme, orgUnits, asOf, observations: first }));
    acc.addMany(second);
    const both = computeReport({ programme, orgUnits, asOf, observations: [...first, ...second] });
    expect(acc.report()).toEqual(both);
    // 4 + 6 at province 04, 4 at its health cell 040.
    expect(both.rows.map((r) => [r.orgUnit, r.actual.toString()]).slice(0, 2)).toEqual([
      ['04', '10'],
      ['040', '4'],
    ]);
  });

  it('takes a stream of batches, as a file reader yields them', async () => {
    const observations = fc.sample(row, { numRuns: 500, seed: 7 }).map(toObservation);
    async function* batches(): AsyncGenerator<Observation[]> {
      for (let at = 0; at < observations.length; at += 64) yield observations.slice(at, at + 64);
    }
    const acc = createReportAccumulator({ programme, orgUnits, asOf });
    for await (const batch of batches()) acc.addMany(batch);
    expect(acc.report()).toEqual(computeReport({ programme, orgUnits, asOf, observations }));
  });

  it('refuses bad options before any row is read', () => {
    const refused = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isCadreError(e) ? e.code : 'other';
      }
      return 'accepted';
    };
    expect(refused(() => createReportAccumulator({ programme, asOf: '2019-02-30' }))).toBe(
      'invalid_argument',
    );
    expect(refused(() => createReportAccumulator({ programme, asOf, rollup: 'parent' }))).toBe(
      'invalid_argument',
    );
  });
});
