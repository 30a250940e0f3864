import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCadreError } from '../result/error.js';
import { categorize, createCategorizer, createCategoryMatcher } from './categorize.js';
import { checkPredicate } from './check-predicate.js';
import { evaluatePredicate } from './evaluate-predicate.js';
import {
  type Category,
  type Person,
  type PersonInput,
  PersonSchema,
  type Predicate,
  PredicateSchema,
} from './schema.js';
import { STANDARD_CATEGORIES } from './standard-categories.js';
import { validateCategories } from './validate-categories.js';

const ctx = { asOf: '2019-05-20', youthAge: 40 };
const person = (over: Partial<PersonInput> = {}): Person =>
  PersonSchema.parse({
    id: 'p1',
    birthDate: '1985-03-10',
    sex: 'female',
    employment: 'civil_servant',
    orgUnit: '04',
    ...over,
  });

describe('evaluatePredicate: fields', () => {
  it('reads top-level fields, then attributes', () => {
    const p = person({
      sector: 'health',
      attributes: { party_member: true, grade: 'chuyen_vien_chinh' },
    });
    expect(evaluatePredicate({ field: 'sector', eq: 'health' }, p, ctx)).toBe(true);
    expect(evaluatePredicate({ field: 'party_member', eq: true }, p, ctx)).toBe(true);
    expect(
      evaluatePredicate({ field: 'grade', in: ['chuyen_vien', 'chuyen_vien_chinh'] }, p, ctx),
    ).toBe(true);
    expect(evaluatePredicate({ field: 'grade', eq: 'chuyen_vien' }, p, ctx)).toBe(false);
  });

  it('matches nothing on a missing field, and compares types strictly', () => {
    const p = person({ attributes: { years: 5 } });
    expect(
      evaluatePredicate({ field: 'managementTier', eq: 'provincial_standing_committee' }, p, ctx),
    ).toBe(false);
    expect(evaluatePredicate({ field: 'nowhere', in: ['x'] }, p, ctx)).toBe(false);
    expect(evaluatePredicate({ field: 'years', eq: '5' }, p, ctx)).toBe(false);
    expect(evaluatePredicate({ field: 'years', eq: 5 }, p, ctx)).toBe(true);
  });

  it('compares Vietnamese text in NFC', () => {
    const p = person({ attributes: { dân_tộc: 'Tày'.normalize('NFD') } });
    expect(evaluatePredicate({ field: 'dân_tộc', eq: 'Tày' }, p, ctx)).toBe(true);
  });

  it('matches a list field when any item matches', () => {
    const p = person({ plannedPosts: ['giam_doc_so', 'pho_chu_tich_huyen'] });
    expect(evaluatePredicate({ field: 'plannedPosts', eq: 'giam_doc_so' }, p, ctx)).toBe(true);
    expect(evaluatePredicate({ field: 'plannedPosts', in: ['bi_thu'] }, p, ctx)).toBe(false);
  });

  it('combines with all, any, not and always', () => {
    const p = person();
    const yes: Predicate = { field: 'sex', eq: 'female' };
    const no: Predicate = { field: 'sex', eq: 'male' };
    expect(evaluatePredicate({ all: [] }, p, ctx)).toBe(true);
    expect(evaluatePredicate({ any: [] }, p, ctx)).toBe(false);
    expect(evaluatePredicate({ all: [yes, no] }, p, ctx)).toBe(false);
    expect(evaluatePredicate({ any: [no, yes] }, p, ctx)).toBe(true);
    expect(evaluatePredicate({ not: no }, p, ctx)).toBe(true);
    expect(evaluatePredicate({ always: true }, p, ctx)).toBe(true);
  });

  it('throws a CadreError for a context that is misused', () => {
    const call = (c: { asOf: string; youthAge: number }) => () =>
      evaluatePredicate({ always: true }, person(), c);
    for (const bad of [
      { asOf: '20/5/2019', youthAge: 40 },
      { asOf: '2019-05-20', youthAge: 0 },
    ]) {
      try {
        call(bad)();
        expect.unreachable();
      } catch (e) {
        expect(isCadreError(e) && e.code === 'invalid_argument').toBe(true);
      }
    }
  });
});

