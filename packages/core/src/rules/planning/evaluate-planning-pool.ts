import { Decimal } from 'decimal.js';
import type { Person } from '../../categories/schema.js';
import { ageAt, type IsoDate } from '../../dates/calendar-date.js';
import { orgLevelLabel } from '../../org-units/level-label.js';
import { fail, issue, ok, type Result } from '../../result/issue.js';
import { formatDateVi } from '../book/format-date-vi.js';
import type { PlanningPack } from '../book/pack-schema.js';
import { builtInRuleBook, type RuleBook } from '../book/rule-book.js';
import { formatRuleReference, type Violation } from '../book/violation.js';
import { remainingWorkingTime } from '../retirement/retirement.js';

/** One line of a succession pool: a person planned for a post. */
export interface PlanningEntry {
  person: Person;
  post: string;
}

/** What {@link evaluatePlanningPool} checks: a succession pool (danh sách quy hoạch) at a date and level. */
export interface PlanningPoolInput {
  entries: readonly PlanningEntry[];
  asOf: IsoDate;
  /** Planning level whose youth threshold applies: "central", "province", "district"… */
  level: string;
  book?: RuleBook;
  /** Scope of the packs to use (a province's own pack), default national. */
  scope?: string;
}

/** Counts are integers; shares are exact (count / persons), null for an empty pool. */
export interface PlanningPoolFigures {
  persons: number;
  posts: number;
  entries: number;
  /** Null when the pack sets no young share (QĐ 377), so no youth age applies. */
  youthAge: number | null;
  young: number | null;
  youngShare: Decimal | null;
  women: number;
  womenShare: Decimal | null;
  maxPersonsPerPost: number;
  maxPostsPerPerson: number;
  /** Persons with less working time left than a full term. */
  timeLeftShort: number;
}

/** The result of checking a succession pool: its figures, every violation, and the pack applied. */
export interface PlanningPoolCheck {
  figures: PlanningPoolFigures;
  violations: Violation[];
  pack: PlanningPack;
}

/**
 * Checks a succession pool against the planning pack in force at `asOf` (QĐ 50-QĐ/TW from
 * 27/12/2021, QĐ 377-QĐ/TW from 8/10/2025): young cadres and women at or above their shares
 * where the pack sets them, persons per post and posts per person within limits, and a full
 * term of working time left.
 * Shares are exact: counts are summed, then divided once. Fails when no pack is in force or the
 * pack sets a young share but no youth threshold for `level`.
 * @example
 * const r = evaluatePlanningPool({ entries, asOf: '2023-06-01', level: 'province' });
 * if (r.ok) r.value.figures.womenShare?.toString(); // '0.28571428571428571429' (2 of 7)
 */
