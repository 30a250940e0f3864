import {
  type Issue,
  type OrgUnit,
  type OrgUnitInput,
  OrgUnitSchema,
  validateOrgUnits,
} from '@cadre/core';
import { resolveLocale } from '../cells/locale.js';
import { parseDateText } from '../cells/parse-date.js';
import { csvIssue, siteIssue } from '../issues/csv-issues.js';
import { type CsvImport, type RowContext, readCsv } from '../read/read-csv.js';
import type { CsvSource } from '../source/csv-source.js';
import type { TabularSource } from '../source/tabular-source.js';
import type { RecordCsvOptions } from './read-records.js';
import { ORG_UNIT_COLUMNS } from './record-columns.js';

const FIELD_COLUMN: Record<string, string> = {
  code: 'code',
  name: 'name',
  parentCode: 'parent_code',
  validFrom: 'valid_from',
  validTo: 'valid_to',
  successors: 'successors',
  aliases: 'aliases',
};

/**
 * Reads org-units.csv into core `OrgUnit`s (key: `code`), then checks the set as a whole with the
 * core's `validateOrgUnits` (parents and successors that exist, no cycles, validity in order),
 * reporting each problem at the line of the unit it concerns. `successors` cells list codes,
 * each optionally dated: `08@2025-07-01|09`.
 * @example
 * const u = await readOrgUnitsCsv('org-units.csv');
 * if (u.ok) createOrgUnitIndex(u.records);
 */
export async function readOrgUnitsCsv(
  source: CsvSource | TabularSource,
  options: Omit<RecordCsvOptions, 'orgUnits' | 'asOf'> & { known?: readonly OrgUnitInput[] } = {},
): Promise<CsvImport<OrgUnit>> {
  const { known = [], ...csvOptions } = options;
  const locale = resolveLocale(options.locale);
  const prepare = (input: Record<string, unknown>, row: RowContext): Issue[] => {
    const issues: Issue[] = [];
    if (!Array.isArray(input.successors)) return issues;
    input.successors = (input.successors as string[]).map((item) => {
      const [code, dateText] = item.split('@').map((s) => s.trim()) as [string, string | undefined];
      if (dateText === undefined) return { code };
      const date = parseDateText(dateText, locale);
      if (date.startsWith('csv.')) {
        issues.push(csvIssue(date as 'csv.invalid_date', row.site('successors'), item));
      }
      return { code, date };
    });
    return issues;
  };
  const read = await readCsv(source, {
    ...csvOptions,
    columns: ORG_UNIT_COLUMNS,
    schema: OrgUnitSchema,
    prepare,
    key: (u) => u.code,
    keyColumns: ['code'],
  });
  const lines = read.lines ?? [];
  const own = read.records.length;
  // The file's units come first, so issues at indexes past them concern only the known set.
  const setIssues = validateOrgUnits([...read.records, ...known])
    .filter((i) => typeof i.path[0] === 'number' && i.path[0] < own)
    .map((i) => {
      const [index, field] = i.path as [number, string | undefined];
      const column = FIELD_COLUMN[field ?? ''] ?? '*';
      return siteIssue(i, { file: read.file, line: lines[index] ?? 0, column });
    });
  if (setIssues.length === 0) return read;
  const mode = options.mode ?? 'all_or_nothing';
  const bad = new Set(setIssues.map((i) => i.path[0]));
  const records =
    mode === 'all_or_nothing' ? [] : read.records.filter((_, k) => !bad.has(lines[k]));
  const imported = records.length;
  return {
    ...read,
    ok: false,
    records,
    lines: lines.filter((l) => mode !== 'all_or_nothing' && !bad.has(l)),
    summary: {
      ...read.summary,
      imported,
      ignored: read.summary.read - imported,
      issues: [...read.summary.issues, ...setIssues],
    },
  };
}
