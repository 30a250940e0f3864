import { describe, expect, it } from 'vitest';
import { packInForce } from '../book/rule-book.js';
import { type EarlyRetirementCase, evaluateEarlyRetirement } from './evaluate-early-retirement.js';

// A man born 15/6/1966 would reach 2027's 61y9m only in 3/2028, when the age is 62 (NĐ 135/2020):
// he reaches 62 in 6/2028 and retires 1/7/2028. Each case counts the months back from that date.
const man = (leaveDate: string, insuranceYears = 25, affected = true): EarlyRetirementCase => ({
  personId: 'm',
  birthDate: '1966-06-15',
  sex: 'male',
  leaveDate,
  insuranceYears,
  affected,
});

const run = (c: EarlyRetirementCase) => {
  const r = evaluateEarlyRetirement([c]);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const o = r.value[0];
  if (o === undefined) throw new Error('no outcome');
  return o;
};

describe('NĐ 178/2024 as amended by NĐ 67/2025: early retirement in restructuring', () => {
  it.each([
    ['2024-12-31', null],
    ['2025-01-01', 'vn.early-retirement.nd-178-2024'],
    ['2025-01-02', 'vn.early-retirement.nd-178-2024'],
  ] as const)('early-retirement pack on %s → %s', (date, id) => {
    const r = packInForce('early_retirement', date);
    expect(r.ok ? r.value.id : null).toBe(id);
  });

  it('Điều 7 (2–5 years early): 3 years early, 25 insurance years → 15 + 5 + 2.5 = 22.5 months', () => {
    const o = run(man('2025-07-01'));
    expect(o.retirementDate).toBe('2028-07-01');
    expect([o.monthsEarly, o.yearsEarly, o.eligible, o.pensionRateKept]).toEqual([
      36,
      3,
      true,
      true,
    ]);
    expect(o.benefitMonths?.perYearEarly.toString()).toBe('15');
    expect(o.benefitMonths?.insurance.toString()).toBe('7.5');
    expect(o.benefitMonths?.total.toString()).toBe('22.5');
  });

  it('Điều 7 (over 5 to 10 years early): 6 years early, 20 insurance years → 24 + 5 = 29 months', () => {
    const o = run({ ...man('2025-07-01', 20), birthDate: '1969-06-15' });
    // 62 from 2028 on: born 6/1969, 62 in 6/2031, retires 1/7/2031: 72 months after 1/7/2025.
    expect([o.retirementDate, o.monthsEarly, o.yearsEarly]).toEqual(['2031-07-01', 72, 6]);
    expect(o.benefitMonths?.total.toString()).toBe('29');
  });

  it('refuses under 2 years early, over 10, under 20 insurance years, or someone not affected', () => {
    expect(run(man('2027-01-01')).refusal).toBe('too_few_months_early');
    expect(run({ ...man('2025-07-01'), birthDate: '1975-06-15' }).refusal).toBe(
      'too_many_months_early',
    );
    expect(run(man('2025-07-01', 19)).refusal).toBe('insurance_short');
    expect(run(man('2025-07-01', 25, false)).refusal).toBe('not_affected');
  });

  it('has no pack before 1/1/2025 and says so', () => {
    const r = evaluateEarlyRetirement([man('2024-12-31')]);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['rules.no_pack_in_force']);
  });
});