export function evaluatePlanningPool(input: PlanningPoolInput): Result<PlanningPoolCheck> {
  const { entries, asOf, level } = input;
  const book = input.book ?? builtInRuleBook();
  const scope = input.scope === undefined ? {} : { scope: input.scope };
  const found = book.packInForce('planning', asOf, scope);
  if (!found.ok) return found;
  const pack = found.value;
  const p = pack.params;
  // A youth age is needed only to check a young share; QĐ 377 sets none, at any level.
  const youthAge = p.youngMinShare === null ? null : p.youthAgeByLevel[level];
  if (youthAge === undefined) {
    const levels = Object.keys(p.youthAgeByLevel);
    const known = levels.join(', ');
    const knownVi = levels.map((l) => `"${l}" (${orgLevelLabel(l, 'vi')})`).join(', ');
    return fail([
      issue(
        'planning.level_unknown',
        ['level'],
        `level: "${level}" has no youth threshold in pack ${pack.id}; expected one of ${known}`,
        `level: cấp "${level}" chưa có ngưỡng tuổi trẻ trong gói ${pack.id}; cần một trong các mã cấp ${knownVi}`,
        level,
      ),
    ]);
  }
  const reference = formatRuleReference(pack.reference);
  const violations: Violation[] = [];
  const add = (v: Omit<Violation, 'reference' | 'packId'>) =>
    violations.push({ ...v, reference, packId: pack.id });

  // First entry index per person and per post, for paths; sets of posts and persons.
  const persons = new Map<string, { person: Person; at: number; posts: Set<string> }>();
  const posts = new Map<string, { at: number; persons: Set<string> }>();
  entries.forEach(({ person, post: raw }, i) => {
    const post = raw.normalize('NFC').trim();
    const who = persons.get(person.id) ?? { person, at: i, posts: new Set<string>() };
    const where = posts.get(post) ?? { at: i, persons: new Set<string>() };
    if (who.posts.has(post)) {
      add({
        code: 'planning.duplicate_entry',
        severity: 'warning',
        message: `entries[${i}]: ${person.id} is planned for "${post}" twice; counted once`,
        messageVi: `entries[${i}]: cán bộ ${person.id} được quy hoạch vào chức danh "${post}" hai lần; chỉ tính một lần`,
        path: ['entries', i],
      });
    }
    who.posts.add(post);
    where.persons.add(person.id);
    persons.set(person.id, who);
    posts.set(post, where);
  });

  let young = 0;
  let women = 0;
  let timeLeftShort = 0;
  const retirement = book.packInForce('retirement', asOf, scope);
  for (const { person, at } of persons.values()) {
    if (youthAge !== null && ageAt(person.birthDate, asOf) < youthAge) young += 1;
    if (person.sex === 'female') women += 1;
    if (!retirement.ok) continue;
    const left = remainingWorkingTime(person, asOf, { pack: retirement.value });
    if (left.months >= p.minRemainingMonths) continue;
    timeLeftShort += 1;
    add({
      code: 'planning.time_left_short',
      severity: 'error',
      message: `entries[${at}].person: ${person.id} has ${left.months} months of working time left on ${asOf} (retires ${left.retirementDate}); expected at least ${p.minRemainingMonths} months, a full term`,
      messageVi: `entries[${at}].person: cán bộ ${person.id} chỉ còn ${left.months} tháng công tác tính đến ngày ${formatDateVi(asOf)} (nghỉ hưu từ ${formatDateVi(left.retirementDate)}); cần còn ít nhất ${p.minRemainingMonths} tháng (trọn một nhiệm kỳ)`,
      path: ['entries', at, 'person', 'birthDate'],
      input: person.birthDate,
    });
  }
  if (!retirement.ok && persons.size > 0) {
    add({
      code: 'planning.retirement_unknown',
      severity: 'warning',
      message: `no retirement rule is in force on ${asOf}, so the working time left was not checked`,
      messageVi: `không có quy định tuổi nghỉ hưu có hiệu lực vào ngày ${formatDateVi(asOf)}, chưa kiểm tra được thời gian công tác còn lại`,
      path: ['asOf'],
    });
  }

  let maxPersonsPerPost = 0;
  for (const [post, { at, persons: who }] of posts) {
    maxPersonsPerPost = Math.max(maxPersonsPerPost, who.size);
    if (who.size <= p.maxPersonsPerPost) continue;
    add({
      code: 'planning.too_many_persons_per_post',
      severity: 'error',
      message: `entries[${at}].post: "${post}" has ${who.size} persons planned; expected at most ${p.maxPersonsPerPost}`,
      messageVi: `entries[${at}].post: chức danh "${post}" có ${who.size} người trong quy hoạch; tối đa ${p.maxPersonsPerPost} người`,
      path: ['entries', at, 'post'],
      input: post,
    });
  }
  let maxPostsPerPerson = 0;
  for (const { person, at, posts: planned } of persons.values()) {
    maxPostsPerPerson = Math.max(maxPostsPerPerson, planned.size);
    if (planned.size <= p.maxPostsPerPerson) continue;
    add({
      code: 'planning.too_many_posts_per_person',
      severity: 'error',
      message: `entries[${at}].person: ${person.id} is planned for ${planned.size} posts; expected at most ${p.maxPostsPerPerson}`,
      messageVi: `entries[${at}].person: cán bộ ${person.id} được quy hoạch vào ${planned.size} chức danh; tối đa ${p.maxPostsPerPerson} chức danh`,
      path: ['entries', at, 'person', 'id'],
      input: person.id,
    });
  }

  const n = persons.size;
  const youngShare = n === 0 || youthAge === null ? null : new Decimal(young).div(n);
  const womenShare = n === 0 ? null : new Decimal(women).div(n);
  if (n === 0) {
    add({
      code: 'planning.empty',
      severity: 'warning',
      message: 'entries: the pool is empty; expected at least one planned person',
      messageVi: 'entries: danh sách quy hoạch trống; cần ít nhất một người',
      path: ['entries'],
    });
  }
  shareCheck(youngShare, p.youngMinShare, 'young', young, n, youthAge, add);
  shareCheck(womenShare, p.womenMinShare, 'women', women, n, youthAge, add);

  return ok({
    figures: {
      persons: n,
      posts: posts.size,
      entries: entries.length,
      youthAge,
      young: youthAge === null ? null : young,
      youngShare,
      women,
      womenShare,
      maxPersonsPerPost,
      maxPostsPerPerson,
      timeLeftShort,
    },
    violations,
    pack,
  });
}

function shareCheck(
  share: Decimal | null,
  min: string | null,
  what: 'young' | 'women',
  count: number,
  total: number,
  youthAge: number | null,
  add: (v: Omit<Violation, 'reference' | 'packId'>) => void,
): void {
  if (share === null || min === null || share.gte(min)) return;
  const pct = (d: Decimal) => d.times(100).toDecimalPlaces(2, Decimal.ROUND_DOWN).toString();
  const minPct = new Decimal(min).times(100).toString();
  const label =
    what === 'young'
      ? { en: `young cadres (under ${youthAge})`, vi: `cán bộ trẻ (dưới ${youthAge} tuổi)` }
      : { en: 'women', vi: 'cán bộ nữ' };
  add({
    code: what === 'young' ? 'planning.young_share_low' : 'planning.women_share_low',
    severity: 'error',
    message: `entries: ${label.en} are ${count} of ${total} (${pct(share)}%, rounded down); expected at least ${minPct}%`,
    messageVi: `entries: ${label.vi} là ${count}/${total} người (${pct(share).replace('.', ',')}%, làm tròn xuống); cần ít nhất ${minPct.replace('.', ',')}%`,
    path: ['entries'],
    input: share.toString(),
  });
}
