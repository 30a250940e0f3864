import { Decimal } from 'decimal.js';
import { ageAt, dateParts, type IsoDate, monthsBetween } from '../../dates/calendar-date.js';
import { fail, issue, ok, type Result } from '../../result/issue.js';
import type { PerformanceGrade, TrainingPostingPack } from '../book/pack-schema.js';
import { builtInRuleBook, type RuleBook } from '../book/rule-book.js';
import { formatRuleReference, type Violation } from '../book/violation.js';

/** A civil servant proposed for a first postgraduate posting. */
export interface PostingCandidate {
  personId: string;
  birthDate: IsoDate;
  /** First day of service counted (tập sự excluded). */
  serviceStart: IsoDate;
  /** Grade per calendar year, e.g. { 2024: 'good', 2023: 'excellent' }. */
  grades: Readonly<Record<number, PerformanceGrade>>;
}

/** Which pack to use: the one in force on the posting date, from `book` or the built-ins. */
export interface PostingOptions {
  book?: RuleBook;
  scope?: string;
}

function postingPack(date: IsoDate, options: PostingOptions): Result<TrainingPostingPack> {
  const book = options.book ?? builtInRuleBook();
  return book.packInForce(
    'training_posting',
    date,
    options.scope === undefined ? {} : { scope: options.scope },
  );
}

/**
 * Checks the conditions for a first postgraduate posting on `postingDate` under the pack then in
 * force (NĐ 101/2017 until 30/6/2025, NĐ 171/2025 after): service months, the grades of the
 * last years before the posting year, and the age in whole years. Each unmet condition is a
 * violation; an empty list means eligible.
 * @example
 * checkPostingEligibility(candidate, '2025-07-01'); // ok: { eligible: true, violations: [], pack }
 */
export function checkPostingEligibility(
  candidate: PostingCandidate,
  postingDate: IsoDate,
  options: PostingOptions = {},
): Result<{ eligible: boolean; violations: Violation[]; pack: TrainingPostingPack }> {
  const found = postingPack(postingDate, options);
  if (!found.ok) return found;
  const pack = found.value;
  const p = pack.params;
  const reference = formatRuleReference(pack.reference);
  const violations: Violation[] = [];
  const add = (code: string, path: string, message: string, messageVi: string, input: unknown) =>
    violations.push({
      code,
      severity: 'error',
      message,
      messageVi,
      reference,
      packId: pack.id,
      path: [path],
      input,
    });

  const served = monthsBetween(candidate.serviceStart, postingDate);
  if (served < p.minServiceMonths) {
    add(
      'posting.service_short',
      'serviceStart',
      `${candidate.personId} has ${served} months of service on ${postingDate}; expected at least ${p.minServiceMonths}`,
      `${candidate.personId} mới có ${served} tháng công tác đến ngày cử đi học; cần ít nhất ${p.minServiceMonths} tháng`,
      served,
    );
  }
  const year = dateParts(postingDate).year;
  const wanted = new Set<string>(p.gradesRequired);
  for (let y = year - p.gradedYears; y < year; y++) {
    const g = candidate.grades[y];
    if (g !== undefined && wanted.has(g)) continue;
    add(
      'posting.grade_low',
      'grades',
      `${candidate.personId} is graded ${g ?? 'nothing'} for ${y}; expected at least good in each of the ${p.gradedYears} years before the posting`,
      `${candidate.personId} năm ${y} xếp loại ${g ?? '(chưa có)'}; cần hoàn thành tốt nhiệm vụ trở lên trong ${p.gradedYears} năm liền kề trước khi được cử đi học`,
      { year: y, grade: g ?? null },
    );
  }
  const age = ageAt(candidate.birthDate, postingDate);
  if (age > p.maxAgeFirstPostgraduate) {
    add(
      'posting.age_over',
      'birthDate',
      `${candidate.personId} is ${age} on ${postingDate}; expected at most ${p.maxAgeFirstPostgraduate} for a first postgraduate posting`,
      `${candidate.personId} đã ${age} tuổi khi được cử đi học; đào tạo sau đại học lần đầu không quá ${p.maxAgeFirstPostgraduate} tuổi`,
      age,
    );
  }
  return ok({ eligible: violations.length === 0, violations, pack });
}

