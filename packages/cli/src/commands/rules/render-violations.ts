import type { Violation } from '@cadre/core';
import {
  type FileIssue,
  type IssueJson,
  issueJson,
  renderIssues,
} from '../../issues/file-issue.js';
import { writeLines } from '../../run/io.js';
import { type Lang, say } from '../../run/text.js';
import { type CommandContext, EXIT } from '../command.js';

/** A violation with what it concerns and the CSV line it comes from. */
export interface FoundViolation {
  /** "luân chuyển R1 (cán bộ P1)", in the output language. */
  subject: string;
  violation: Violation;
  file: string | null;
  line: number | null;
}

/** JSON output of the rule commands. */
export interface RulesJson {
  as_of: string;
  checked: number;
  violations: {
    code: string;
    severity: 'error' | 'warning';
    reference: string;
    pack: string | null;
    subject: string;
    file: string | null;
    line: number | null;
    message: string;
  }[];
  counts: Record<string, number>;
  issues: IssueJson[];
}

/**
 * Counts violations per code, codes in alphabetical order.
 * @example
 * countByCode(found); // { 'rotation.duration_short': 2 }
 */
export function countByCode(found: readonly FoundViolation[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of [...found].sort((a, b) => a.violation.code.localeCompare(b.violation.code))) {
    counts[f.violation.code] = (counts[f.violation.code] ?? 0) + 1;
  }
  return counts;
}

/**
 * The JSON document of a rule check.
 * @example
 * rulesJson({ asOf: '2023-01-01', checked: 3, found, issues: [], lang: 'en' }).counts;
 */
export function rulesJson(input: {
  asOf: string;
  checked: number;
  found: readonly FoundViolation[];
  issues: readonly FileIssue[];
  lang: Lang;
}): RulesJson {
  const { lang } = input;
  return {
    as_of: input.asOf,
    checked: input.checked,
    violations: input.found.map(({ subject, violation: v, file, line }) => ({
      code: v.code,
      severity: v.severity,
      reference: v.reference,
      pack: v.packId ?? null,
      subject,
      file,
      line,
      message: lang === 'vi' ? v.messageVi : v.message,
    })),
    counts: countByCode(input.found),
    issues: input.issues.map((i) => issueJson(i, lang)),
  };
}

/**
 * Human-readable lines: each violation under its subject, with severity, rule reference and
 * source line, then the counts per code.
 * @example
 * writeLines(io.stdout, renderViolations(found, 'vi'));
 */
export function renderViolations(found: readonly FoundViolation[], lang: Lang): string[] {
  if (found.length === 0) {
    return [say({ vi: 'Không có vi phạm.', en: 'No violations.' }, lang)];
  }
  const lines: string[] = [];
  let subject: string | undefined;
  for (const f of found) {
    if (f.subject !== subject) {
      subject = f.subject;
      const where =
        f.file && f.line ? ` — ${f.file}, ${say({ vi: 'dòng', en: 'line' }, lang)} ${f.line}` : '';
      lines.push(`${f.subject}${where}:`);
    }
    const v = f.violation;
    const severity = say(
      v.severity === 'error' ? { vi: 'lỗi', en: 'error' } : { vi: 'cảnh báo', en: 'warning' },
      lang,
    );
    const reference = v.reference
      ? ` (${say({ vi: 'căn cứ', en: 'under' }, lang)} ${v.reference})`
      : '';
    lines.push(
      `  - [${severity}] ${lang === 'vi' ? v.messageVi : v.message}${reference} [${v.code}]`,
    );
  }
  lines.push('', say({ vi: 'Số vi phạm theo mã:', en: 'Violations per code:' }, lang));
  const counts = Object.entries(countByCode(found));
  const width = Math.max(...counts.map(([c]) => c.length));
  lines.push(...counts.map(([code, n]) => `  ${code.padEnd(width)}  ${n}`));
  return lines;
}

/**
 * The exit code of a rule check: 1 when a file has issues or a rule is broken (severity error);
 * warnings alone leave it 0.
 * @example
 * rulesExitCode(found, issues); // 1
 */
export function rulesExitCode(
  found: readonly FoundViolation[],
  issues: readonly FileIssue[],
): number {
  return issues.length > 0 || found.some((f) => f.violation.severity === 'error') ? 1 : 0;
}

/**
 * Prints the issues of files read all-or-nothing, says that nothing was checked, and returns
 * exit code 1.
 * @example
 * if (issues.length > 0 && mode === 'all_or_nothing') return refuseChecks(io, lang, issues, 'table', asOf);
 */
export function refuseChecks(
  io: CommandContext['io'],
  lang: CommandContext['lang'],
  issues: FileIssue[],
  format: 'table' | 'json',
  asOf: string,
): number {
  if (format === 'json') {
    const doc = rulesJson({ asOf, checked: 0, found: [], issues, lang });
    io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  } else writeLines(io.stderr, renderIssues(issues, lang));
  writeLines(io.stderr, [
    say(
      {
        vi: 'Chưa kiểm tra vì dữ liệu có lỗi; sửa các dòng trên hoặc thêm --skip-bad-rows để kiểm tra các dòng hợp lệ.',
        en: 'Nothing was checked because the data has issues; fix the rows above or add --skip-bad-rows to check the valid rows.',
      },
      lang,
    ),
  ]);
  return EXIT.dataIssues;
}

export { renderIssues };
