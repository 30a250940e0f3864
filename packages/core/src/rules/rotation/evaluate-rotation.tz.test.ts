import { describe, expect, it } from 'vitest';
import { createRuleBook } from '../book/rule-book.js';
import { rotationQd65of2022 } from '../packs/rotation-qd-65-2022.js';
import { orgUnits, person, rotation } from './__fixtures__/rotation.js';
import { classifyRotationDirection } from './classify-direction.js';
import { evaluateRotation } from './evaluate-rotation.js';
import { evaluateRotationPlan } from './evaluate-rotation-plan.js';

const codes = (r: { violations: { code: string }[] }) => r.violations.map((v) => v.code);
const context = { orgUnits };

describe('evaluateRotation', () => {
  it('passes a sound rotation and cites QĐ 65-QĐ/TW', () => {
    // Born 6/1975, retires 1/7/2037 at 62: far more than 10 years left on 1/5/2022.
    const r = evaluateRotation({
      person: person(),
      rotation: rotation(),
      asOf: '2023-01-01',
      context,
    });
    expect(r.violations).toEqual([]);
    expect(r.pack?.id).toBe('vn.rotation.qd-65-2022');
    expect(r.direction).toBe('top_down');
    expect(r.durationMonths).toBe(36);
    expect(r.active).toBe(true);
  });

  it('switches from QĐ 98 to QĐ 65 on 28/4/2022', () => {
    const on = (start: string) =>
      evaluateRotation({
        person: person(),
        rotation: rotation({ start, plannedEnd: '2025-12-31' }),
        asOf: '2022-06-01',
        context,
      });
    expect(on('2022-04-27').pack?.id).toBe('vn.rotation.qd-98-2017');
    expect(on('2022-04-27').violations[0]).toBeUndefined();
    expect(on('2022-04-28').pack?.id).toBe('vn.rotation.qd-65-2022');
  });

  it('needs 10 years left, or 5 for the special cases (remaining_time_short)', () => {
    // Born 3/1968: 62 applies from 2028, reached 3/2030, retires 1/4/2030;
    // from 1/5/2022 that is 7 years 11 months = 95 months.
    const p = person({ birthDate: '1968-03-10' });
    const dev = evaluateRotation({ person: p, rotation: rotation(), asOf: '2022-05-01', context });
    expect(codes(dev)).toEqual(['rotation.remaining_time_short']);
    expect(dev.remaining?.months).toBe(95);
    expect(dev.violations[0]?.reference).toBe('65-QĐ/TW ngày 28/4/2022');
    expect(dev.violations[0]?.messageVi).toContain('95 tháng');
    const termLimit = evaluateRotation({
      person: p,
      rotation: rotation(),
      asOf: '2022-05-01',
      context: { ...context, purpose: 'term_limit' },
    });
    expect(termLimit.violations).toEqual([]);
    // Born 1/1965: 61y3m would land in 2026, so 61y6m applies, reached 7/2026, retires 1/8/2026;
    // 51 months from 1/5/2022, short even of one term.
    const old = evaluateRotation({
      person: person({ birthDate: '1965-01-10' }),
      rotation: rotation(),
      asOf: '2022-05-01',
      context: { ...context, purpose: 'non_local_leader' },
    });
    expect(old.remaining?.months).toBe(51);
    expect(codes(old)).toEqual(['rotation.remaining_time_short']);
  });

  it('needs 36 months between start and plannedEnd, both days counted (duration_short)', () => {
    const r = evaluateRotation({
      person: person(),
      rotation: rotation({ plannedEnd: '2025-04-29' }),
      asOf: '2022-05-01',
      context,
    });
    expect(codes(r)).toEqual(['rotation.duration_short']);
    expect(r.durationMonths).toBe(35);
  });

  it('flags a move within one unit (direction_not_allowed)', () => {
    const r = evaluateRotation({
      person: person(),
      rotation: rotation({ to: { orgUnit: 'snv-04', post: 'pho-giam-doc' } }),
      asOf: '2022-05-01',
      context,
    });
    expect(codes(r)).toEqual(['rotation.direction_not_allowed']);
    expect(r.violations[0]?.messageVi).toContain('trong cùng một cơ quan, đơn vị');
  });

  it('reports the direction unchecked without org units or for an unknown unit', () => {
    const none = evaluateRotation({ person: person(), rotation: rotation(), asOf: '2022-05-01' });
    expect(none.violations.map((v) => [v.code, v.severity])).toEqual([
      ['rotation.direction_unknown', 'warning'],
    ]);
    const unknown = evaluateRotation({
      person: person(),
      rotation: rotation({ to: { orgUnit: 'nowhere', post: 'x' } }),
      asOf: '2022-05-01',
      context,
    });
    expect(codes(unknown)).toEqual(['rotation.direction_unknown']);
    expect(unknown.violations[0]?.path).toEqual(['rotation', 'to', 'orgUnit']);
  });

  it('needs a cadre in the succession pool, except non-local leaders under QĐ 65 (not_in_planning)', () => {
    const p = person({ plannedPosts: [] });
    const at = (start: string) =>
      evaluateRotation({
        person: p,
        rotation: rotation({ start, plannedEnd: '2025-12-31' }),
        asOf: '2022-06-01',
        context: { ...context, purpose: 'non_local_leader' },
      });
    expect(codes(at('2022-04-27'))).toEqual(['rotation.not_in_planning']);
    expect(at('2022-04-27').violations[0]?.reference).toBe('98-QĐ/TW ngày 7/10/2017');
    expect(codes(at('2022-04-28'))).toEqual([]);
    const dev = evaluateRotation({ person: p, rotation: rotation(), asOf: '2022-05-01', context });
    expect(codes(dev)).toEqual(['rotation.not_in_planning']);
  });

  it('flags a record that belongs to someone else (person_mismatch)', () => {
    const r = evaluateRotation({
      person: person(),
      rotation: rotation({ personId: 'p2' }),
      asOf: '2022-05-01',
      context,
    });
    expect(codes(r)).toEqual(['rotation.person_mismatch']);
  });

  it('reports a start date no pack covers (no_rule_in_force)', () => {
    const r = evaluateRotation({
      person: person(),
      rotation: rotation({ start: '2016-01-01', plannedEnd: '2018-12-31' }),
      asOf: '2016-06-01',
      context,
    });
    expect(r.pack).toBeNull();
    expect(codes(r)).toEqual(['rotation.no_rule_in_force']);
  });

  it('warns when no retirement rule covers the start (retirement_unknown)', () => {
    const book = createRuleBook([rotationQd65of2022], { builtIns: false });
    if (!book.ok) throw new Error(JSON.stringify(book.issues));
    const r = evaluateRotation({
      person: person(),
      rotation: rotation(),
      asOf: '2022-05-01',
      book: book.value,
      context,
    });
    expect(codes(r)).toEqual(['rotation.retirement_unknown']);
  });

  it('applies a province override of the built-in pack by id', () => {
    const params = { ...rotationQd65of2022.params, minDurationMonths: 24 };
    const book = createRuleBook([{ ...rotationQd65of2022, params }]);
    if (!book.ok) throw new Error(JSON.stringify(book.issues));
    const r = evaluateRotation({
      person: person(),
      rotation: rotation({ plannedEnd: '2024-04-30' }),
      asOf: '2022-05-01',
      book: book.value,
      context,
    });
    expect(r.durationMonths).toBe(24);
    expect(r.violations).toEqual([]);
  });
});

