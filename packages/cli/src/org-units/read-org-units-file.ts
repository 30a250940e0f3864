import type { OrgUnit, OrgUnitInput } from '@cadre/core';
import { type CsvLocaleName, readOrgUnitsCsv } from '@cadre/csv';
import { type FileIssue, inFile } from '../issues/file-issue.js';

/**
 * Reads an org-units CSV through `@cadre/csv`'s `readOrgUnitsCsv`, whose units may hang under,
 * or succeed into, units of a known set (the geography). Every bad row and every unit the set
 * check refuses is reported before `all_or_nothing` keeps nothing, so one run names them all.
 * @example
 * const r = await readOrgUnitsFile('units.csv', provinces(), { mode: 'all_or_nothing' });
 */
export async function readOrgUnitsFile(
  path: string,
  known: readonly OrgUnitInput[],
  options: { locale?: CsvLocaleName; mode: 'all_or_nothing' | 'skip_bad_rows' },
): Promise<{ units: OrgUnit[]; issues: FileIssue[]; read: number }> {
  const csv = await readOrgUnitsCsv(path, {
    known,
    mode: 'skip_bad_rows',
    ...(options.locale && { locale: options.locale }),
  });
  const issues = inFile(csv.summary.issues, csv.file);
  const read = csv.summary.read;
  if (issues.length > 0 && options.mode === 'all_or_nothing') return { units: [], issues, read };
  return { units: csv.records, issues, read };
}
