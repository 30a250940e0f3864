import { Decimal } from 'decimal.js';
import { createCategorizer } from '../../categories/categorize.js';
import { orgUnitsNeededIssue } from '../../categories/commune-level.js';
import type { Category, Person } from '../../categories/schema.js';
import { dateParts, isoDate } from '../../dates/calendar-date.js';
import type { OrgUnitIndex } from '../../org-units/org-unit-index.js';
import type { TrainingRecord } from '../../records/schema.js';
import { fail, issue, ok, type Result } from '../../result/issue.js';
import type { RefresherTrainingPack } from '../book/pack-schema.js';
import { builtInRuleBook, type RuleBook } from '../book/rule-book.js';

/** What {@link evaluateRefresherCompliance} checks: persons and their training records in one year. */
export interface RefresherComplianceInput {
  persons: readonly Person[];
  training: readonly TrainingRecord[];
  year: number;
  /** Report per these units, each with the persons of the units within it; default each person's own unit. */
  orgUnits?: { index: OrgUnitIndex; codes: readonly string[] };
  /** Report per category (a person counts in every category they belong to); default one row "all". */
  categories?: readonly Category[];
  /** Youth threshold for category predicates, judged on 31 December of `year`; needed with categories. */
  youthAge?: number;
  /**
   * The pack to apply (a province's or a programme's own yearly minimum); default the one in
   * force on 31 December of `year`, a provincial one for `scope` first.
   */
  pack?: RefresherTrainingPack;
  book?: RuleBook;
  scope?: string;
}

/** One cell: persons of a unit and category, and how many met the yearly minimum. */
export interface RefresherComplianceRow {
  orgUnit: string;
  category: string;
  persons: number;
  /** Null when no yearly minimum is in force: nobody is judged. */
  compliant: number | null;
  /** compliant / persons, exact; null when the cell has nobody or no minimum is in force. */
  share: Decimal | null;
  /** Tiết counted for the cell's persons. */
  hours: number;
  nonCompliant: string[];
}

/** Yearly refresher-training compliance (bồi dưỡng bắt buộc): one row per unit × category, plus the total. */
export interface RefresherCompliance {
  rows: RefresherComplianceRow[];
  /** Every person once, whatever their unit and categories. */
  total: RefresherComplianceRow;
  /** The pack applied; null when no yearly minimum is in force (NĐ 89/2021 removed the national one). */
  pack: RefresherTrainingPack | null;
  minHours: number | null;
  /** Set when no pack is in force: says so in both languages, instead of judging anyone. */
  noRuleInForce: { code: 'refresher.no_rule_in_force'; message: string; messageVi: string } | null;
  /** Records left out: another year, a status the pack does not count, not a refresher, or an unknown person. */
  ignoredRecords: number;
}

/**
 * Checks mandatory yearly refresher training (bồi dưỡng): at least 40 tiết a person under NĐ
 * 101/2017 until 9/12/2021, or the yearly minimum of a province's or programme's own pack. A
 * record's hours count in the year its `end` (or `start`, when it has no end) falls in, when its
 * status is one the pack counts. With no pack in force on 31 December (no national minimum since
 * NĐ 89/2021), hours are still summed but nobody is judged: `noRuleInForce` says so. Shares are
 * exact.
 * @example
 * const r = evaluateRefresherCompliance({ persons, training, year: 2019 });
 * if (r.ok) r.value.rows; // [{ orgUnit: 'snv-04', category: 'all', persons: 3, compliant: 2, share: 0.666…, … }]
 */
