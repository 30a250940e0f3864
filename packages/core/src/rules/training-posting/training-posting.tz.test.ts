import { describe, expect, it } from 'vitest';
import { packInForce } from '../book/rule-book.js';
import {
  checkPostingEligibility,
  computeTrainingRefund,
  type PostingCandidate,
  serviceCommitmentMonths,
} from './training-posting.js';

// Born 1/3/1982: 43 on 30/6/2025 and 1/7/2025. Service since 1/7/2019: 6 years.
const candidate: PostingCandidate = {
  personId: 'cc1',
  birthDate: '1982-03-01',
  serviceStart: '2019-07-01',
  grades: { 2023: 'good', 2024: 'excellent' },
};

const codes = (r: ReturnType<typeof checkPostingEligibility>) =>
  r.ok ? r.value.violations.map((v) => v.code) : r.issues.map((i) => i.code);

describe('NĐ 101/2017 → NĐ 171/2025: postgraduate postings of công chức', () => {
  it.each([
    ['2025-06-30', 'vn.training-posting.nd-101-2017'],
    ['2025-07-01', 'vn.training-posting.nd-171-2025'],
    ['2025-07-02', 'vn.training-posting.nd-171-2025'],
  ] as const)('training-posting pack on %s → %s', (date, id) => {
    const r = packInForce('training_posting', date);
    expect(r.ok ? r.value.id : null).toBe(id);
  });

  it('NĐ 171/2025: at 43 a first postgraduate posting is allowed from 1/7/2025, not the day before (40)', () => {
    expect(codes(checkPostingEligibility(candidate, '2025-06-30'))).toEqual(['posting.age_over']);
    expect(codes(checkPostingEligibility(candidate, '2025-07-01'))).toEqual([]);
    expect(codes(checkPostingEligibility(candidate, '2025-07-02'))).toEqual([]);
  });

  it('NĐ 171/2025: 46 years of age is over the 45 limit', () => {
    const older = { ...candidate, birthDate: '1979-03-01' };
    expect(codes(checkPostingEligibility(older, '2025-09-01'))).toEqual(['posting.age_over']);
  });

  it('NĐ 171/2025: needs 3 years of service and the last 2 years graded at least good', () => {
    const r = checkPostingEligibility(
      { ...candidate, serviceStart: '2022-09-02', grades: { 2023: 'completed', 2024: 'good' } },
      '2025-09-01',
    );
    // 2/9/2022 → 1/9/2025 is 35 whole months; 2023 was only "completed".
    expect(codes(r)).toEqual(['posting.service_short', 'posting.grade_low']);
    expect(r.ok && r.value.violations[1]?.messageVi).toContain('năm 2023');
    expect(r.ok && r.value.violations[0]?.reference).toBe('171/2025/NĐ-CP ngày 30/6/2025');
  });

  it('commitment: 24 months of training owe 48 months under NĐ 101/2017, 72 under NĐ 171/2025', () => {
    const at = (d: string) => serviceCommitmentMonths(24, d);
    expect([at('2025-06-30'), at('2025-07-01')].map((r) => r.ok && r.value)).toEqual([48, 72]);
    expect(serviceCommitmentMonths(0, '2025-07-01').ok).toBe(false);
  });

  it('đền bù: leaving after 30 of 72 owed months repays 42/72 of 120 000 000 đồng', () => {
    const r = computeTrainingRefund({
      cost: '120000000',
      trainingMonths: 24,
      servedMonths: 30,
      reason: 'left_before_commitment',
      postingDate: '2025-09-01',
    });
    expect(r.ok && r.value.toString()).toBe('70000000');
  });

  it('đền bù: no degree repays the whole cost; an unknown reason is an issue', () => {
    const base = {
      cost: '95500000.5',
      trainingMonths: 24,
      servedMonths: 0,
      postingDate: '2025-09-01',
    };
    const full = computeTrainingRefund({ ...base, reason: 'no_degree' });
    expect(full.ok && full.value.toString()).toBe('95500000.5');
    const bad = computeTrainingRefund({ ...base, reason: 'retired', cost: '-1' });
    expect(bad.ok ? [] : bad.issues.map((i) => i.code)).toEqual([
      'posting.cost_invalid',
      'posting.reason_unknown',
    ]);
  });
});
