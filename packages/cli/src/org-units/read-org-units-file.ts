import {
  type Issue,
  type OrgUnit,
  type OrgUnitInput,
  OrgUnitSchema,
  validateOrgUnits,
} from '@cadre/core';
import {
  type CsvLocaleName,
  csvIssue,
  ORG_UNIT_COLUMNS,
  parseDateText,
  type RowContext,
  readCsv,
  resolveLocale,
  siteIssue,
} from '@cadre/csv';
import { type FileIssue, inFile } from '../issues/file-issue.js';

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
 * Reads an org-units CSV (the columns of `@cadre/csv`'s org-units format) whose units may hang
 * under, or succeed into, units of a known set (the geography): parents and successors are
 * checked against both. Issues name the file, line and column.
 * @example
 * const r = await readOrgUnitsFile('units.csv', provinces(), { mode: 'all_or_nothing' });
 */
export async function readOrgUnitsFile(
  path: string,
  known: readonly OrgUnitInput[],
  options: { locale?: CsvLocaleName; mode: 'all_or_nothing' | 'skip_bad_rows' },
): Promise<{ units: OrgUnit[]; issues: FileIssue[]; read: number }> {
  const locale = resolveLocale(options.locale);
  // Same successor syntax as the csv package's reader: "08" or "08@2025-07-01", `|`-separated.
  const prepare = (input: Record<string, unknown>, row: RowContext): Issue[] => {
    if (!Array.isArray(input.successors)) return [];
    const issues: Issue[] = [];
    input.successors = (input.successors as string[]).map((item) => {
      const [code, dateText] = item.split('@').map((s) => s.trim()) as [string, string?];
      if (dateText === undefined) return { code };
      const date = parseDateText(dateText, locale);
      if (date.startsWith('csv.')) {
        issues.push(csvIssue(date as 'csv.invalid_date', row.site('successors'), item));
      }
      return { code, date };
    });
    return issues;
  };
  const csv = await readCsv(path, {
    columns: ORG_UNIT_COLUMNS,
    schema: OrgUnitSchema,
    prepare,
    key: (u) => u.code,
    keyColumns: ['code'],
    mode: 'skip_bad_rows',
    ...(options.locale && { locale: options.locale }),
  });
  const lines = csv.lines ?? [];
  const own = csv.records.length;
  // The file's units come first, so issues at indexes past them concern only the known set.
  const setIssues = validateOrgUnits([...csv.records, ...known])
    .filter((i) => typeof i.path[0] === 'number' && i.path[0] < own)
    .map((i) => {
      const [index, field] = i.path as [number, string | undefined];
      const column = FIELD_COLUMN[field ?? ''] ?? '*';
      return siteIssue(i, { file: csv.file, line: lines[index] ?? 0, column });
    });
  const issues = inFile([...csv.summary.issues, ...setIssues], csv.file);
  const read = csv.summary.read;
  if (issues.length > 0 && options.mode === 'all_or_nothing') return { units: [], issues, read };
  const bad = new Set(setIssues.map((i) => i.path[0]));
  return { units: csv.records.filter((_, k) => !bad.has(lines[k] ?? 0)), issues, read };
}
