import { Decimal } from 'decimal.js';
import { addDaysIso, type IsoDate, minDate, monthsBetween } from '../../dates/calendar-date.js';
import { elapsedShare } from '../../periods/operations.js';
import type { HeadcountSnapshot } from '../../records/schema.js';
import { fail, type Issue, issue, ok, type Result } from '../../result/issue.js';
import { formatDateVi } from '../book/format-date-vi.js';
import { isPackOfKind, type StaffReductionPack } from '../book/pack-schema.js';
import { builtInRuleBook, type RuleBook } from '../book/rule-book.js';
import { formatRuleReference, type Violation } from '../book/violation.js';

/** What {@link evaluateStaffReduction} measures: headcounts against a baseline under a staff-reduction pack. */
export interface StaffReductionInput {
  /** The headcount the cut is measured against, and the day it was counted. */
  baseline: { date: IsoDate; headcount: number };
  /** Headcount levels by unit and date; each unit's latest level on or before `asOf` counts. */
  snapshots: readonly HeadcountSnapshot[];
  asOf: IsoDate;
  /** The staff-reduction pack, or its id in `book`; by default the pack in force on `asOf`. */
  pack?: StaffReductionPack | string;
  book?: RuleBook;
  /** Scope of the pack in force (a province's own pack); national by default. */
  scope?: string;
  /**
   * The employment class the baseline and snapshots count (cadre, civil_servant,
   * public_employee). Required when the pack sets a share per class, as KL 40-KL/TW does.
   */
  employmentClass?: string;
}

/** on_track: at or above the pro-rata share of the target; met: target reached. */
export type StaffReductionStatus = 'met' | 'on_track' | 'behind' | 'missed';

/** Tinh giản biên chế: the cut achieved against the baseline, its attainment of the target and pace. */
export interface StaffReductionReport {
  pack: StaffReductionPack;
  /** The class whose share of the pack applies, or null when the pack sets one share for all. */
  employmentClass: string | null;
  baseline: { date: IsoDate; headcount: number };
  /** Sum of each unit's latest headcount on or before asOf; `date` is the latest of those days. */
  current: { date: IsoDate; headcount: number; units: number };
  reduced: number;
  /** reduced / baseline headcount. */
  progress: Decimal;
  targetShare: Decimal;
  /** baseline × targetShare: the cut the target asks for. */
  targetReduction: Decimal;
  /** progress / targetShare. */
  attainment: Decimal;
  /** Share of [baseline date, target date] elapsed at asOf, and the target share pro rata. */
  elapsedShare: Decimal;
  expectedShare: Decimal;
  onTrack: boolean;
  status: StaffReductionStatus;
  /** The yearly pace (min, max shares a year), when the pack sets one. */
  yearlyRequired: { min: Decimal; max: Decimal } | null;
  /** The yearly pace times the whole months elapsed, over 12. */
  requiredByNow: { min: Decimal; max: Decimal } | null;
  /** Share a year still needed to reach the target by the target date; null once it has passed. */
  remainingYearlyRequired: Decimal | null;
  violations: Violation[];
}

/**
 * Measures a staff reduction (tinh giản biên chế) against a pack such as NQ 39-NQ/TW: at least
 * 10% of the 2015 headcount by 2021, with CT 02/CT-TTg's 1.5–2% a year. Headcount is a stock:
 * each unit's latest snapshot counts, never a sum over dates. Exact decimals throughout.
 * @example
 * const r = evaluateStaffReduction({ baseline: { date: '2015-01-01', headcount: 82300 },
 *   snapshots: [{ orgUnit: '40', date: '2018-12-31', headcount: 75634 }],
 *   asOf: '2018-12-31', pack: 'vn.staff-reduction.nq-39-2015' });
 * if (r.ok) r.value.progress.toFixed(4); // '0.0810' (6.666 of 82.300)
 */
