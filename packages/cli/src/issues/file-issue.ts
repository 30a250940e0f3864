import type { Issue } from '@cadre/core';
import type { Lang } from '../run/text.js';

/** An issue and the file it was found in (null when it concerns no one file). */
export interface FileIssue extends Issue {
  file: string | null;
}

/** An issue as the JSON outputs print it: where it is, and what is wrong in one language. */
export interface IssueJson {
  code: string;
  file: string | null;
  line: number | null;
  column: string | null;
  message: string;
}

/**
 * Tags issues with the file they come from. CSV readers already write the file, line and column
 * into their messages and keep `[line, column]` as the path.
 * @example
 * inFile(targets.summary.issues, targets.file);
 */
export function inFile(issues: readonly Issue[], file: string | null): FileIssue[] {
  return issues.map((i) => ({ ...i, file }));
}

/**
 * An issue's message in a language: `messageVi` for vi when present, else the English one.
 * @example
 * issueMessage(issue, 'vi');
 */
export function issueMessage(issue: Issue, lang: Lang): string {
  return (lang === 'vi' ? (issue.messageVi ?? issue.message) : issue.message).normalize('NFC');
}

/**
 * The JSON form of an issue: a CSV issue's path `[line, column]` gives its line and column.
 * @example
 * issueJson({ code: 'csv.required', path: [4, 'target'], message: '…', file: 'targets.csv' }, 'en');
 * // { code: 'csv.required', file: 'targets.csv', line: 4, column: 'target', message: '…' }
 */
export function issueJson(issue: FileIssue, lang: Lang): IssueJson {
  const [first, second] = issue.path;
  // A CSV path is [line, column]; line 0 stands for the whole file.
  const csv = typeof first === 'number';
  return {
    code: issue.code,
    file: issue.file,
    line: csv && first > 0 ? first : null,
    column: csv && typeof second === 'string' && second !== '*' && second !== '' ? second : null,
    message: issueMessage(issue, lang),
  };
}

/**
 * Human-readable lines for a list of issues, with a count heading; empty for no issues. Past
 * `limit` lines the rest are counted, not printed: the JSON outputs keep every issue.
 * @example
 * io.stderr.write(renderIssues(issues, 'vi').join('\n'));
 */
export function renderIssues(issues: readonly FileIssue[], lang: Lang, limit = 50): string[] {
  if (issues.length === 0) return [];
  const head =
    lang === 'vi' ? `Có ${issues.length} lỗi dữ liệu:` : `${issues.length} data issue(s):`;
  const shown = issues.slice(0, limit).map((i) => `  - ${issueMessage(i, lang)} [${i.code}]`);
  const rest = issues.length - shown.length;
  if (rest > 0) {
    shown.push(
      lang === 'vi'
        ? `  … và ${rest} lỗi khác (--format json liệt kê tất cả)`
        : `  … and ${rest} more (--format json lists them all)`,
    );
  }
  return [head, ...shown];
}