describe('categorize with STANDARD_CATEGORIES', () => {
  it('finds a young woman department head in health, managed by the provincial standing committee', () => {
    const p = person({
      sector: 'health',
      leadershipTier: 'department',
      managementTier: 'provincial_standing_committee',
      ethnicMinority: true,
    });
    expect(categorize(p, STANDARD_CATEGORIES, ctx)).toEqual([
      'civil_servant',
      'leader_manager',
      'young_leader_manager',
      'provincial_managed',
      'young_leader_provincial_managed',
      'women',
      'ethnic_minority',
      'sector_health',
    ]);
  });

  it('leaves a child out when its parent does not match', () => {
    // Young and in the provincial tier, but staff: not a leader, so not a young leader either.
    const p = person({
      managementTier: 'provincial_standing_committee',
      employment: 'commune_cadre',
    });
    expect(categorize(p, STANDARD_CATEGORIES, ctx)).toEqual([
      'commune_level',
      'commune_cadre',
      'provincial_managed',
      'women',
    ]);
  });

  it('returns codes closed under parents, in tree order, for any person', () => {
    const arbPerson = fc.record({
      birthDate: fc.constantFrom('1950-01-01', '1979-05-21', '1980-02-29', '1995-12-31'),
      sex: fc.constantFrom('male', 'female'),
      employment: fc.constantFrom(
        'cadre',
        'civil_servant',
        'public_employee',
        'commune_cadre',
        'commune_civil_servant',
        'other',
      ),
      leadershipTier: fc.constantFrom('none', 'department', 'province'),
      managementTier: fc.option(fc.constantFrom('provincial_standing_committee', 'district'), {
        nil: undefined,
      }),
      ethnicMinority: fc.boolean(),
      sector: fc.option(
        fc.constantFrom('education', 'health', 'culture_tourism', 'agriculture_forestry'),
        { nil: undefined },
      ),
    });
    const byCode = new Map(STANDARD_CATEGORIES.map((c) => [c.code, c]));
    const order = STANDARD_CATEGORIES.map((c) => c.code);
    fc.assert(
      fc.property(arbPerson, (over) => {
        const codes = categorize(person(over), STANDARD_CATEGORIES, ctx);
        for (const code of codes) {
          const parent = byCode.get(code)?.parentCode;
          if (parent) expect(codes).toContain(parent);
        }
        expect([...codes].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(codes);
        // Exactly one employment class (or none for 'other').
        const classes = codes.filter((c) =>
          [
            'cadre',
            'civil_servant',
            'public_employee',
            'commune_cadre',
            'commune_civil_servant',
          ].includes(c),
        );
        expect(classes.length).toBe(over.employment === 'other' ? 0 : 1);
      }),
    );
  });

  it('tests one category the same way as listing them all', () => {
    const isMember = createCategoryMatcher(STANDARD_CATEGORIES);
    const leaderStaff = [person({ leadershipTier: 'department' }), person()];
    for (const p of leaderStaff) {
      const all = categorize(p, STANDARD_CATEGORIES, ctx);
      for (const c of STANDARD_CATEGORIES)
        expect(isMember(p, c.code, ctx)).toBe(all.includes(c.code));
    }
    expect(() => isMember(person(), 'nobody', ctx)).toThrow(/not in the tree/);
  });

  it('refuses a tree that validateCategories would reject', () => {
    const node = (code: string, parentCode: string | null): Category => ({
      code,
      name: { vi: code, en: code },
      parentCode,
      predicate: { always: true },
    });
    for (const tree of [
      [node('a', null), node('a', null)],
      [node('a', 'b'), node('b', 'a')],
      [node('a', 'zz')],
    ]) {
      expect(() => createCategorizer(tree)).toThrow(/validateCategories/);
    }
  });
});

describe('validateCategories', () => {
  it('accepts the standard tree', () => {
    expect(validateCategories(STANDARD_CATEGORIES)).toEqual([]);
  });

  it('reports duplicates, unknown parents, cycles and bad predicates at their paths', () => {
    const name = { vi: 'x', en: 'x' };
    const issues = validateCategories([
      { code: 'a', name, parentCode: 'c', predicate: { always: true } },
      { code: 'a', name, predicate: { field: 'sex', eq: 'female', in: ['male'] } },
      { code: 'c', name, parentCode: 'a', predicate: { any: [{ not: { age: {} } }] } },
      { code: 'd', name, parentCode: 'ghost', predicate: { age: { gt: 40, lt: 35 } } },
      { code: '', name, predicate: { colour: 'red' } },
    ]);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['category.predicate.unknown_key', [1, 'predicate', 'in']],
      ['category.predicate.invalid', [2, 'predicate', 'any', 0, 'not', 'age']],
      ['category.predicate.empty_age_range', [3, 'predicate', 'age']],
      ['zod.too_small', [4, 'code']],
      ['category.predicate.unknown_form', [4, 'predicate']],
      ['category.duplicate_code', [1, 'code']],
      ['category.unknown_parent', [3, 'parentCode']],
      ['category.cycle', [0, 'parentCode']],
      ['category.cycle', [2, 'parentCode']],
    ]);
    for (const i of issues) {
      expect(i.message).toContain(`[${i.path[0]}]`);
      expect(i.messageVi).toContain(`[${i.path[0]}]`);
    }
  });

  it('never passes a predicate the schema rejects', () => {
    const leaf = fc.oneof(
      fc.record({
        field: fc.string(),
        eq: fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)),
      }),
      fc.record({
        field: fc.string(),
        in: fc.array(fc.oneof(fc.string(), fc.integer(), fc.object())),
      }),
      fc.record({
        age: fc.dictionary(
          fc.constantFrom('lt', 'lte', 'gt', 'gte', 'eq'),
          fc.oneof(fc.integer({ min: 0, max: 90 }), fc.double()),
        ),
      }),
      fc.record({ young: fc.oneof(fc.boolean(), fc.string()) }),
      fc.record({ always: fc.oneof(fc.constant(true), fc.constant(false)) }),
      fc.anything(),
    );
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.record({ all: fc.array(tie('node'), { maxLength: 3 }) }),
        fc.record({ any: fc.array(tie('node'), { maxLength: 3 }) }),
        fc.record({ not: tie('node') }),
      ),
    })).node;
    fc.assert(
      fc.property(tree, (p) => {
        const issues = checkPredicate(p, []);
        if (issues.length === 0) expect(PredicateSchema.safeParse(p).success).toBe(true);
        else expect(issues.every((i) => i.messageVi !== undefined)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