export function evaluateStaffReduction(input: StaffReductionInput): Result<StaffReductionReport> {
  const { baseline, asOf } = input;
  const issues: Issue[] = [];
  const pack = resolvePack(input, issues);
  const share = pack === null ? null : shareFor(pack, input.employmentClass, issues);
  if (!Number.isInteger(baseline.headcount) || baseline.headcount <= 0) {
    issues.push(
      issue(
        'staff_reduction.baseline_invalid',
        ['baseline', 'headcount'],
        `baseline.headcount: expected a positive whole number, got ${baseline.headcount}`,
        `baseline.headcount: biên chế gốc phải là số nguyên dương, nhận được ${baseline.headcount}`,
        baseline.headcount,
      ),
    );
  }
  if (asOf < baseline.date) {
    issues.push(
      issue(
        'staff_reduction.as_of_before_baseline',
        ['asOf'],
        `asOf: ${asOf} is before the baseline date ${baseline.date}; expected a later date`,
        `asOf: ngày ${formatDateVi(asOf)} trước ngày lấy biên chế gốc ${formatDateVi(baseline.date)}`,
        asOf,
      ),
    );
  }
  const current = latestHeadcount(input.snapshots, asOf);
  if (current === null) {
    issues.push(
      issue(
        'staff_reduction.no_snapshot',
        ['snapshots'],
        `snapshots: none is dated on or before ${asOf}; expected at least one headcount`,
        `snapshots: không có số liệu biên chế nào đến ngày ${formatDateVi(asOf)}`,
      ),
    );
  }
  if (issues.length > 0 || pack === null || share === null || current === null) {
    return fail(issues);
  }

  const p = pack.params;
  const reduced = baseline.headcount - current.headcount;
  const progress = new Decimal(reduced).div(baseline.headcount);
  const targetShare = new Decimal(share.share);
  const period = { start: baseline.date, end: p.targetDate };
  const elapsed = elapsedShare(period, asOf);
  const expectedShare = targetShare.times(elapsed);
  const onTrack = progress.gte(expectedShare);
  const met = progress.gte(targetShare);
  const status: StaffReductionStatus = met
    ? 'met'
    : asOf >= p.targetDate
      ? 'missed'
      : onTrack
        ? 'on_track'
        : 'behind';
  const elapsedMonths = monthsBetween(baseline.date, addDaysIso(minDate(asOf, p.targetDate), 1));
  const yearly = p.yearlyShare;
  const yearlyRequired = yearly
    ? { min: new Decimal(yearly.min), max: new Decimal(yearly.max) }
    : null;
  const requiredByNow = yearlyRequired
    ? {
        min: yearlyRequired.min.times(elapsedMonths).div(12),
        max: yearlyRequired.max.times(elapsedMonths).div(12),
      }
    : null;
  const monthsLeft =
    asOf >= p.targetDate ? 0 : monthsBetween(addDaysIso(asOf, 1), addDaysIso(p.targetDate, 1));
  const remainingYearlyRequired =
    monthsLeft === 0 ? null : Decimal.max(0, targetShare.minus(progress)).times(12).div(monthsLeft);

  const report: StaffReductionReport = {
    pack,
    employmentClass: share.employmentClass,
    baseline,
    current,
    reduced,
    progress,
    targetShare,
    targetReduction: targetShare.times(baseline.headcount),
    attainment: progress.div(targetShare),
    elapsedShare: elapsed,
    expectedShare,
    onTrack,
    status,
    yearlyRequired,
    requiredByNow,
    remainingYearlyRequired,
    violations: [],
  };
  report.violations = violationsOf(report, asOf);
  return ok(report);
}

function resolvePack(input: StaffReductionInput, issues: Issue[]): StaffReductionPack | null {
  const book = input.book ?? builtInRuleBook();
  if (input.pack === undefined) {
    const inForce = book.packInForce(
      'staff_reduction',
      input.asOf,
      input.scope === undefined ? {} : { scope: input.scope },
    );
    if (inForce.ok) return inForce.value;
    issues.push(...inForce.issues);
    return null;
  }
  if (typeof input.pack !== 'string') return input.pack;
  const found = book.get(input.pack);
  if (isPackOfKind(found, 'staff_reduction')) return found;
  issues.push(
    issue(
      'staff_reduction.pack_unknown',
      ['pack'],
      `pack: "${input.pack}" is not a staff_reduction pack in the rule book`,
      `pack: "${input.pack}" không phải là gói quy tắc tinh giản biên chế có trong bộ quy tắc`,
      input.pack,
    ),
  );
  return null;
}

