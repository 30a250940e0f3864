import type { IsoDate } from '../dates/calendar-date.js';
import { localityOf } from '../org-units/locality.js';
import type { OrgUnitIndex } from '../org-units/org-unit-index.js';
import { type Issue, type IssuePath, issue } from '../result/issue.js';
import { formatDateVi } from '../rules/book/format-date-vi.js';
import { builtInRuleBook, type RuleBook } from '../rules/book/rule-book.js';
import type { Category, Person, Predicate } from './schema.js';

/**
 * Whether a person is cán bộ, công chức cấp xã on `asOf`, as the employment-classes pack in
 * force that day says: by their own class under Luật 22/2008, by the level of the unit they work
 * at under Luật 80/2025 (from 1/7/2025), which abolished the separate commune regime. With no
 * pack in force nobody is; `findProgrammeRuleGaps` reports such a stretch. Judging by unit level
 * needs `orgUnits`: without them nobody is, and a `category.org_units_needed` issue lets a report refuse
 * to count rather than undercount.
 * @example
 * isCommuneLevel(person, { asOf: '2026-01-01', orgUnits: index }); // a công chức at a xã: true
 */
export function isCommuneLevel(
  person: Person,
  ctx: { asOf: IsoDate; orgUnits?: OrgUnitIndex | undefined; rules?: RuleBook | undefined },
): boolean {
  const regime = (ctx.rules ?? builtInRuleBook()).packInForce('employment_classes', ctx.asOf);
  if (!regime.ok) return false;
  const rule = regime.value.params.communeLevel;
  if (!rule.classes.includes(person.employment)) return false;
  if (rule.by === 'class') return true;
  if (ctx.orgUnits === undefined) return false;
  return localityOf(ctx.orgUnits, person.orgUnit)?.level === rule.level;
}

/**
 * An issue when counting `codes` over [from, to] would judge the commune level by unit level
 * (a pack of that regime in force in the period) with no org units given; null otherwise.
 * Only the categories named and their ancestors are looked at.
 * @example
 * orgUnitsNeededIssue(STANDARD_CATEGORIES, ['commune_level'], '2025-01-01', '2026-12-31', {}, ['orgUnits']);
 * // { code: 'category.org_units_needed', … }
 */
export function orgUnitsNeededIssue(
  categories: readonly Category[],
  codes: readonly string[],
  from: IsoDate,
  to: IsoDate,
  ctx: { orgUnits?: OrgUnitIndex | undefined; rules?: RuleBook | undefined },
  path: IssuePath,
): Issue | null {
  if (ctx.orgUnits !== undefined) return null;
  const byCode = new Map(categories.map((c) => [c.code, c]));
  const asking = new Set<string>();
  for (const code of codes) {
    // Bounded by the tree's size: a parent cycle is refused by validateCategories.
    for (let c = byCode.get(code), n = 0; c && n < categories.length; n += 1) {
      if (asksCommuneLevel(c.predicate)) asking.add(c.code);
      c = c.parentCode === null ? undefined : byCode.get(c.parentCode);
    }
  }
  if (asking.size === 0) return null;
  const byUnit = (ctx.rules ?? builtInRuleBook())
    .packs()
    .find(
      (p) =>
        p.kind === 'employment_classes' &&
        p.effectiveFrom <= to &&
        (p.effectiveTo === null || from <= p.effectiveTo) &&
        (p.params as { communeLevel?: { by?: string } }).communeLevel?.by === 'unit_level',
    );
  if (byUnit === undefined) return null;
  const list = [...asking].join(', ');
  return issue(
    'category.org_units_needed',
    path,
    `categories ${list} tell the commune level by the level of each person's unit from ${byUnit.effectiveFrom} (${byUnit.id}); expected the org units to be given`,
    `các danh mục ${list} xác định cấp xã theo cấp của đơn vị công tác từ ngày ${formatDateVi(byUnit.effectiveFrom)} (${byUnit.id}); cần cung cấp danh sách đơn vị`,
    [...asking],
  );
}

function asksCommuneLevel(p: Predicate): boolean {
  if ('all' in p) return p.all.some(asksCommuneLevel);
  if ('any' in p) return p.any.some(asksCommuneLevel);
  if ('not' in p) return asksCommuneLevel(p.not);
  return 'communeLevel' in p;
}