describe('classifyRotationDirection', () => {
  it.each([
    ['snv-04', '01300', 'top_down'],
    ['bnv', 'snv-04', 'top_down'],
    ['01300', 'snv-04', 'bottom_up'],
    ['snv-04', 'snv-40', 'across_localities'],
    ['snv-04', 'sgd-04', 'same_level'],
    ['snv-04', 'snv-04', 'within_unit'],
  ])('%s → %s is %s', (from, to, expected) => {
    expect(classifyRotationDirection(orgUnits, from, to)).toEqual({ ok: true, value: expected });
  });

  it('collects an issue for each end it cannot place', () => {
    const r = classifyRotationDirection(orgUnits, 'loose', 'nowhere');
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual([
      'rotation.locality_unknown',
      'rotation.org_unit_unknown',
    ]);
  });
});

describe('evaluateRotationPlan', () => {
  it('counts violations by code across the plan', () => {
    const plan = evaluateRotationPlan(
      [
        { person: person(), rotation: rotation() },
        {
          person: person({ id: 'p2', plannedPosts: [] }),
          rotation: rotation({ id: 'r2', personId: 'p2', plannedEnd: '2024-12-31' }),
        },
        {
          person: person({ id: 'p3', plannedPosts: [] }),
          rotation: rotation({ id: 'r3', personId: 'p3' }),
          purpose: 'non_local_leader',
        },
      ],
      '2023-01-01',
      { context },
    );
    expect(plan.countsByCode).toEqual({
      'rotation.duration_short': 1,
      'rotation.not_in_planning': 1,
    });
    expect(plan.rotationsWithErrors).toBe(1);
    expect(plan.results.map((r) => r.rotationId)).toEqual(['r1', 'r2', 'r3']);
  });
});
