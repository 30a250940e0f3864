import type { ImportSummary, Issue } from '@cadre/core';
import { csvIssue, MAX_ISSUES } from '@cadre/csv';
import type { FileIssue } from '../../issues/file-issue.js';
import type { Text } from '../../run/text.js';
import type { ImportKind } from './detect-kind.js';

/** What importing one file did: DHIS2-style counts of its rows, and every issue. */
export interface FileOutcome {
  file: string;
  kind: ImportKind;
  /** Rows (or definitions) read from the file. */
  read: number;
  imported: number;
  updated: number;
  /** Rows read but not written: rejected, or equal to what the store held. */
  ignored: number;
  issues: FileIssue[];
  /** Extra facts worth a line, such as programmes created from targets.csv. */
  notes: Text[];
}

const BATCH_PLACE = /^[a-zA-Z]+\[\d+\](\.|: )?/;

/**
 * Moves a store issue (`['targets', 3, 'value']`, an index into the batch) to the file and the
 * line that row came from, when the reader kept lines.
 * @example
 * storeIssue(issue, 'targets.csv', lines); // message: 'targets.csv, line 5: targets[3].value: …'
 */
export function storeIssue(
  issue: Issue,
  file: string,
  lines: readonly number[] | undefined,
): FileIssue {
  const index = issue.path[1];
  const line = typeof index === 'number' ? lines?.[index] : undefined;
  const at =
    line === undefined
      ? { en: file, vi: file }
      : { en: `${file}, line ${line}`, vi: `${file}, dòng ${line}` };
  // With the line known, the row's place in the batch ("observations[124].") says nothing more.
  const plain = (m: string) => (line === undefined ? m : m.replace(BATCH_PLACE, ''));
  return {
    ...issue,
    // The field is a store field (orgUnit), not a CSV column, so only the line is kept.
    path: line === undefined ? issue.path : [line, '*'],
    message: `${at.en}: ${plain(issue.message)}`,
    messageVi: `${at.vi}: ${plain(issue.messageVi ?? issue.message)}`,
    file,
  };
}

/**
 * Combines what the reader saw with what the store did: the file's rows are the ones counted,
 * and rows that never reached the store count as ignored. At most `MAX_ISSUES` issues are kept;
 * the rest (with `dropped`, those a caller already left out) are counted in one last issue.
 * @example
 * outcome('persons.csv', 'persons', read, storeSummary, csvIssues);
 */
export function outcome(
  file: string,
  kind: ImportKind,
  read: number,
  stored: Pick<ImportSummary, 'imported' | 'updated'> | null,
  issues: FileIssue[],
  notes: Text[] = [],
  dropped = 0,
): FileOutcome {
  const imported = stored?.imported ?? 0;
  const updated = stored?.updated ?? 0;
  const rest = dropped + Math.max(0, issues.length - MAX_ISSUES);
  const kept = rest === 0 ? issues : issues.slice(0, MAX_ISSUES);
  if (rest > 0) {
    const site = { file, line: 0, column: '*' };
    kept.push({ ...csvIssue('csv.too_many_issues', site, String(rest)), file });
  }
  const ignored = read - imported - updated;
  return { file, kind, read, imported, updated, ignored, issues: kept, notes };
}
