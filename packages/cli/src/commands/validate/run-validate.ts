import type { Issue } from '@cadre/core';
import { choiceOption } from '../../args/option-values.js';
import { inputFile } from '../../files/input-file.js';
import { readProgrammeFile } from '../../files/read-programme-file.js';
import { issueMessage } from '../../issues/file-issue.js';
import { writeLines } from '../../run/io.js';
import { type Lang, say } from '../../run/text.js';
import { usageError } from '../../run/usage-error.js';
import { type CommandContext, EXIT } from '../command.js';

interface Checked {
  file: string;
  summary: string | null;
  issues: Issue[];
}

/**
 * Runs `cadre validate`: reads each JSON file and runs `defineProgramme` on it, printing every
 * issue with its path (`targets[3].value`). Exit 1 when any file has an issue.
 * @example
 * await runValidate({ io, lang: 'vi', debug: false, values: {}, positionals: ['programme.json'] });
 */
export async function runValidate({
  io,
  lang,
  values,
  positionals,
}: CommandContext): Promise<number> {
  const format = choiceOption(values, 'format', ['table', 'json'] as const, 'table');
  if (positionals.length === 0) {
    throw usageError({
      vi: 'cần ít nhất một tệp chương trình; ví dụ: cadre validate programme.json',
      en: 'expected at least one programme file; e.g. cadre validate programme.json',
    });
  }
  const paths = positionals.map((name) => inputFile(name, io.cwd, 'FILE'));
  const results = paths.map((path) => check(path, lang));
  if (format === 'json') {
    const doc = {
      files: results.map((r) => ({
        file: r.file,
        ok: r.issues.length === 0,
        issues: r.issues.map((i) => ({
          code: i.code,
          path: pathText(i.path),
          message: issueMessage(i, lang),
        })),
      })),
    };
    io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    for (const r of results) {
      if (r.issues.length === 0) {
        writeLines(io.stdout, [
          `${r.file}: ${say({ vi: 'hợp lệ', en: 'valid' }, lang)} — ${r.summary}`,
        ]);
        continue;
      }
      const head = say(
        {
          vi: `${r.file}: ${r.issues.length} lỗi`,
          en: `${r.file}: ${r.issues.length} issue(s)`,
        },
        lang,
      );
      writeLines(io.stdout, [
        head,
        ...r.issues.map((i) => `  - ${issueLine(i, lang)} [${i.code}]`),
      ]);
    }
  }
  return results.some((r) => r.issues.length > 0) ? EXIT.dataIssues : EXIT.ok;
}

function check(path: string, lang: Lang): Checked {
  const { file, programme: p, issues } = readProgrammeFile(path);
  if (p === null) return { file, summary: null, issues };
  const summary = say(
    {
      vi: `${p.code}, ${p.indicators.length} chỉ số, ${p.targets.length} chỉ tiêu`,
      en: `${p.code}, ${p.indicators.length} indicator(s), ${p.targets.length} target(s)`,
    },
    lang,
  );
  return { file, summary, issues: [] };
}

/** The message, led by the issue's path unless it already starts with it. */
function issueLine(i: Issue, lang: Lang): string {
  const message = issueMessage(i, lang);
  const path = pathText(i.path) || say({ vi: '(gốc)', en: '(root)' }, lang);
  return message.startsWith(path) ? message : `${path}: ${message}`;
}

/** `['targets', 3, 'value']` → `targets[3].value`. */
function pathText(path: readonly (string | number)[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}