export function evaluateRefresherCompliance(
  input: RefresherComplianceInput,
): Result<RefresherCompliance> {
  const yearEnd = isoDate(input.year, 12, 31);
  let pack: RefresherTrainingPack | null = input.pack ?? null;
  if (pack === null) {
    const book = input.book ?? builtInRuleBook();
    const found = book.packInForce(
      'refresher_training',
      yearEnd,
      input.scope === undefined ? {} : { scope: input.scope },
    );
    pack = found.ok ? found.value : null;
  }
  const categories = input.categories;
  const youthAge = input.youthAge;
  if (categories && youthAge === undefined) {
    return fail([
      issue(
        'refresher.youth_age_missing',
        ['youthAge'],
        'youthAge: expected the youth threshold when categories are given (their predicates may use it)',
        'youthAge: cần ngưỡng tuổi trẻ khi báo cáo theo nhóm đối tượng',
      ),
    ]);
  }

  const needed =
    categories === undefined
      ? null
      : orgUnitsNeededIssue(
          categories,
          categories.map((c) => c.code),
          yearEnd,
          yearEnd,
          { orgUnits: input.orgUnits?.index, rules: input.book },
          ['orgUnits'],
        );
  if (needed !== null) return fail([needed]);

  const known = new Set(input.persons.map((p) => p.id));
  // Without a pack, completed courses are the hours worth reporting.
  const counted = new Set<string>(pack?.params.countedStatuses ?? ['completed']);
  const hours = new Map<string, number>();
  let ignoredRecords = 0;
  for (const t of input.training) {
    const year = dateParts(t.end ?? t.start).year;
    if (
      t.type !== 'refresher' ||
      year !== input.year ||
      !counted.has(t.status) ||
      !known.has(t.personId)
    ) {
      ignoredRecords += 1;
      continue;
    }
    hours.set(t.personId, (hours.get(t.personId) ?? 0) + t.hours);
  }

  const min = pack?.params.minHoursPerYear ?? null;
  const categorize =
    categories && youthAge !== undefined ? createCategorizer(categories) : undefined;
  const codesOf = (p: Person): string[] =>
    categorize && youthAge !== undefined
      ? categorize(p, {
          asOf: yearEnd,
          youthAge,
          orgUnits: input.orgUnits?.index,
          rules: input.book,
        })
      : ['all'];
  const units = input.orgUnits;
  const unitCodes = units
    ? [...units.codes]
    : [...new Set(input.persons.map((p) => p.orgUnit))].sort();
  const categoryCodes = categories ? categories.map((c) => c.code) : ['all'];

  const cells = new Map<string, Person[]>();
  for (const u of unitCodes) for (const c of categoryCodes) cells.set(`${u}\u0000${c}`, []);
  for (const person of input.persons) {
    const cats = codesOf(person);
    const within = units
      ? unitCodes.filter((u) => units.index.isWithin(person.orgUnit, u))
      : [person.orgUnit];
    for (const u of within) for (const c of cats) cells.get(`${u}\u0000${c}`)?.push(person);
  }
  const rowOf = (orgUnit: string, category: string, people: readonly Person[]) => {
    let compliant = 0;
    let sum = 0;
    const nonCompliant: string[] = [];
    for (const p of people) {
      const h = hours.get(p.id) ?? 0;
      sum += h;
      if (min === null) continue;
      if (h >= min) compliant += 1;
      else nonCompliant.push(p.id);
    }
    const n = people.length;
    return {
      orgUnit,
      category,
      persons: n,
      compliant: min === null ? null : compliant,
      share: n === 0 || min === null ? null : new Decimal(compliant).div(n),
      hours: sum,
      nonCompliant,
    };
  };
  const rows = [...cells].map(([key, people]) => {
    const [u, c] = key.split('\u0000') as [string, string];
    return rowOf(u, c, people);
  });
  return ok({
    rows,
    total: rowOf('*', 'all', input.persons),
    pack,
    minHours: min,
    noRuleInForce: pack === null ? noRule(input.year, input.scope ?? 'national') : null,
    ignoredRecords,
  });
}

function noRule(year: number, scope: string): RefresherCompliance['noRuleInForce'] {
  return {
    code: 'refresher.no_rule_in_force',
    message: `no yearly refresher-training minimum is in force on 31/12/${year} (scope ${scope}): NĐ 89/2021/NĐ-CP removed the national one from 10/12/2021; nobody is judged non-compliant`,
    messageVi: `không có quy định số tiết bồi dưỡng tối thiểu hằng năm có hiệu lực vào ngày 31/12/${year} (phạm vi ${scope}): Nghị định 89/2021/NĐ-CP đã bỏ mức tối thiểu chung từ ngày 10/12/2021; không ai bị coi là chưa đạt`,
  };
}
