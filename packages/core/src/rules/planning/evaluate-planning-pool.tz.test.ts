import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Person, PersonSchema } from '../../categories/schema.js';
import { createRuleBook } from '../book/rule-book.js';
import { planningQd50of2021 } from '../packs/planning-qd-50-2021.js';
import { evaluatePlanningPool, type PlanningEntry } from './evaluate-planning-pool.js';

const person = (id: string, birthDate: string, sex: 'male' | 'female'): Person =>
  PersonSchema.parse({ id, birthDate, sex, employment: 'cadre', orgUnit: '04' });

// On 1/6/2023: a is 38, c is 39 (turns 40 the next day), b turns 40 that very day.
const a = person('a', '1985-01-01', 'female');
const b = person('b', '1983-06-01', 'male');
const c = person('c', '1983-06-02', 'male');
// d (woman, 1/1970) reaches 57y4m in 5/2027 and retires 1/6/2027: 48 months left on 1/6/2023.
const d = person('d', '1970-01-01', 'female');
const e = person('e', '1975-05-05', 'male');
const f = person('f', '1978-08-08', 'male');
const g = person('g', '1980-02-02', 'male');
const h = person('h', '1979-01-01', 'male');

const pool: PlanningEntry[] = [
  { person: a, post: 'P1' },
  { person: b, post: 'P1' },
  { person: c, post: 'P1' },
  { person: d, post: 'P1' },
  { person: e, post: 'P2' },
  { person: e, post: 'P3' },
  { person: e, post: 'P4' },
  { person: e, post: 'P5' },
  { person: f, post: 'P2' },
  { person: g, post: 'P3' },
];

const codes = (vs: { code: string }[]) => vs.map((v) => v.code).sort();

describe('evaluatePlanningPool', () => {
  it('computes exact shares and flags the limits under QĐ 50', () => {
    const r = evaluatePlanningPool({ entries: pool, asOf: '2023-06-01', level: 'province' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const { figures, violations, pack } = r.value;
    expect(pack.id).toBe('vn.planning.qd-50-2021');
    // 7 persons: young a, c (2/7); women a, d (2/7); P1 has 4 persons, e has 4 posts.
    expect(figures).toMatchObject({ persons: 7, posts: 5, entries: 10, young: 2, women: 2 });
    expect(figures.youngShare?.equals(new Decimal(2).div(7))).toBe(true);
    expect(figures.womenShare?.equals(new Decimal(2).div(7))).toBe(true);
    expect(figures.maxPersonsPerPost).toBe(4);
    expect(figures.maxPostsPerPerson).toBe(4);
    expect(figures.timeLeftShort).toBe(1);
    expect(codes(violations)).toEqual([
      'planning.time_left_short',
      'planning.too_many_persons_per_post',
      'planning.too_many_posts_per_person',
    ]);
    const short = violations.find((v) => v.code === 'planning.time_left_short');
    expect(short?.path).toEqual(['entries', 3, 'person', 'birthDate']);
    expect(short?.reference).toBe('50-QĐ/TW ngày 27/12/2021');
  });

  it('flags young and women shares below 15% and 25%', () => {
    // 7 persons, one young (c) and one woman (d): 1/7 = 14.2857…% for each.
    const entries = [b, c, d, e, f, g, h].map((p, i) => ({ person: p, post: `Q${i}` }));
    const r = evaluatePlanningPool({ entries, asOf: '2023-06-01', level: 'province' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(codes(r.value.violations)).toEqual([
      'planning.time_left_short',
      'planning.women_share_low',
      'planning.young_share_low',
    ]);
    const low = r.value.violations.find((v) => v.code === 'planning.young_share_low');
    expect(low?.messageVi).toContain('1/7 người (14,28%, làm tròn xuống); cần ít nhất 15%');
  });

  it('takes the youth threshold by level, and a province pack over the national one', () => {
    const central = evaluatePlanningPool({ entries: pool, asOf: '2023-06-01', level: 'central' });
    // Under 45 at central level: a (38), b (40), c (39), f (44) and g (43) are young; e is 48.
    expect(central.ok && central.value.figures.young).toBe(5);
    const own = { ...planningQd50of2021, id: 'cb.planning', scope: '04', effectiveTo: null };
    const book = createRuleBook([
      { ...own, params: { ...planningQd50of2021.params, youthAgeByLevel: { province: 41 } } },
    ]);
    if (!book.ok) throw new Error(JSON.stringify(book.issues));
    const r = evaluatePlanningPool({
      entries: pool,
      asOf: '2023-06-01',
      level: 'province',
      book: book.value,
      scope: '04',
    });
    expect(r.ok && [r.value.pack.id, r.value.figures.young]).toEqual(['cb.planning', 3]);
  });

  it('fails for a level without a threshold under QĐ 50, or a date without a pack', () => {
    const before = evaluatePlanningPool({ entries: pool, asOf: '2025-10-07', level: 'commune' });
    expect(before.ok ? [] : before.issues.map((i) => i.code)).toEqual(['planning.level_unknown']);
    const early = evaluatePlanningPool({ entries: pool, asOf: '2021-12-26', level: 'province' });
    expect(early.ok ? [] : early.issues.map((i) => i.code)).toEqual(['rules.no_pack_in_force']);
  });

  it('QĐ 377-QĐ/TW (quy hoạch): at most 3 per post and 3 posts per cadre, at the commune level too', () => {
    const r = evaluatePlanningPool({ entries: pool, asOf: '2025-10-08', level: 'commune' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.pack.id).toBe('vn.planning.qd-377-2025');
    // No young share in QĐ 377: no youth age, no young count; women are still counted (a, d).
    expect(r.value.figures).toMatchObject({ youthAge: null, young: null, youngShare: null });
    expect(r.value.figures.women).toBe(2);
    // P1 has 4 persons, e has 4 posts; d retires 1/6/2027, short of a full term on 8/10/2025.
    expect(codes(r.value.violations)).toEqual([
      'planning.time_left_short',
      'planning.too_many_persons_per_post',
      'planning.too_many_posts_per_person',
    ]);
  });

  it('reports an empty pool with null shares, never NaN', () => {
    const r = evaluatePlanningPool({ entries: [], asOf: '2023-06-01', level: 'province' });
    expect(r.ok && [r.value.figures.youngShare, codes(r.value.violations)]).toEqual([
      null,
      ['planning.empty'],
    ]);
  });

  it('keeps shares equal to counts over persons, whatever the order of entries', () => {
    const people = [a, b, c, d, e, f, g, h];
    const entry = fc.record({
      person: fc.constantFrom(...people),
      post: fc.constantFrom('P1', 'P2', 'P3', 'P4'),
    });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 20 }), (entries) => {
        const one = evaluatePlanningPool({ entries, asOf: '2023-06-01', level: 'province' });
        const two = evaluatePlanningPool({
          entries: [...entries].reverse(),
          asOf: '2023-06-01',
          level: 'province',
        });
        if (!one.ok || !two.ok) return false;
        const x = one.value.figures;
        return (
          // 1/7 has no finite decimal: the product returns to the count within precision.
          x
            .youngShare!.times(x.persons)
            .toDecimalPlaces(12)
            .equals(x.young ?? Number.NaN) &&
          x.womenShare!.times(x.persons).toDecimalPlaces(12).equals(x.women) &&
          x.womenShare!.lte(1) &&
          JSON.stringify(x) === JSON.stringify(two.value.figures)
        );
      }),
    );
  });
});
