import type { Person } from '../../categories/schema.js';
import { addDaysIso, type IsoDate, monthsBetween } from '../../dates/calendar-date.js';
import type { OrgUnitIndex } from '../../org-units/org-unit-index.js';
import type { RotationRecord } from '../../records/schema.js';
import { formatDateVi } from '../book/format-date-vi.js';
import type { RotationDirection, RotationPack, RotationPurpose } from '../book/pack-schema.js';
import { builtInRuleBook, type RuleBook } from '../book/rule-book.js';
import { formatRuleReference, type Violation } from '../book/violation.js';
import { type RemainingWorkingTime, remainingWorkingTime } from '../retirement/retirement.js';
import { classifyRotationDirection, ROTATION_DIRECTION_NAMES } from './classify-direction.js';

/** What the rules need to know beyond the person and the record. */
export interface RotationContext {
  /** Org units, to classify the direction; without them the direction is reported unchecked. */
  orgUnits?: OrgUnitIndex;
  /** Why the rotation is made; `development` unless it places a non-local leader or enforces the two-term limit. */
  purpose?: RotationPurpose;
  /** Scope of the rule packs to use (a province's own pack), default national. */
  scope?: string;
}

/** What {@link evaluateRotation} checks: one person's rotation (luân chuyển) at a review date. */
export interface RotationCheckInput {
  person: Person;
  rotation: RotationRecord;
  /** The review date; it tells whether the rotation is under way. */
  asOf: IsoDate;
  book?: RuleBook;
  context?: RotationContext;
}

/** The result of checking one rotation: violations, the pack applied, and the facts they rest on. */
export interface RotationCheck {
  violations: Violation[];
  /** The rotation pack in force on the rotation's start date, or null when none is. */
  pack: RotationPack | null;
  /** The date the rules were taken at: the rotation's start. */
  evaluatedAt: IsoDate;
  direction: RotationDirection | null;
  /** Working time left at the start, or null when no retirement pack covers the start. */
  remaining: RemainingWorkingTime | null;
  /** Whole months from start through plannedEnd, both days counted. */
  durationMonths: number;
  /** Whether `asOf` falls between start and plannedEnd. */
  active: boolean;
}

/**
 * Checks a rotation against the rotation pack in force on its start date (QĐ 98-QĐ/TW before
 * 28/4/2022, QĐ 65-QĐ/TW from then on): working time left at the start, duration, direction,
 * and membership of the succession pool. Every violation carries the pack's legal reference.
 * @example
 * const { violations, pack } = evaluateRotation({ person, rotation, asOf: '2023-01-01',
 *   context: { orgUnits: createOrgUnitIndex(units) } });
 * pack?.id; // 'vn.rotation.qd-65-2022' for a rotation starting on or after 2022-04-28
 */
