import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULE_PACKS, rotationQd65of2022 } from '../packs/index.js';
import { builtInRuleBook, createRuleBook, packInForce, validateRulePacks } from './rule-book.js';
import { findRuleGaps, rulesInForce } from './rules-in-force.js';
import { formatRuleReference } from './violation.js';

const issueCodes = (r: { ok: boolean; issues?: { code: string }[] }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => i.code);

describe('rule book', () => {
  it('validates every built-in pack and finds no overlap among them', () => {
    expect(validateRulePacks(BUILT_IN_RULE_PACKS, { builtIns: false })).toEqual([]);
    expect(builtInRuleBook().packs()).toHaveLength(BUILT_IN_RULE_PACKS.length);
  });

  it.each([
    ['rotation', '2017-10-06', null],
    ['rotation', '2017-10-07', 'vn.rotation.qd-98-2017'],
    ['rotation', '2022-04-27', 'vn.rotation.qd-98-2017'],
    ['rotation', '2022-04-28', 'vn.rotation.qd-65-2022'],
    ['retirement', '2020-12-31', 'vn.retirement.blld-2012'],
    ['retirement', '2021-01-01', 'vn.retirement.nd-135-2020'],
    ['planning', '2025-10-07', 'vn.planning.qd-50-2021'],
    ['planning', '2025-10-08', 'vn.planning.qd-377-2025'],
    ['staff_reduction', '2021-12-31', 'vn.staff-reduction.nq-39-2015'],
    ['staff_reduction', '2022-01-01', null],
    ['staff_reduction', '2022-07-17', null],
    ['staff_reduction', '2022-07-18', 'vn.staff-reduction.kl-40-2022'],
    ['staff_reduction', '2022-07-19', 'vn.staff-reduction.kl-40-2022'],
    ['staff_reduction', '2026-12-31', 'vn.staff-reduction.kl-40-2022'],
    ['staff_reduction', '2027-01-01', null],
    ['staff_reduction_regime', '2025-06-15', null],
    ['staff_reduction_regime', '2025-06-16', 'vn.staff-reduction-regime.nd-154-2025'],
    ['staff_reduction_regime', '2025-06-17', 'vn.staff-reduction-regime.nd-154-2025'],
    ['employment_classes', '2025-06-30', 'vn.employment-classes.luat-22-2008'],
    ['employment_classes', '2025-07-01', 'vn.employment-classes.luat-80-2025'],
    ['employment_classes', '2025-07-02', 'vn.employment-classes.luat-80-2025'],
    ['planning', '2025-10-09', 'vn.planning.qd-377-2025'],
  ] as const)('%s on %s → %s', (kind, date, id) => {
    const r = packInForce(kind, date);
    expect(r.ok ? r.value.id : null).toBe(id);
  });

  it('lets a user pack replace a built-in by id', () => {
    const params = { ...rotationQd65of2022.params, minDurationMonths: 24 };
    const r = createRuleBook([{ ...rotationQd65of2022, params }]);
    const pack = r.ok ? r.value.packInForce('rotation', '2023-01-01') : null;
    expect(pack?.ok && pack.value.params.minDurationMonths).toBe(24);
  });

  it('rejects two packs of one kind in force on the same day, pointing at the user pack', () => {
    const r = createRuleBook([{ ...rotationQd65of2022, id: 'mine', effectiveFrom: '2024-01-01' }]);
    expect(issueCodes(r)).toEqual(['rules.overlap']);
    if (r.ok) return;
    expect(r.issues[0]?.path).toEqual(['packs', 0, 'effectiveFrom']);
    expect(r.issues[0]?.messageVi).toContain('cùng có hiệu lực từ 1/1/2024');
  });

  it('accepts a pack that starts after the open one is closed by an override', () => {
    const r = createRuleBook([
      { ...rotationQd65of2022, effectiveTo: '2025-12-31' },
      { ...rotationQd65of2022, id: 'vn.rotation.next', effectiveFrom: '2026-01-01' },
    ]);
    expect(issueCodes(r)).toEqual([]);
    const at = (d: string) => (r.ok ? r.value.packInForce('rotation', d) : null);
    expect([at('2025-12-31'), at('2026-01-01')].map((x) => x?.ok && x.value.id)).toEqual([
      'vn.rotation.qd-65-2022',
      'vn.rotation.next',
    ]);
  });

  it('keeps a provincial scope apart and falls back to the national pack', () => {
    const own = {
      ...rotationQd65of2022,
      id: 'cb.rotation',
      scope: '04',
      effectiveFrom: '2024-01-01',
    };
    const r = createRuleBook([own]);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const in04 = (d: string) => r.value.packInForce('rotation', d, { scope: '04' });
    expect([in04('2023-06-01'), in04('2024-06-01')].map((x) => x.ok && x.value.id)).toEqual([
      'vn.rotation.qd-65-2022',
      'cb.rotation',
    ]);
  });

  it('collects schema issues and duplicate ids, each with its path', () => {
    const r = createRuleBook([
      { ...rotationQd65of2022, id: 'x', effectiveFrom: '2030-01-01', effectiveTo: '2029-12-31' },
      { id: 'y', kind: 'planning' },
      { ...rotationQd65of2022, id: 'z', scope: 'a' },
      { ...rotationQd65of2022, id: 'z', scope: 'b' },
    ]);
    expect(issueCodes(r)).toContain('rules.duplicate_id');
    if (r.ok) return;
    const paths = r.issues.map((i) => i.path.slice(0, 3).join('.'));
    expect(paths).toContain('packs.0.effectiveTo');
    expect(paths).toContain('packs.1.reference');
    expect(paths).toContain('packs.3.id');
    expect(r.issues.every((i) => i.messageVi !== undefined)).toBe(true);
  });

  it('accepts a pack of a kind of its own as data, and still checks its dates and overlaps', () => {
    const own = {
      ...rotationQd65of2022,
      id: 'cb.mentoring',
      kind: 'mentoring',
      params: { hoursPerYear: 12 },
    };
    const r = createRuleBook([own, { ...own, id: 'cb.mentoring-2', effectiveFrom: '2030-01-01' }]);
    expect(issueCodes(r)).toEqual(['rules.overlap']);
    const one = createRuleBook([own]);
    const found = one.ok ? one.value.packInForce('mentoring', '2023-01-01') : null;
    expect(found?.ok && found.value.params).toEqual({ hoursPerYear: 12 });
    expect(issueCodes(createRuleBook([{ ...own, kind: 'Mentoring!' }]))).not.toEqual([]);
  });

  it('reports the gap between NQ 39 and KL 40, and none where packs follow each other', () => {
    const gaps = findRuleGaps(builtInRuleBook(), {
      from: '2021-01-01',
      to: '2026-12-31',
      kinds: ['staff_reduction', 'retirement', 'refresher_training'],
    });
    expect(gaps.map((g) => [g.code, g.input])).toEqual([
      [
        'rules.gap',
        { kind: 'staff_reduction', scope: 'national', from: '2022-01-01', to: '2022-07-17' },
      ],
      [
        'rules.gap',
        { kind: 'refresher_training', scope: 'national', from: '2021-12-10', to: '2026-12-31' },
      ],
    ]);
    expect(gaps[0]?.messageVi).toContain('từ ngày 1/1/2022 đến ngày 17/7/2022');
  });

  it('lists the packs in force at a date, by kind', () => {
    const ids = rulesInForce(builtInRuleBook(), '2026-01-01').map((p) => p.id);
    expect(ids).toContain('vn.performance-evaluation.nd-335-2025');
    expect(ids).not.toContain('vn.refresher-training.nd-101-2017');
    const one = rulesInForce(builtInRuleBook(), '2025-06-30', { kind: 'training_posting' });
    expect(one.map((p) => p.id)).toEqual(['vn.training-posting.nd-101-2017']);
  });

  it('formats references by the form of the act', () => {
    expect(
      formatRuleReference({
        number: '65',
        type: 'QĐ',
        issuer: 'TW',
        form: 'party',
        date: '2022-04-28',
      }),
    ).toBe('65-QĐ/TW ngày 28/4/2022');
    expect(
      formatRuleReference({ number: '135', year: 2020, type: 'NĐ', issuer: 'CP', form: 'state' }),
    ).toBe('135/2020/NĐ-CP');
    expect(
      formatRuleReference({
        number: '202',
        year: 2025,
        type: 'NQ',
        issuer: 'QH15',
        form: 'legislative',
      }),
    ).toBe('202/2025/QH15');
  });
});