/**
 * Months of service owed after training: the pack's multiple (3 under NĐ 171/2025, 2 before)
 * times the training months.
 * @example
 * serviceCommitmentMonths(24, '2025-07-01'); // ok: 72
 */
export function serviceCommitmentMonths(
  trainingMonths: number,
  postingDate: IsoDate,
  options: PostingOptions = {},
): Result<number> {
  if (!Number.isSafeInteger(trainingMonths) || trainingMonths <= 0) {
    return fail([
      issue(
        'posting.training_months_invalid',
        ['trainingMonths'],
        `trainingMonths: expected a positive whole number, got ${trainingMonths}`,
        `trainingMonths: số tháng đào tạo phải là số nguyên dương, nhận được ${trainingMonths}`,
        trainingMonths,
      ),
    ]);
  }
  const found = postingPack(postingDate, options);
  return found.ok ? ok(found.value.params.commitmentMultiple * trainingMonths) : found;
}

/** What a refund is computed from: the cost paid, the training and service months, and why. */
export interface RefundInput {
  /** Tuition and other costs paid by the agency, in đồng, as decimal text; salary is not refunded. */
  cost: string;
  trainingMonths: number;
  /** Months served after training before leaving (0 when leaving during training). */
  servedMonths: number;
  /** One of the pack's full or pro-rata refund reasons. */
  reason: string;
  postingDate: IsoDate;
}

/**
 * The refund (đền bù) owed by someone who leaves: the whole cost for the full-refund reasons
 * (quitting during training, no degree, dismissal); for leaving before the commitment ends,
 * cost × (commitment − served) / commitment months. Exact decimals.
 * @example
 * // 120 000 000 đồng, 24 months' training → 72 owed under NĐ 171; left after 30: 42/72.
 * computeTrainingRefund({ cost: '120000000', trainingMonths: 24, servedMonths: 30,
 *   reason: 'left_before_commitment', postingDate: '2025-09-01' }); // ok: 70000000
 */
export function computeTrainingRefund(
  input: RefundInput,
  options: PostingOptions = {},
): Result<Decimal> {
  const committed = serviceCommitmentMonths(input.trainingMonths, input.postingDate, options);
  if (!committed.ok) return committed;
  const pack = postingPack(input.postingDate, options);
  if (!pack.ok) return pack;
  let cost: Decimal | null = null;
  try {
    cost = new Decimal(input.cost);
  } catch {
    cost = null;
  }
  const issues = [];
  if (cost === null || !cost.isFinite() || cost.isNegative()) {
    issues.push(
      issue(
        'posting.cost_invalid',
        ['cost'],
        `cost: expected a non-negative amount in đồng, got ${input.cost}`,
        `cost: chi phí phải là số tiền không âm (đồng), nhận được ${input.cost}`,
        input.cost,
      ),
    );
  }
  if (!Number.isSafeInteger(input.servedMonths) || input.servedMonths < 0) {
    issues.push(
      issue(
        'posting.served_months_invalid',
        ['servedMonths'],
        `servedMonths: expected a whole number ≥ 0, got ${input.servedMonths}`,
        `servedMonths: số tháng đã phục vụ phải là số nguyên ≥ 0, nhận được ${input.servedMonths}`,
        input.servedMonths,
      ),
    );
  }
  const p = pack.value.params;
  const full = p.fullRefundReasons.includes(input.reason);
  if (!full && !p.proRataRefundReasons.includes(input.reason)) {
    const known = [...p.fullRefundReasons, ...p.proRataRefundReasons].join(', ');
    issues.push(
      issue(
        'posting.reason_unknown',
        ['reason'],
        `reason: "${input.reason}" owes no refund under ${pack.value.id}; expected one of ${known}`,
        `reason: lý do "${input.reason}" không thuộc trường hợp phải đền bù theo ${pack.value.id}; cần một trong ${known}`,
        input.reason,
      ),
    );
  }
  if (issues.length > 0 || cost === null) return fail(issues);
  if (full) return ok(cost);
  const owed = Math.max(0, committed.value - input.servedMonths);
  return ok(cost.times(owed).div(committed.value));
}
