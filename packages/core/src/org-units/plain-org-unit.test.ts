import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CadreError } from '../result/error.js';
import { issuesFromZod } from '../result/issue.js';
import { createOrgUnitIndex } from './org-unit-index.js';
import { plainOrgUnit } from './plain-org-unit.js';
import { OrgUnitSchema } from './schema.js';

/** A value with its key order and undefined-valued keys made visible to `toEqual`. */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (typeof value === 'object' && value !== null)
    return Object.keys(value).map((k) => [k, ordered((value as Record<string, unknown>)[k])]);
  return value;
}

const dates = fc.constantFrom(
  '2025-07-01',
  '2024-02-29',
  '2023-02-29',
  '2019-13-01',
  '2019-1-01',
  '0000-01-01',
  '2019-05-20 ',
  '２０１９-05-20',
  '',
);
const texts = fc.oneof(
  fc.constantFrom('', '04', 'Cao Bằng', 'Xã Hòa An', ' ', 'province'),
  fc.string({ maxLength: 4 }),
);
const odd = fc.constantFrom<unknown>(null, undefined, 0, 1, true, [], {}, ['a'], new Date(0));
const anything = fc.oneof(texts, dates, odd);
const successor = fc.oneof(
  fc.record(
    {
      code: fc.oneof({ arbitrary: fc.constantFrom('19', '25'), weight: 3 }, texts, odd),
      date: fc.oneof({ arbitrary: fc.constant('2025-07-01'), weight: 3 }, dates, odd),
      reference: fc.oneof(texts, odd),
    },
    { requiredKeys: [] },
  ),
  odd,
);
const names = fc.oneof(fc.dictionary(fc.constantFrom('en', 'fr', '__proto__'), anything), odd);

/** Units a geography file holds: every field plainly valid. */
const cleanUnits = fc.record(
  {
    code: fc.constantFrom('04', '01279', 'VN'),
    name: fc.constantFrom('Cao Bằng', 'Phường Thục Phán'),
    names: fc.dictionary(fc.constantFrom('en', 'fr'), fc.string()),
    level: fc.constantFrom('province', 'commune', 'ban'),
    parentCode: fc.constantFrom(null, '04'),
    validFrom: fc.constantFrom(null, '2025-07-01'),
    validTo: fc.constantFrom(null, '2025-06-30'),
    successors: fc.array(
      fc.record(
        { code: fc.constantFrom('19', '25'), date: fc.constantFrom('2025-07-01') },
        { requiredKeys: ['code'] },
      ),
      { maxLength: 2 },
    ),
    aliases: fc.array(fc.string(), { maxLength: 2 }),
  },
  { requiredKeys: ['code', 'name', 'level'] },
);

const FIELDS = [
  'code',
  'name',
  'names',
  'level',
  'parentCode',
  'validFrom',
  'validTo',
  'successors',
  'aliases',
  'extra',
] as const;
const fieldValue = fc.oneof(
  { arbitrary: odd, weight: 3 },
  anything,
  successor,
  names,
  { arbitrary: fc.array(successor, { maxLength: 2 }), weight: 2 },
  fc.array(fc.oneof(texts, odd), { maxLength: 2 }),
);

/** Units as callers write them: a clean unit with a few fields set to anything, right or wrong. */
const units = fc
  .tuple(cleanUnits, fc.array(fc.tuple(fc.constantFrom(...FIELDS), fieldValue), { maxLength: 3 }))
  .map(([unit, changes]) => {
    const out: Record<string, unknown> = { ...unit };
    for (const [field, value] of changes) out[field] = value;
    return out;
  });

describe('plainOrgUnit', () => {
  it('gives exactly what OrgUnitSchema gives whenever it gives anything (property)', () => {
    fc.assert(
      fc.property(units, (input) => {
        const fast = plainOrgUnit(input);
        if (fast === undefined) return;
        const parsed = OrgUnitSchema.safeParse(input);
        expect(parsed.success).toBe(true);
        expect(ordered(fast)).toEqual(ordered(parsed.data));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes every plainly valid unit, copying its arrays (property)', () => {
    fc.assert(
      fc.property(cleanUnits, (input) => {
        const fast = plainOrgUnit(input);
        expect(fast).toBeDefined();
        expect(ordered(fast)).toEqual(ordered(OrgUnitSchema.parse(input)));
        if (input.aliases) expect(fast!.aliases).not.toBe(input.aliases);
        if (input.successors?.[0]) expect(fast!.successors[0]).not.toBe(input.successors[0]);
      }),
    );
  });
});

describe('createOrgUnitIndex on bad units', () => {
  it("throws for exactly the units the schema rejects, with the schema's issues (property)", () => {
    fc.assert(
      fc.property(units, (input) => {
        const parsed = OrgUnitSchema.safeParse(input);
        let thrown: unknown;
        try {
          createOrgUnitIndex([{ code: 'VN', name: 'Việt Nam', level: 'country' }, input as never]);
        } catch (e) {
          thrown = e;
        }
        if (parsed.success) {
          expect(thrown).toBeUndefined();
          return;
        }
        expect(thrown).toBeInstanceOf(CadreError);
        const error = thrown as CadreError;
        expect(error.code).toBe('invalid_argument');
        expect(error.details).toEqual(issuesFromZod(parsed.error, [1]));
      }),
      { numRuns: 500 },
    );
  });
});
