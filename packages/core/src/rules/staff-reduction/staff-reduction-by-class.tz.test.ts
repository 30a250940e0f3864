import { describe, expect, it } from 'vitest';
import type { HeadcountSnapshot } from '../../records/schema.js';
import { evaluateStaffReduction } from './evaluate-staff-reduction.js';

const at = (date: string, headcount: number): HeadcountSnapshot => ({
  orgUnit: '04',
  date,
  headcount,
});
// The 2021 staffing KL 40 measures against, counted on its last day.
const baseline2021 = (headcount: number) => ({ date: '2021-12-31', headcount });

describe('KL 40-KL/TW (18/7/2022), mục 2: shares by class for 2022–2026 against 2021', () => {
  it('picks 5% for công chức and 10% for viên chức from the pack in force', () => {
    // 1.000 in 2021, 940 at the end of 2026: 60 cut, 6%.
    const run = (employmentClass: string) =>
      evaluateStaffReduction({
        baseline: baseline2021(1000),
        snapshots: [at('2026-12-31', 940)],
        asOf: '2026-12-31',
        employmentClass,
      });
    const civil = run('civil_servant');
    const publicEmployee = run('public_employee');
    if (!civil.ok || !publicEmployee.ok) throw new Error('expected reports');
    expect(civil.value.pack.id).toBe('vn.staff-reduction.kl-40-2022');
    // At least 5% of 1.000 cán bộ, công chức is 50: 60 meets it.
    expect(civil.value.targetShare.toString()).toBe('0.05');
    expect(civil.value.targetReduction.toString()).toBe('50');
    expect(civil.value.status).toBe('met');
    expect(civil.value.employmentClass).toBe('civil_servant');
    // At least 10% of 1.000 viên chức paid by the budget is 100: 60 misses it on 31/12/2026.
    expect(publicEmployee.value.targetShare.toString()).toBe('0.1');
    expect(publicEmployee.value.targetReduction.toString()).toBe('100');
    expect(publicEmployee.value.status).toBe('missed');
    expect(publicEmployee.value.violations.map((v) => [v.code, v.reference])).toEqual([
      ['staff_reduction.target_missed', '40-KL/TW ngày 18/7/2022'],
    ]);
    expect(publicEmployee.value.violations[0]?.messageVi).toContain(
      'chỉ tiêu tối thiểu 10% (public_employee) đến ngày 31/12/2026',
    );
  });

  it('gives cán bộ the same 5% as công chức, mid-period on pace', () => {
    // 400 cán bộ, 390 at 31/12/2024: 10 cut is 2,5%, the 5% pro rata over 3 of 5 years is 3%.
    const r = evaluateStaffReduction({
      baseline: baseline2021(400),
      snapshots: [at('2024-12-31', 390)],
      asOf: '2024-12-31',
      employmentClass: 'cadre',
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.targetShare.toString()).toBe('0.05');
    expect(r.value.progress.toString()).toBe('0.025');
    expect(r.value.status).toBe('behind');
  });

  it('chooses the pack by date: NQ 39 until 31/12/2021, KL 40 from 18/7/2022, none between', () => {
    const run = (asOf: string) =>
      evaluateStaffReduction({
        baseline: { date: '2015-01-01', headcount: 1000 },
        snapshots: [at('2015-06-30', 980)],
        asOf,
        employmentClass: 'civil_servant',
      });
    const packOf = (asOf: string) => {
      const r = run(asOf);
      return r.ok ? r.value.pack.id : r.issues.map((i) => i.code).join();
    };
    expect(packOf('2021-12-31')).toBe('vn.staff-reduction.nq-39-2015');
    expect(packOf('2022-01-01')).toBe('rules.no_pack_in_force');
    expect(packOf('2022-07-17')).toBe('rules.no_pack_in_force');
    expect(packOf('2022-07-18')).toBe('vn.staff-reduction.kl-40-2022');
    expect(packOf('2022-07-19')).toBe('vn.staff-reduction.kl-40-2022');
    expect(packOf('2026-12-31')).toBe('vn.staff-reduction.kl-40-2022');
    expect(packOf('2027-01-01')).toBe('rules.no_pack_in_force');
    // NQ 39 sets one share for all: the class is kept as given, the share is the act's 10%.
    const nq39 = run('2021-12-31');
    expect(nq39.ok && [nq39.value.employmentClass, nq39.value.targetShare.toString()]).toEqual([
      null,
      '0.1',
    ]);
  });

  it('refuses to guess a share: no class, or a class the act sets no share for', () => {
    const codes = (employmentClass?: string) => {
      const r = evaluateStaffReduction({
        baseline: baseline2021(1000),
        snapshots: [at('2025-12-31', 950)],
        asOf: '2025-12-31',
        pack: 'vn.staff-reduction.kl-40-2022',
        ...(employmentClass !== undefined && { employmentClass }),
      });
      return r.ok ? [] : r.issues.map((i) => [i.code, i.path]);
    };
    expect(codes()).toEqual([['staff_reduction.class_required', ['employmentClass']]]);
    expect(codes('commune_cadre')).toEqual([
      ['staff_reduction.class_unknown', ['employmentClass']],
    ]);
  });
});
