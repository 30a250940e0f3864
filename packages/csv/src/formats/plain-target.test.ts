import { TargetSchema } from '@cadre/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainTarget } from './plain-target.js';

/** A value with its key order and undefined-valued keys made visible to `toEqual`. */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (typeof value === 'object' && value !== null)
    return Object.keys(value).map((k) => [k, ordered((value as Record<string, unknown>)[k])]);
  return value;
}

const dates = fc.constantFrom(
  '2026-01-01',
  '2024-02-29',
  '2023-02-29',
  '2019-13-01',
  '2019-1-01',
  '0000-01-01',
  ' 2019-05-20',
  '２０１９-05-20',
  '',
);
const decimals = fc.constantFrom('10', ' 41 ', '0.5', '007', '1.', '.5', '-1', '1e3', '10%', '');
const texts = fc.oneof(fc.constantFrom('', 'sent', '04', 'cc.y-te'), fc.string({ maxLength: 3 }));
const odd = fc.constantFrom<unknown>(null, undefined, 0, 12, true, [], {}, ['a'], new Date(0));
const anything = fc.oneof(texts, dates, decimals, odd);

/** Targets as targets.csv gives them, with a programme code and breakdowns. */
const cleanTargets = fc.record(
  {
    programme: fc.constantFrom('ĐTBD-2026-2030', '12-CTr/TU'),
    indicator: fc.constantFrom('sent', 'master_health'),
    orgUnit: fc.constantFrom('04', '01279'),
    period: fc.record({
      start: fc.constantFrom('2026-01-01', '2016-05-09'),
      end: fc.constantFrom('2030-12-31', '2024-02-29'),
    }),
    value: fc.oneof(fc.constant(null), fc.constantFrom('10', '0', '12.5')),
    baseline: fc.constantFrom('82300', '0.5'),
    disaggregation: fc.dictionary(fc.constantFrom('category', 'course'), texts),
    source: fc.constantFrom('stated', 'inferred'),
    note: fc.string({ maxLength: 3 }),
  },
  { requiredKeys: ['indicator', 'orgUnit', 'period', 'value'] },
);

const FIELDS = [
  'indicator',
  'orgUnit',
  'period',
  'value',
  'baseline',
  'disaggregation',
  'source',
  'interval',
  'note',
] as const;
const fieldValue = fc.oneof(
  { arbitrary: odd, weight: 3 },
  { arbitrary: decimals, weight: 2 },
  anything,
  fc.record({ start: dates, end: dates }),
  fc.record({ start: anything, end: anything }, { requiredKeys: [] }),
  fc.dictionary(fc.constantFrom('category', '__proto__'), anything),
  fc.record({ min: fc.integer(), max: fc.integer() }),
  fc.constantFrom('stated', 'inferred', 'guessed'),
);

/** Targets as callers write them: a clean target with a field or two set to anything, or gone. */
const targets = fc
  .tuple(
    cleanTargets,
    fc.array(fc.tuple(fc.constantFrom(...FIELDS), fieldValue), { maxLength: 2 }),
    fc.option(fc.constantFrom(...FIELDS), { freq: 3 }),
  )
  .map(([target, changes, dropped]) => {
    const out: Record<string, unknown> = { ...target };
    for (const [field, value] of changes) out[field] = value;
    if (dropped !== null) delete out[dropped];
    return out;
  });

describe('plainTarget', () => {
  it('gives exactly what TargetSchema gives whenever it gives anything (property)', () => {
    fc.assert(
      fc.property(targets, (input) => {
        const plain = plainTarget(input);
        if (plain === undefined) return;
        const parsed = TargetSchema.safeParse(input);
        expect(parsed.success).toBe(true);
        expect(ordered(plain)).toEqual(ordered(parsed.data));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes every target targets.csv can give, in fresh objects (property)', () => {
    fc.assert(
      fc.property(cleanTargets, (input) => {
        const plain = plainTarget(input);
        expect(plain).toBeDefined();
        expect(ordered(plain)).toEqual(ordered(TargetSchema.parse(input)));
        expect(plain!.period).not.toBe(input.period);
        if (input.disaggregation) expect(plain!.disaggregation).not.toBe(input.disaggregation);
      }),
    );
  });
});
