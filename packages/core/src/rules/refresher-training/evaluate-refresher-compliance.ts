import { Decimal } from 'decimal.js';
import { createCategorizer } from '../../categories/categorize.js';
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
  /** The pack to apply; default the one in force on 31 December of `year`. */
  pack?: RefresherTrainingPack;
  book?: RuleBook;
  scope?: string;
}

/** One cell: persons of a unit and category, and how many met the yearly minimum. */
export interface RefresherComplianceRow {
  orgUnit: string;
  category: string;
  persons: number;
  compliant: number;
  /** compliant / persons, exact; null when the cell has nobody. */
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
  pack: RefresherTrainingPack;
  minHours: number;
  /** Records left out: another year, a status the pack does not count, not a refresher, or an unknown person. */
  ignoredRecords: number;
}

/**
 * Checks mandatory yearly refresher training (bồi dưỡng, at least 40 tiết a person under the
 * built-in pack): a record's hours count in the year its `end` (or `start`, when it has no end)
 * falls in, when its status is one the pack counts. Shares are exact.
 * @example
 * const r = evaluateRefresherCompliance({ persons, training, year: 2019 });
 * if (r.ok) r.value.rows; // [{ orgUnit: 'snv-04', category: 'all', persons: 3, compliant: 2, share: 0.666…, … }]
 */
export function evaluateRefresherCompliance(
  input: RefresherComplianceInput,
): Result<RefresherCompliance> {
  const yearEnd = isoDate(input.year, 12, 31);
  let pack = input.pack;
  if (pack === undefined) {
    const book = input.book ?? builtInRuleBook();
    const found = book.packInForce(
      'refresher_training',
      yearEnd,
      input.scope === undefined ? {} : { scope: input.scope },
    );
    if (!found.ok) return found;
    pack = found.value;
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

  const known = new Set(input.persons.map((p) => p.id));
  const counted = new Set<string>(pack.params.countedStatuses);
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

  const min = pack.params.minHoursPerYear;
  const categorize =
    categories && youthAge !== undefined ? createCategorizer(categories) : undefined;
  const codesOf = (p: Person): string[] =>
    categorize && youthAge !== undefined ? categorize(p, { asOf: yearEnd, youthAge }) : ['all'];
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
      if (h >= min) compliant += 1;
      else nonCompliant.push(p.id);
    }
    const n = people.length;
    return {
      orgUnit,
      category,
      persons: n,
      compliant,
      share: n === 0 ? null : new Decimal(compliant).div(n),
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
    ignoredRecords,
  });
}
