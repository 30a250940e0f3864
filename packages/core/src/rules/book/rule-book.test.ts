import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULE_PACKS, rotationQd65of2022 } from '../packs/index.js';
import { builtInRuleBook, createRuleBook, packInForce, validateRulePacks } from './rule-book.js';
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
    ['staff_reduction', '2022-01-01', null],
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