// KL 40-KL/TW sets 5% for cán bộ, công chức and 10% for viên chức: with shares by class, the
// class must be named, since a share for mixed staff would be a guess.
function shareFor(
  pack: StaffReductionPack,
  employmentClass: string | undefined,
  issues: Issue[],
): { share: string; employmentClass: string | null } | null {
  const byClass = pack.params.targetShareByClass;
  if (byClass === undefined) return { share: pack.params.targetShare, employmentClass: null };
  const known = Object.keys(byClass).join(', ');
  const share = employmentClass === undefined ? undefined : byClass[employmentClass];
  if (employmentClass !== undefined && share !== undefined) return { share, employmentClass };
  issues.push(
    employmentClass === undefined
      ? issue(
          'staff_reduction.class_required',
          ['employmentClass'],
          `employmentClass: ${pack.id} sets a share per class; expected one of ${known}`,
          `employmentClass: gói ${pack.id} quy định tỷ lệ theo từng loại; cần ghi một trong ${known}`,
        )
      : issue(
          'staff_reduction.class_unknown',
          ['employmentClass'],
          `employmentClass: ${pack.id} sets no share for "${employmentClass}"; expected one of ${known}`,
          `employmentClass: gói ${pack.id} không quy định tỷ lệ cho "${employmentClass}"; cần một trong ${known}`,
          employmentClass,
        ),
  );
  return null;
}

function latestHeadcount(
  snapshots: readonly HeadcountSnapshot[],
  asOf: IsoDate,
): { date: IsoDate; headcount: number; units: number } | null {
  const latest = new Map<string, HeadcountSnapshot>();
  for (const s of snapshots) {
    if (s.date > asOf) continue;
    const seen = latest.get(s.orgUnit);
    if (!seen || s.date > seen.date) latest.set(s.orgUnit, s);
  }
  if (latest.size === 0) return null;
  let headcount = 0;
  let date = '';
  for (const s of latest.values()) {
    headcount += s.headcount;
    if (s.date > date) date = s.date;
  }
  return { date, headcount, units: latest.size };
}

const pct = (d: Decimal) => d.times(100).toDecimalPlaces(2, Decimal.ROUND_DOWN).toString();
const pctVi = (d: Decimal) => pct(d).replace('.', ',');

function violationsOf(r: StaffReductionReport, asOf: IsoDate): Violation[] {
  const out: Violation[] = [];
  const reference = formatRuleReference(r.pack.reference);
  const packId = r.pack.id;
  const target = r.pack.params.targetDate;
  const of = r.employmentClass === null ? '' : ` (${r.employmentClass})`;
  if (r.status === 'missed') {
    out.push({
      code: 'staff_reduction.target_missed',
      severity: 'error',
      message: `reduced ${r.reduced} of ${r.baseline.headcount} (${pct(r.progress)}%, rounded down) by ${asOf}; expected at least ${pct(r.targetShare)}%${of} by ${target}`,
      messageVi: `giảm được ${r.reduced}/${r.baseline.headcount} biên chế (${pctVi(r.progress)}%, làm tròn xuống) đến ngày ${formatDateVi(asOf)}; chỉ tiêu tối thiểu ${pctVi(r.targetShare)}%${of} đến ngày ${formatDateVi(target)}`,
      reference,
      packId,
      path: ['snapshots'],
    });
  } else if (r.status === 'behind') {
    out.push({
      code: 'staff_reduction.behind_pro_rata',
      severity: 'warning',
      message: `reduced ${pct(r.progress)}% (rounded down) by ${asOf}; pro rata the target asks for ${pct(r.expectedShare)}% by now`,
      messageVi: `đã giảm ${pctVi(r.progress)}% (làm tròn xuống) đến ngày ${formatDateVi(asOf)}; theo tiến độ cần đạt ${pctVi(r.expectedShare)}%`,
      reference,
      packId,
      path: ['snapshots'],
    });
  }
  const yearly = r.pack.params.yearlyShare;
  if (yearly && r.requiredByNow && r.status !== 'met' && r.progress.lt(r.requiredByNow.min)) {
    out.push({
      code: 'staff_reduction.below_yearly_pace',
      severity: 'warning',
      message: `reduced ${pct(r.progress)}% (rounded down) by ${asOf}; the yearly pace of ${pct(r.yearlyRequired!.min)}–${pct(r.yearlyRequired!.max)}% asks for at least ${pct(r.requiredByNow.min)}%`,
      messageVi: `đã giảm ${pctVi(r.progress)}% (làm tròn xuống) đến ngày ${formatDateVi(asOf)}; mức ${pctVi(r.yearlyRequired!.min)}–${pctVi(r.yearlyRequired!.max)}% mỗi năm đòi hỏi ít nhất ${pctVi(r.requiredByNow.min)}%`,
      reference: formatRuleReference(yearly.reference),
      packId,
      path: ['snapshots'],
    });
  }
  return out;
}
