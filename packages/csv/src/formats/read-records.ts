import {
  type HeadcountSnapshot,
  HeadcountSnapshotSchema,
  type IsoDate,
  type Issue,
  type Person,
  PersonSchema,
  type RotationRecord,
  RotationRecordSchema,
  type TrainingRecord,
  TrainingRecordSchema,
} from '@cadre/core';
import type { CsvLocale, CsvLocaleName } from '../cells/locale.js';
import { siteIssue } from '../issues/csv-issues.js';
import type { CsvColumn } from '../read/column-spec.js';
import type { CsvImportMode } from '../read/import-tally.js';
import type { TableOptions } from '../read/open-table.js';
import { type CsvImport, type RowContext, readCsv } from '../read/read-csv.js';
import type { RecordSchema } from '../read/record-schema.js';
import type { CsvSource } from '../source/csv-source.js';
import type { TabularSource } from '../source/tabular-source.js';
import { type OrgUnitLookup, type OrgUnitsOption, orgUnitLookup } from './org-unit-lookup.js';
import {
  HEADCOUNT_COLUMNS,
  PERSON_COLUMNS,
  ROTATION_COLUMNS,
  TRAINING_COLUMNS,
} from './record-columns.js';

/** Options of the record readers. */
export interface RecordCsvOptions extends TableOptions {
  /** Org units to resolve org-unit cells (codes or names) against; without them cells are codes. */
  orgUnits?: OrgUnitsOption;
  /** Date at which person org units are resolved (other records use their own dates). */
  asOf?: IsoDate;
  locale?: CsvLocaleName | CsvLocale;
  mode?: CsvImportMode;
  maxIssues?: number;
}

/** An org-unit cell to resolve: its column, its field, and the field holding the date to resolve at. */
type UnitField = { column: string; field: string; dateField?: string };

function readWithUnits<T>(
  source: CsvSource | TabularSource,
  options: RecordCsvOptions,
  columns: readonly CsvColumn[],
  schema: RecordSchema<T>,
  units: UnitField[],
  key: (r: T) => string,
  keyColumns: string[],
): Promise<CsvImport<T>> {
  const lookup = orgUnitLookup(options.orgUnits);
  const prepare = (input: Record<string, unknown>, row: RowContext): Issue[] =>
    resolveUnits(input, row, units, lookup, options.asOf);
  return readCsv(source, { ...options, columns, schema, prepare, key, keyColumns });
}

function resolveUnits(
  input: Record<string, unknown>,
  row: RowContext,
  units: UnitField[],
  lookup: OrgUnitLookup,
  asOf: IsoDate | undefined,
): Issue[] {
  const issues: Issue[] = [];
  for (const u of units) {
    const [head, tail] = u.field.split('.') as [string, string | undefined];
    const holder = (tail === undefined ? input : input[head]) as
      | Record<string, unknown>
      | undefined;
    const name = tail ?? head;
    const text = holder?.[name];
    if (typeof text !== 'string') continue;
    const date = u.dateField === undefined ? asOf : (input[u.dateField] as IsoDate | undefined);
    const code = lookup(text, date);
    if (typeof code === 'string') holder![name] = code;
    else issues.push(siteIssue(code, row.site(u.column), row.cell(u.column)));
  }
  return issues;
}

/**
 * Reads persons.csv into core `Person`s (key: `id`); `org_unit` resolves at `options.asOf`.
 * @example
 * const p = await readPersonsCsv('persons.csv', { orgUnits, locale: 'vi-VN', asOf: '2019-05-20' });
 */
export function readPersonsCsv(
  source: CsvSource | TabularSource,
  options: RecordCsvOptions = {},
): Promise<CsvImport<Person>> {
  const units = [{ column: 'org_unit', field: 'orgUnit' }];
  return readWithUnits(source, options, PERSON_COLUMNS, PersonSchema, units, (r) => r.id, ['id']);
}

/**
 * Reads training.csv into core `TrainingRecord`s (key: `id`); `org_unit` resolves at `start`.
 * @example
 * const t = await readTrainingCsv('training.csv', { orgUnits, locale: 'vi-VN' });
 */
export function readTrainingCsv(
  source: CsvSource | TabularSource,
  options: RecordCsvOptions = {},
): Promise<CsvImport<TrainingRecord>> {
  const units = [{ column: 'org_unit', field: 'orgUnit', dateField: 'start' }];
  return readWithUnits(
    source,
    options,
    TRAINING_COLUMNS,
    TrainingRecordSchema,
    units,
    (r) => r.id,
    ['id'],
  );
}

/**
 * Reads rotations.csv into core `RotationRecord`s (key: `id`); both units resolve at `start`.
 * @example
 * const r = await readRotationsCsv('rotations.csv', { orgUnits });
 */
export function readRotationsCsv(
  source: CsvSource | TabularSource,
  options: RecordCsvOptions = {},
): Promise<CsvImport<RotationRecord>> {
  const units = [
    { column: 'from_org_unit', field: 'from.orgUnit', dateField: 'start' },
    { column: 'to_org_unit', field: 'to.orgUnit', dateField: 'start' },
  ];
  return readWithUnits(
    source,
    options,
    ROTATION_COLUMNS,
    RotationRecordSchema,
    units,
    (r) => r.id,
    ['id'],
  );
}

/**
 * Reads headcounts.csv into core `HeadcountSnapshot`s (key: org unit + date).
 * @example
 * const h = await readHeadcountsCsv('headcounts.csv', { locale: 'vi-VN' });
 */
export function readHeadcountsCsv(
  source: CsvSource | TabularSource,
  options: RecordCsvOptions = {},
): Promise<CsvImport<HeadcountSnapshot>> {
  const units = [{ column: 'org_unit', field: 'orgUnit', dateField: 'date' }];
  const key = (r: HeadcountSnapshot) => `${r.orgUnit}\u0000${r.date}`;
  return readWithUnits(source, options, HEADCOUNT_COLUMNS, HeadcountSnapshotSchema, units, key, [
    'org_unit',
    'date',
  ]);
}
