import type { IsoDate } from '../../dates/calendar-date.js';
import type { Issue } from '../../result/issue.js';
import { formatDateVi } from './format-date-vi.js';
import type { RuleKind } from './pack-schema.js';
import type { RuleBook } from './rule-book.js';
import { findRuleGaps } from './rules-in-force.js';

/** What {@link findProgrammeRuleGaps} reads of a programme: its code, owner and period. */
export interface ProgrammeRuleSpan {
  code: string;
  /** The owning unit; its own packs (scope = this code) count besides the national ones. */
  orgUnit?: string | undefined;
  period: { start: IsoDate; end: IsoDate };
}

/**
 * The stretches of a programme's own period where a kind of rule it relies on has no pack in
 * force, so its figures there cannot be checked against that rule: one `rules.gap` issue per
 * stretch, at the programme's `period`. The programme's org unit is the scope (its packs count
 * besides the national ones) unless `scope` is given. Overlaps never reach here: a book with two
 * packs of one kind and scope in force on a day is refused when built (`rules.overlap`).
 * @example
 * findProgrammeRuleGaps(builtInRuleBook(),
 *   { code: 'KH-01/2022', period: { start: '2021-06-01', end: '2022-12-31' } }, ['staff_reduction']);
 * // [{ code: 'rules.gap', path: ['period'], input: { kind: 'staff_reduction', from: '2022-01-01', to: '2022-07-17', … } }]
 */
export function findProgrammeRuleGaps(
  book: RuleBook,
  programme: ProgrammeRuleSpan,
  kinds: readonly RuleKind[],
  options: { scope?: string } = {},
): Issue[] {
  const scope = options.scope ?? programme.orgUnit ?? 'national';
  const { start, end } = programme.period;
  const gaps = findRuleGaps(book, { from: start, to: end, kinds, scope });
  return gaps.map((g) => ({
    ...g,
    path: ['period'],
    message: `period: programme ${programme.code} runs from ${start} to ${end}, but ${g.message}`,
    messageVi: `period: chương trình ${programme.code} thực hiện từ ngày ${formatDateVi(start)} đến ngày ${formatDateVi(end)}, nhưng ${g.messageVi}`,
    input: { ...(g.input as object), programme: programme.code },
  }));
}
