import { addDaysIso, type IsoDate } from '../../dates/calendar-date.js';
import { type Issue, issue } from '../../result/issue.js';
import { formatDateVi } from './format-date-vi.js';
import type { RuleKind, RulePack } from './pack-schema.js';
import type { RuleBook } from './rule-book.js';
import { formatRuleReference } from './violation.js';

/**
 * The packs in force on `asOf`, optionally of one kind or scope, ordered by kind then id.
 * @example
 * rulesInForce(builtInRuleBook(), '2026-01-01', { kind: 'performance_evaluation' });
 * // [{ id: 'vn.performance-evaluation.nd-335-2025', … }]
 */
export function rulesInForce(
  book: RuleBook,
  asOf: IsoDate,
  options: { kind?: RuleKind; scope?: string } = {},
): RulePack[] {
  return book
    .packs()
    .filter(
      (p) =>
        p.effectiveFrom <= asOf &&
        (p.effectiveTo === null || asOf <= p.effectiveTo) &&
        (options.kind === undefined || p.kind === options.kind) &&
        (options.scope === undefined || p.scope === options.scope),
    )
    .sort((a, b) => (a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind.localeCompare(b.kind)));
}

/** A pack as listed for people: its reference written out and what is still unverified. */
export interface RulePackSummary {
  id: string;
  kind: string;
  scope: string;
  /** "335/2025/NĐ-CP", "65-QĐ/TW ngày 28/4/2022". */
  reference: string;
  /** The act's title, as the reference gives it. */
  referenceTitle: string | null;
  title: { vi: string; en: string } | null;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  /** Params or dates not yet checked against the text; shown as unverified wherever printed. */
  verify: string[];
}

/**
 * The listing form of a pack, the same for the command line and the HTTP API.
 * @example
 * summarizeRulePack(pack).reference; // '171/2025/NĐ-CP ngày 30/6/2025'
 */
export function summarizeRulePack(pack: RulePack): RulePackSummary {
  return {
    id: pack.id,
    kind: pack.kind,
    scope: pack.scope,
    reference: formatRuleReference(pack.reference),
    referenceTitle: pack.reference.title ?? null,
    title: pack.title ?? null,
    effectiveFrom: pack.effectiveFrom,
    effectiveTo: pack.effectiveTo,
    verify: [...pack.verify],
  };
}

/** The packs in force at a date as listed for people: the answer of `cadre rules list` and `GET /rules`. */
export interface RulesInForceListing {
  asOf: IsoDate;
  /** The one kind asked for, or null for every kind. */
  kind: string | null;
  packs: RulePackSummary[];
}

/**
 * The listing of the packs in force on `asOf`, optionally of one kind, each summarised with its
 * reference and unverified items.
 * @example
 * listRulesInForce(builtInRuleBook(), '2026-01-01', { kind: 'performance_evaluation' }).packs[0]?.verify;
 */
export function listRulesInForce(
  book: RuleBook,
  asOf: IsoDate,
  options: { kind?: RuleKind } = {},
): RulesInForceListing {
  const packs = rulesInForce(book, asOf, options).map(summarizeRulePack);
  return { asOf, kind: options.kind ?? null, packs };
}

/**
 * Reports each stretch of [from, to] where a kind has no pack in force for `scope` (national by
 * default, with the national packs standing in for a province's own): a programme covering that
 * period cannot be checked against that rule there. One issue per gap, `rules.gap`.
 * @example
 * findRuleGaps(builtInRuleBook(), { from: '2021-01-01', to: '2022-12-31', kinds: ['staff_reduction'] });
 * // [{ code: 'rules.gap', input: { kind: 'staff_reduction', from: '2022-01-01', to: '2022-07-17' } }]
 */
export function findRuleGaps(
  book: RuleBook,
  period: { from: IsoDate; to: IsoDate; kinds: readonly RuleKind[]; scope?: string },
): Issue[] {
  const scope = period.scope ?? 'national';
  const out: Issue[] = [];
  for (const kind of period.kinds) {
    const packs = book
      .packs()
      .filter((p) => p.kind === kind && (p.scope === scope || p.scope === 'national'))
      .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
    let cursor: IsoDate | null = period.from;
    for (const p of packs) {
      if (cursor === null || cursor > period.to) break;
      if (p.effectiveTo !== null && p.effectiveTo < cursor) continue;
      if (p.effectiveFrom > cursor)
        out.push(gap(kind, scope, cursor, minDay(addDaysIso(p.effectiveFrom, -1), period.to)));
      cursor = p.effectiveTo === null ? null : addDaysIso(p.effectiveTo, 1);
    }
    if (cursor !== null && cursor <= period.to) out.push(gap(kind, scope, cursor, period.to));
  }
  return out;
}

function minDay(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

function gap(kind: string, scope: string, from: IsoDate, to: IsoDate): Issue {
  return issue(
    'rules.gap',
    ['rules', kind],
    `no ${kind} rule pack is in force from ${from} to ${to} (scope ${scope}); figures of that period cannot be checked against this rule`,
    `không có gói quy tắc ${kind} nào có hiệu lực từ ngày ${formatDateVi(from)} đến ngày ${formatDateVi(to)} (phạm vi ${scope}); số liệu của thời gian này không kiểm tra được theo quy định này`,
    { kind, scope, from, to },
  );
}
