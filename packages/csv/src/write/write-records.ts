import type {
  HeadcountSnapshot,
  Observation,
  OrgUnit,
  Person,
  RotationRecord,
  TrainingRecord,
} from '@cadre/core';
import { ACTUAL_COLUMNS } from '../formats/actual-columns.js';
import type { IndicatorHint, TargetRecord } from '../formats/read-targets.js';
import {
  HEADCOUNT_COLUMNS,
  ORG_UNIT_COLUMNS,
  PERSON_COLUMNS,
  ROTATION_COLUMNS,
  TRAINING_COLUMNS,
} from '../formats/record-columns.js';
import { TARGET_COLUMNS } from '../formats/target-columns.js';
import type { CsvColumn } from '../read/column-spec.js';
import { columnsFromSpec } from './columns-from-spec.js';
import { toCsv, type WriteColumn, type WriteCsvOptions } from './write-csv.js';

/** Options of the record writers: the CSV options plus breakdown keys to write as columns. */
export interface RecordWriteOptions extends WriteCsvOptions {
  /** Breakdown keys, one column each (default: every key the rows use, sorted). */
  disaggregations?: readonly string[];
}

type Getters<T> = Record<string, (row: T) => unknown>;

function breakdownColumns<T extends { disaggregation: Record<string, string> }>(
  rows: readonly T[],
  keys: readonly string[] | undefined,
): WriteColumn<T>[] {
  const all = keys ?? [...new Set(rows.flatMap((r) => Object.keys(r.disaggregation)))].sort();
  return all.map((k) => ({ name: k, get: (r: T) => r.disaggregation[k] }));
}

function write<T>(
  rows: readonly T[],
  spec: readonly CsvColumn[],
  getters: Getters<T>,
  options: WriteCsvOptions,
  extra: WriteColumn<T>[] = [],
): string {
  return toCsv(
    rows,
    [...columnsFromSpec(spec, getters, options.headers === 'vi'), ...extra],
    options,
  );
}

/**
 * Observations as actuals.csv (`programme, indicator, org_unit, date, value` + breakdowns).
 * @example
 * writeObservationsCsv(observations, { excel: true });
 */
export function writeObservationsCsv(
  rows: readonly Observation[],
  options: RecordWriteOptions = {},
): string {
  const getters: Getters<Observation> = {
    programme: (r) => r.programme,
    indicator: (r) => r.indicator,
    org_unit: (r) => r.orgUnit,
    date: (r) => r.date,
    value: (r) => r.value,
  };
  return write(
    rows,
    ACTUAL_COLUMNS,
    getters,
    options,
    breakdownColumns(rows, options.disaggregations),
  );
}

/**
 * Targets as targets.csv. With `indicators` (from `readTargetsCsv`), the indicator columns
 * (name, measure, direction, unit, aggregation) are written too. `source` and `interval`
 * (inferred targets) are not carried.
 * @example
 * writeTargetsCsv(t.records, { indicators: t.indicators, headers: 'vi' });
 */
export function writeTargetsCsv(
  rows: readonly TargetRecord[],
  options: RecordWriteOptions & { indicators?: readonly IndicatorHint[] } = {},
): string {
  const hints = new Map(
    (options.indicators ?? []).map((h) => [`${h.programme}\u0000${h.code}`, h]),
  );
  const hint = (r: TargetRecord) => hints.get(`${r.programme}\u0000${r.indicator}`);
  const getters: Getters<TargetRecord> = {
    programme: (r) => r.programme,
    indicator: (r) => r.indicator,
    org_unit: (r) => r.orgUnit,
    period_start: (r) => r.period.start,
    period_end: (r) => r.period.end,
    target: (r) => r.value,
    baseline: (r) => r.baseline,
    note: (r) => r.note,
  };
  if (hints.size > 0) {
    Object.assign(getters, {
      indicator_name: (r: TargetRecord) => hint(r)?.name,
      measure: (r: TargetRecord) => hint(r)?.measure,
      direction: (r: TargetRecord) => hint(r)?.direction,
      unit: (r: TargetRecord) => hint(r)?.unit,
      aggregation: (r: TargetRecord) => hint(r)?.aggregation,
    });
  }
  return write(
    rows,
    TARGET_COLUMNS,
    getters,
    options,
    breakdownColumns(rows, options.disaggregations),
  );
}

