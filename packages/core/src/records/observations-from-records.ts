import { createCategoryMatcher } from '../categories/categorize.js';
import { orgUnitsNeededIssue } from '../categories/commune-level.js';
import type { Person } from '../categories/schema.js';
import { type IsoDate, IsoDateSchema, minDate } from '../dates/calendar-date.js';
import type { OrgUnitIndex } from '../org-units/org-unit-index.js';
import { programmeCategories } from '../programmes/programme-categories.js';
import type { Indicator, Programme } from '../programmes/schema.js';
import { formatIssuePath } from '../result/describe-zod-issues.js';
import { CadreError } from '../result/error.js';
import { fail, type Issue, type IssuePath, issue, ok, type Result } from '../result/issue.js';
import type { RuleBook } from '../rules/book/rule-book.js';
import { type PersonRecords, readRecords } from './read-records.js';
import type { Observation, RotationRecord, TrainingRecord } from './schema.js';
import type { IndicatorSource, TrainingWhere } from './source-schema.js';

/** One record a flow indicator may count, reduced to what counting needs. */
interface Countable {
  path: IssuePath;
  personId: string;
  orgUnit: string;
  date: IsoDate;
  fields: Record<string, string | undefined>;
}

/**
 * Turns person-level records into observations for every indicator that has a `source`.
 * Training counts once per record on its start date at its org unit; a rotation once on its
 * start date at the unit it leaves (or joins, with `unit: 'to'`); a headcount snapshot is the
 * stock level on its date. Only records from the programme's start through the earlier of its
 * end and `asOf` count, and records tagged with another programme are left out. A `category`
 * (the source's, else the indicator's) keeps people of that category, judged on the record's
 * date with the programme's youth age. Counts are integers summed per unit × date × breakdown.
 * Returns every validation issue at `[section, row, field]` instead of observations.
 * @example
 * const r = observationsFromRecords(programme, { persons, rotations }, { asOf: '2019-05-20' });
 * if (r.ok) r.value; // [{ programme: '12-CTr/TU', indicator: 'rotation_young_provincial', orgUnit: '04', date: '2017-03-01', value: 2, disaggregation: {} }, …]
 */
export function observationsFromRecords(
  programme: Programme,
  input: PersonRecords,
  options: {
    asOf: IsoDate;
    /** Org units, for categories that read the level of a person's unit (commune level from 1/7/2025). */
    orgUnits?: OrgUnitIndex;
    /** The rule book categories ask (employment classes); the built-ins by default. */
    rules?: RuleBook;
  },
): Result<Observation[]> {
  if (!IsoDateSchema.safeParse(options.asOf).success) {
    throw new CadreError('invalid_argument', `asOf must be a YYYY-MM-DD date, got ${options.asOf}`);
  }
  const { records, issues } = readRecords(input);
  if (issues.length > 0) return fail(issues);

  const window = {
    start: programme.period.start,
    end: minDate(programme.period.end, options.asOf),
  };
  const inWindow = (date: IsoDate) => window.start <= date && date <= window.end;
  const belongs = (r: { programme?: string | undefined }) =>
    r.programme === undefined || r.programme === programme.code;
  const training = records.training.flatMap((r, i) =>
    belongs(r) && inWindow(r.start) ? [trainingRow(r, i)] : [],
  );
  const rotations = records.rotations.flatMap((r, i) =>
    inWindow(r.start) ? [rotationRow(r, i)] : [],
  );
  const persons = new Map(records.persons.map((p) => [p.id, p]));
  const counted = programme.indicators.flatMap((i) => {
    const s = i.source;
    // Headcounts are stocks per unit, never split by category.
    const code =
      s === undefined || s.records === 'headcount' ? undefined : (s.category ?? i.category);
    return code === undefined ? [] : [code];
  });
  const needed = orgUnitsNeededIssue(
    programmeCategories(programme),
    counted,
    window.start,
    window.end,
    options,
    ['orgUnits'],
  );
  if (needed !== null) return fail([needed]);
  const inCategory = categoryCheck(programme, persons, issues, options);

  const out: Observation[] = [];
  for (const indicator of programme.indicators) {
    const source = indicator.source;
    if (!source) continue;
    if (source.records === 'headcount') {
      for (const h of records.headcounts) {
        if (!inWindow(h.date)) continue;
        out.push(observation(programme, indicator, h.orgUnit, h.date, h.headcount, {}));
      }
      continue;
    }
    const rows =
      source.records === 'training'
        ? training.filter((r) => matchesTraining(r.fields, source.where))
        : rotations
            .filter((r) => source.where?.status?.includes(r.rec.status) ?? true)
            .map((r) => (source.unit === 'to' ? r.to : r.from));
    const category = source.category ?? indicator.category;
    const cells = new Map<string, Observation>();
    for (const row of rows) {
      if (category !== undefined && !inCategory(row, category)) continue;
      const disaggregation = breakdown(row, source, issues);
      if (disaggregation === null) continue;
      const key = JSON.stringify([row.date, row.orgUnit, Object.entries(disaggregation)]);
      const cell = cells.get(key);
      if (cell) cell.value = (cell.value as number) + 1;
      else
        cells.set(key, observation(programme, indicator, row.orgUnit, row.date, 1, disaggregation));
    }
    out.push(
      ...[...cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, o]) => o),
    );
  }
  return issues.length > 0 ? fail(issues) : ok(out);
}

