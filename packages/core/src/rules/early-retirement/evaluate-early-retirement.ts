import { Decimal } from 'decimal.js';
import type { Sex } from '../../categories/schema.js';
import { type IsoDate, monthsBetween } from '../../dates/calendar-date.js';
import { fail, type Issue, issue, ok, type Result } from '../../result/issue.js';
import type { EarlyRetirementPack } from '../book/pack-schema.js';
import { builtInRuleBook, type RuleBook } from '../book/rule-book.js';
import { computeRetirement } from '../retirement/retirement.js';

/** Most persons one call evaluates. */
export const MAX_EARLY_RETIREMENT_PERSONS = 100_000;

/** A person who may retire early because of restructuring. */
export interface EarlyRetirementCase {
  personId: string;
  birthDate: IsoDate;
  sex: Sex;
  /** First day in retirement asked for. */
  leaveDate: IsoDate;
  /** Whole years of compulsory social insurance at the leave date. */
  insuranceYears: number;
  /** Directly affected by the restructuring (the act's subjects); others are not eligible. */
  affected: boolean;
}

/** Why a case is not eligible. */
export type EarlyRetirementRefusal =
  | 'not_affected'
  | 'insurance_short'
  | 'too_few_months_early'
  | 'too_many_months_early';

/** One person's outcome: months early, and when eligible the salary months owed. */
export interface EarlyRetirementOutcome {
  personId: string;
  /** The retirement date under the retirement-age pack in force at the leave date. */
  retirementDate: IsoDate;
  monthsEarly: number;
  eligible: boolean;
  refusal: EarlyRetirementRefusal | null;
  /** Whole years early, as counted for the per-year benefit. */
  yearsEarly: number;
  pensionRateKept: boolean | null;
  /** Salary months for the years early, and for the insurance years; exact. */
  benefitMonths: { perYearEarly: Decimal; insurance: Decimal; total: Decimal } | null;
}

/**
 * Evaluates early retirement under the pack in force at each leave date (NĐ 178/2024 as amended
 * by NĐ 67/2025, from 1/1/2025): the months before the person's retirement date choose a band
 * (2 to 5 years: 5 salary months a year early; over 5 to 10 years: 4), plus 5 months for the
 * first 20 insurance years and half a month a year beyond. Exact decimals.
 * @example
 * evaluateEarlyRetirement([{ personId: 'a', birthDate: '1966-06-15', sex: 'male',
 *   leaveDate: '2025-07-01', insuranceYears: 25, affected: true }]);
 */
export function evaluateEarlyRetirement(
  cases: readonly EarlyRetirementCase[],
  options: { book?: RuleBook; scope?: string } = {},
): Result<EarlyRetirementOutcome[]> {
  const book = options.book ?? builtInRuleBook();
  const scope = options.scope === undefined ? {} : { scope: options.scope };
  const issues: Issue[] = [];
  if (cases.length > MAX_EARLY_RETIREMENT_PERSONS) {
    return fail([
      issue(
        'early_retirement.too_many',
        ['cases'],
        `cases: ${cases.length} persons; expected at most ${MAX_EARLY_RETIREMENT_PERSONS} per call`,
        `cases: ${cases.length} người; tối đa ${MAX_EARLY_RETIREMENT_PERSONS} người mỗi lần`,
      ),
    ]);
  }
  const out: EarlyRetirementOutcome[] = [];
  cases.forEach((c, i) => {
    const pack = book.packInForce('early_retirement', c.leaveDate, scope);
    const age = book.packInForce('retirement', c.leaveDate, scope);
    if (!pack.ok || !age.ok) {
      issues.push(...(pack.ok ? [] : pack.issues), ...(age.ok ? [] : age.issues));
      return;
    }
    if (!Number.isSafeInteger(c.insuranceYears) || c.insuranceYears < 0) {
      issues.push(
        issue(
          'early_retirement.insurance_years_invalid',
          ['cases', i, 'insuranceYears'],
          `cases[${i}].insuranceYears: expected a whole number ≥ 0, got ${c.insuranceYears}`,
          `cases[${i}].insuranceYears: số năm đóng bảo hiểm xã hội phải là số nguyên ≥ 0, nhận được ${c.insuranceYears}`,
          c.insuranceYears,
        ),
      );
      return;
    }
    out.push(outcome(c, pack.value, computeRetirement(c, { pack: age.value }).retirementDate));
  });
  return issues.length > 0 ? fail(issues) : ok(out);
}

function outcome(
  c: EarlyRetirementCase,
  pack: EarlyRetirementPack,
  retirementDate: IsoDate,
): EarlyRetirementOutcome {
  const p = pack.params;
  const monthsEarly = c.leaveDate < retirementDate ? monthsBetween(c.leaveDate, retirementDate) : 0;
  const yearsEarly = Math.floor(monthsEarly / 12);
  const band = p.bands.find(
    (b) => b.fromMonthsEarly <= monthsEarly && monthsEarly <= b.toMonthsEarly,
  );
  const lowest = Math.min(...p.bands.map((b) => b.fromMonthsEarly));
  const refusal: EarlyRetirementRefusal | null = !c.affected
    ? 'not_affected'
    : c.insuranceYears < p.minInsuranceYears
      ? 'insurance_short'
      : band === undefined
        ? monthsEarly < lowest
          ? 'too_few_months_early'
          : 'too_many_months_early'
        : null;
  const base = { personId: c.personId, retirementDate, monthsEarly, yearsEarly };
  if (refusal !== null || band === undefined) {
    return { ...base, eligible: false, refusal, pensionRateKept: null, benefitMonths: null };
  }
  const perYearEarly = new Decimal(band.monthsPerYearEarly).times(yearsEarly);
  const beyond = Math.max(0, c.insuranceYears - p.lumpSumBaseYears);
  const insurance = new Decimal(
    c.insuranceYears >= p.lumpSumBaseYears ? p.lumpSumBaseMonths : 0,
  ).plus(new Decimal(p.lumpSumPerYearBeyond).times(beyond));
  return {
    ...base,
    eligible: true,
    refusal: null,
    pensionRateKept: band.pensionRateKept,
    benefitMonths: { perYearEarly, insurance, total: perYearEarly.plus(insurance) },
  };
}