/**
 * Persons as persons.csv. Free `attributes` are not carried.
 * @example
 * writePersonsCsv(persons, { excel: true, headers: 'vi' });
 */
export function writePersonsCsv(rows: readonly Person[], options: WriteCsvOptions = {}): string {
  const getters: Getters<Person> = {
    id: (r) => r.id,
    name: (r) => r.name,
    birth_date: (r) => r.birthDate,
    sex: (r) => r.sex,
    ethnic_minority: (r) => r.ethnicMinority,
    employment: (r) => r.employment,
    org_unit: (r) => r.orgUnit,
    leadership_tier: (r) => r.leadershipTier,
    management_tier: (r) => r.managementTier,
    sector: (r) => r.sector,
    local: (r) => r.local,
    planned_posts: (r) => r.plannedPosts,
  };
  return write(rows, PERSON_COLUMNS, getters, options);
}

/**
 * Training records as training.csv.
 * @example
 * writeTrainingCsv(training);
 */
export function writeTrainingCsv(
  rows: readonly TrainingRecord[],
  options: WriteCsvOptions = {},
): string {
  const getters: Getters<TrainingRecord> = {
    id: (r) => r.id,
    person_id: (r) => r.personId,
    org_unit: (r) => r.orgUnit,
    programme: (r) => r.programme,
    type: (r) => r.type,
    level: (r) => r.level,
    refresher_kind: (r) => r.refresherKind,
    course: (r) => r.course,
    field: (r) => r.field,
    mode: (r) => r.mode,
    start: (r) => r.start,
    end: (r) => r.end,
    status: (r) => r.status,
    hours: (r) => r.hours,
  };
  return write(rows, TRAINING_COLUMNS, getters, options);
}

/**
 * Rotations as rotations.csv.
 * @example
 * writeRotationsCsv(rotations, { excel: true });
 */
export function writeRotationsCsv(
  rows: readonly RotationRecord[],
  options: WriteCsvOptions = {},
): string {
  const getters: Getters<RotationRecord> = {
    id: (r) => r.id,
    person_id: (r) => r.personId,
    from_org_unit: (r) => r.from.orgUnit,
    from_post: (r) => r.from.post,
    to_org_unit: (r) => r.to.orgUnit,
    to_post: (r) => r.to.post,
    start: (r) => r.start,
    planned_end: (r) => r.plannedEnd,
    status: (r) => r.status,
  };
  return write(rows, ROTATION_COLUMNS, getters, options);
}

/**
 * Headcount snapshots as headcounts.csv.
 * @example
 * writeHeadcountsCsv(snapshots);
 */
export function writeHeadcountsCsv(
  rows: readonly HeadcountSnapshot[],
  options: WriteCsvOptions = {},
): string {
  const getters: Getters<HeadcountSnapshot> = {
    org_unit: (r) => r.orgUnit,
    date: (r) => r.date,
    headcount: (r) => r.headcount,
    approved: (r) => r.approved,
  };
  return write(rows, HEADCOUNT_COLUMNS, getters, options);
}

/**
 * Org units as org-units.csv; successors are written `code@YYYY-MM-DD`.
 * @example
 * writeOrgUnitsCsv(index.all());
 */
export function writeOrgUnitsCsv(rows: readonly OrgUnit[], options: WriteCsvOptions = {}): string {
  const getters: Getters<OrgUnit> = {
    code: (r) => r.code,
    name: (r) => r.name,
    name_en: (r) => r.names?.en,
    level: (r) => r.level,
    parent_code: (r) => r.parentCode,
    valid_from: (r) => r.validFrom,
    valid_to: (r) => r.validTo,
    successors: (r) =>
      r.successors.map((s) => (s.date === undefined ? s.code : `${s.code}@${s.date}`)),
    aliases: (r) => r.aliases,
  };
  return write(rows, ORG_UNIT_COLUMNS, getters, options);
}