function trainingRow(r: TrainingRecord, index: number): Countable {
  return {
    path: ['training', index],
    personId: r.personId,
    orgUnit: r.orgUnit,
    date: r.start,
    fields: {
      type: r.type,
      level: r.level,
      refresherKind: r.refresherKind,
      course: r.course,
      field: r.field,
      mode: r.mode,
      status: r.status,
    },
  };
}

function rotationRow(rec: RotationRecord, index: number) {
  const base = { path: ['rotations', index], personId: rec.personId, date: rec.start };
  const fields = { status: rec.status };
  return {
    rec,
    from: { ...base, fields, orgUnit: rec.from.orgUnit } satisfies Countable,
    to: { ...base, fields, orgUnit: rec.to.orgUnit } satisfies Countable,
  };
}

function matchesTraining(f: Countable['fields'], where: TrainingWhere | undefined): boolean {
  if (!where) return true;
  const keys = ['level', 'refresherKind', 'course', 'field', 'mode', 'status'] as const;
  if (where.type !== undefined && f.type !== where.type) return false;
  return keys.every((k) => {
    const allowed: readonly string[] | undefined = where[k];
    const value = f[k];
    return allowed === undefined || (value !== undefined && allowed.includes(value));
  });
}

function breakdown(
  row: Countable,
  source: IndicatorSource,
  issues: Issue[],
): Record<string, string> | null {
  if (source.records === 'headcount' || source.disaggregateBy === undefined) return {};
  const out: Record<string, string> = {};
  for (const dim of source.disaggregateBy) {
    const value = row.fields[dim];
    if (value !== undefined) {
      out[dim] = value;
      continue;
    }
    const path = [...row.path, dim];
    issues.push(
      issue(
        'records.missing_dimension',
        path,
        `${formatIssuePath(path)}: empty, but an indicator breaks its counts down by "${dim}"; expected a value`,
        `${formatIssuePath(path)}: bị trống nhưng chỉ tiêu phân tổ theo "${dim}"; cần có giá trị`,
      ),
    );
    return null;
  }
  return out;
}

// A category is judged once per person, date and code, however many indicators ask.
function categoryCheck(
  programme: Programme,
  persons: Map<string, Person>,
  issues: Issue[],
  context: { orgUnits?: OrgUnitIndex; rules?: RuleBook },
) {
  const isMember = createCategoryMatcher(programmeCategories(programme));
  const memo = new Map<string, boolean>();
  const reported = new Set<string>();
  return (row: Countable, category: string): boolean => {
    const person = persons.get(row.personId);
    if (!person) {
      const path = [...row.path, 'personId'];
      const key = formatIssuePath(path);
      if (!reported.has(key)) {
        reported.add(key);
        issues.push(
          issue(
            'records.unknown_person',
            path,
            `${key}: person "${row.personId}" is not among the persons given, so category "${category}" cannot be judged; expected a known person id`,
            `${key}: không có người mang mã "${row.personId}" nên không xét được danh mục "${category}"; cần mã người đã có`,
            row.personId,
          ),
        );
      }
      return false;
    }
    const key = `${person.id}|${row.date}|${category}`;
    let member = memo.get(key);
    if (member === undefined) {
      member = isMember(person, category, {
        asOf: row.date,
        youthAge: programme.youthAge,
        orgUnits: context.orgUnits,
        rules: context.rules,
      });
      memo.set(key, member);
    }
    return member;
  };
}

function observation(
  programme: Programme,
  indicator: Indicator,
  orgUnit: string,
  date: IsoDate,
  value: number,
  disaggregation: Record<string, string>,
): Observation {
  return {
    programme: programme.code,
    indicator: indicator.code,
    orgUnit,
    date,
    value,
    disaggregation,
  };
}