export function evaluateRotation(input: RotationCheckInput): RotationCheck {
  const { person, rotation, asOf } = input;
  const context = input.context ?? {};
  const book = input.book ?? builtInRuleBook();
  const scope = context.scope === undefined ? {} : { scope: context.scope };
  const start = rotation.start;
  const durationMonths = monthsBetween(start, addDaysIso(rotation.plannedEnd, 1));
  const out: RotationCheck = {
    violations: [],
    pack: null,
    evaluatedAt: start,
    direction: null,
    remaining: null,
    durationMonths,
    active: start <= asOf && asOf <= rotation.plannedEnd,
  };
  const id = rotation.id;
  const found = book.packInForce('rotation', start, scope);
  if (!found.ok) {
    out.violations.push({
      code: 'rotation.no_rule_in_force',
      severity: 'error',
      message: `rotation ${id}: no rotation rule pack is in force on its start date ${start}; expected a pack covering it`,
      messageVi: `luân chuyển ${id}: không có quy định luân chuyển nào có hiệu lực vào ngày bắt đầu ${formatDateVi(start)}`,
      reference: '',
      path: ['rotation', 'start'],
      input: start,
    });
    return out;
  }
  const pack = found.value;
  out.pack = pack;
  const p = pack.params;
  const reference = formatRuleReference(pack.reference);
  const add = (v: Omit<Violation, 'reference' | 'packId'>) =>
    out.violations.push({ ...v, reference, packId: pack.id });

  if (rotation.personId !== person.id) {
    add({
      code: 'rotation.person_mismatch',
      severity: 'error',
      message: `rotation ${id}: personId is "${rotation.personId}" but the person given is "${person.id}"; expected the same person`,
      messageVi: `luân chuyển ${id}: mã cán bộ "${rotation.personId}" khác với cán bộ được kiểm tra "${person.id}"`,
      path: ['rotation', 'personId'],
      input: rotation.personId,
    });
  }

  const purpose = context.purpose ?? 'development';
  const special = p.specialPurposes.includes(purpose);
  const minLeft = special ? p.minRemainingMonthsSpecial : p.minRemainingMonths;
  const retirement = book.packInForce('retirement', start, scope);
  if (!retirement.ok) {
    add({
      code: 'rotation.retirement_unknown',
      severity: 'warning',
      message: `rotation ${id}: no retirement rule is in force on ${start}, so the working time left was not checked`,
      messageVi: `luân chuyển ${id}: không có quy định tuổi nghỉ hưu có hiệu lực vào ngày ${formatDateVi(start)}, chưa kiểm tra được thời gian công tác còn lại`,
      path: ['person', 'birthDate'],
    });
  } else {
    const left = remainingWorkingTime(person, start, { pack: retirement.value });
    out.remaining = left;
    if (left.months < minLeft) {
      const why = special
        ? { en: ` (one term, for ${purpose})`, vi: ' (một nhiệm kỳ, trường hợp đặc biệt)' }
        : { en: '', vi: '' };
      add({
        code: 'rotation.remaining_time_short',
        severity: 'error',
        message: `rotation ${id}: ${person.id} has ${left.months} months of working time left at the start on ${start} (retires ${left.retirementDate}); expected at least ${minLeft} months${why.en}`,
        messageVi: `luân chuyển ${id}: cán bộ ${person.id} chỉ còn ${left.months} tháng công tác tại ngày bắt đầu ${formatDateVi(start)} (nghỉ hưu từ ${formatDateVi(left.retirementDate)}); cần còn ít nhất ${minLeft} tháng${why.vi}`,
        path: ['person', 'birthDate'],
        input: person.birthDate,
      });
    }
  }

  if (durationMonths < p.minDurationMonths) {
    add({
      code: 'rotation.duration_short',
      severity: 'error',
      message: `rotation ${id}: plannedEnd ${rotation.plannedEnd} gives ${durationMonths} months from ${start}; expected at least ${p.minDurationMonths} months`,
      messageVi: `luân chuyển ${id}: thời gian luân chuyển từ ${formatDateVi(start)} đến ${formatDateVi(rotation.plannedEnd)} là ${durationMonths} tháng; cần ít nhất ${p.minDurationMonths} tháng`,
      path: ['rotation', 'plannedEnd'],
      input: rotation.plannedEnd,
    });
  }

  checkDirection(out, rotation, context.orgUnits, p.allowedDirections, add);

  const exempt = p.planningExemptPurposes.includes(purpose);
  const planned =
    p.planning === 'none' ||
    exempt ||
    (p.planning === 'any'
      ? person.plannedPosts.length > 0
      : person.plannedPosts.includes(rotation.to.post));
  if (!planned) {
    const what =
      p.planning === 'any'
        ? {
            en: 'for any post (plannedPosts is empty)',
            vi: 'cho chức danh nào (plannedPosts trống)',
          }
        : { en: `for post "${rotation.to.post}"`, vi: `cho chức danh "${rotation.to.post}"` };
    add({
      code: 'rotation.not_in_planning',
      severity: 'error',
      message: `rotation ${id}: ${person.id} is not in the succession pool ${what.en}; expected a cadre in quy hoạch`,
      messageVi: `luân chuyển ${id}: cán bộ ${person.id} không nằm trong quy hoạch ${what.vi}; đối tượng luân chuyển phải là cán bộ trong quy hoạch`,
      path: ['person', 'plannedPosts'],
      input: person.plannedPosts,
    });
  }
  return out;
}

function checkDirection(
  out: RotationCheck,
  rotation: RotationRecord,
  orgUnits: OrgUnitIndex | undefined,
  allowed: readonly RotationDirection[],
  add: (v: Omit<Violation, 'reference' | 'packId'>) => void,
): void {
  const id = rotation.id;
  const { from, to } = rotation;
  if (orgUnits === undefined && from.orgUnit !== to.orgUnit) {
    add({
      code: 'rotation.direction_unknown',
      severity: 'warning',
      message: `rotation ${id}: the direction was not checked; expected an org-unit index in context.orgUnits`,
      messageVi: `luân chuyển ${id}: chưa kiểm tra hướng luân chuyển; cần truyền danh mục đơn vị (context.orgUnits)`,
      path: ['rotation', 'to', 'orgUnit'],
    });
    return;
  }
  const r = orgUnits
    ? classifyRotationDirection(orgUnits, from.orgUnit, to.orgUnit)
    : ({ ok: true, value: 'within_unit' } as const);
  if (!r.ok) {
    for (const i of r.issues) {
      add({
        code: 'rotation.direction_unknown',
        severity: 'warning',
        message: `rotation ${id}: the direction was not checked: ${i.message}`,
        messageVi: `luân chuyển ${id}: chưa kiểm tra được hướng luân chuyển: ${i.messageVi ?? i.message}`,
        path: i.path,
        input: i.input,
      });
    }
    return;
  }
  out.direction = r.value;
  if (allowed.includes(r.value)) return;
  const name = ROTATION_DIRECTION_NAMES[r.value];
  const list = (lang: 'en' | 'vi') =>
    allowed.map((d) => ROTATION_DIRECTION_NAMES[d][lang]).join(', ');
  add({
    code: 'rotation.direction_not_allowed',
    severity: 'error',
    message: `rotation ${id}: from ${from.orgUnit} to ${to.orgUnit} is ${name.en}; expected one of: ${list('en')}`,
    messageVi: `luân chuyển ${id}: từ ${from.orgUnit} đến ${to.orgUnit} là luân chuyển ${name.vi}; quy định chỉ cho phép: ${list('vi')}`,
    path: ['rotation', 'to', 'orgUnit'],
    input: to.orgUnit,
  });
}
