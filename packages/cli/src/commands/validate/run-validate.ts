import { createMemoryStore, type Issue } from '@cadre/core';
import { csvOptions } from '../../args/common-options.js';
import { choiceOption } from '../../args/option-values.js';
import { resolveAsOf } from '../../dates/resolve-as-of.js';
import { inputFile } from '../../files/input-file.js';
import { refuseWorkbook } from '../../files/workbook-input.js';
import { type FileIssue, issueJson, issueMessage } from '../../issues/file-issue.js';
import { writeLines } from '../../run/io.js';
import { type Lang, say } from '../../run/text.js';
import { usageError } from '../../run/usage-error.js';
import { type CommandContext, EXIT } from '../command.js';
import { IMPORT_KINDS } from '../import/detect-kind.js';
import type { FileOutcome } from '../import/file-outcome.js';
import { importFiles, kindedFiles } from '../import/import-files.js';
import { ruleViolations } from './rule-violations.js';

const EXAMPLE = 'cadre validate programme.json targets.csv actuals.csv';

/**
 * Runs `cadre validate`: imports the files, exactly as `cadre import` does, into a throwaway
 * memory store, so it reports every issue an import would (programme definitions, CSV rows,
 * references to units and programmes) and writes nothing. Prints each file as valid, with a
 * summary, or with every issue; then the programmes' validation rules broken in their report
 * at `--as-of` (default today in Việt Nam). Exit 1 when any file has an issue or a rule is broken.
 * @example
 * await runValidate({ io, lang: 'vi', debug: false, values: {}, positionals: ['programme.json'] });
 */
export async function runValidate({
  io,
  lang,
  values,
  positionals,
}: CommandContext): Promise<number> {
  const { locale, mode, geography } = csvOptions(values);
  const format = choiceOption(values, 'format', ['table', 'json'] as const, 'table');
  const forced =
    values.kind === undefined ? undefined : choiceOption(values, 'kind', IMPORT_KINDS, 'actuals');
  if (positionals.length === 0) {
    throw usageError({
      vi: `cần ít nhất một tệp; ví dụ: ${EXAMPLE}`,
      en: `expected at least one file; e.g. ${EXAMPLE}`,
    });
  }
  const paths = positionals.map((name) => inputFile(name, io.cwd, 'FILE'));
  for (const path of paths) refuseWorkbook(path, 'FILE');
  const files = await kindedFiles(paths, forced);
  const store = createMemoryStore();
  const silent = () => ({ progress: { bytes: 0, rows: 0 }, tick() {}, finish() {} });
  let checked: FileOutcome[];
  let rules: { asOf: string | null; violations: FileIssue[] };
  try {
    const { seeded, outcomes } = await importFiles(store, files, {
      locale,
      mode,
      geography,
      lang,
      track: silent,
    });
    // In the order given; the geography only when seeding it met an issue.
    const byPath = new Map(files.map((f, k) => [f.path, outcomes[k]!]));
    checked = [
      ...(seeded && seeded.issues.length > 0 ? [seeded] : []),
      ...paths.map((p) => byPath.get(p)!),
    ];
    rules = await ruleViolations(store, () => resolveAsOf(values, io, lang).asOf);
  } finally {
    await store.close();
  }
  const { asOf, violations } = rules;
  if (format === 'json') {
    const doc = {
      rules: violations.map((i) => issueJson(i, lang)),
      files: checked.map((o) => ({
        file: o.file,
        kind: o.kind,
        ok: o.issues.length === 0,
        issues: o.issues.map((i) => ({ ...issueJson(i, lang), path: pathText(i.path) })),
      })),
    };
    io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    for (const o of checked) writeLines(io.stdout, fileLines(o, lang));
    if (violations.length > 0) {
      const head = say(
        {
          vi: `Quy tắc kiểm tra không thỏa (báo cáo ngày ${asOf}): ${violations.length}`,
          en: `Validation rules broken (report at ${asOf}): ${violations.length}`,
        },
        lang,
      );
      writeLines(io.stdout, [
        head,
        ...violations.map((i) => `  - ${issueMessage(i, lang)} [${i.code}]`),
      ]);
    }
  }
  const broken = violations.length > 0 || checked.some((o) => o.issues.length > 0);
  return broken ? EXIT.dataIssues : EXIT.ok;
}

function fileLines(o: FileOutcome, lang: Lang): string[] {
  if (o.issues.length === 0) {
    const summary =
      o.notes.length > 0
        ? o.notes.map((n) => say(n, lang)).join('; ')
        : say({ vi: `${o.read} dòng`, en: `${o.read} row(s)` }, lang);
    return [`${o.file}: ${say({ vi: 'hợp lệ', en: 'valid' }, lang)} — ${summary}`];
  }
  const head = say(
    { vi: `${o.file}: ${o.issues.length} lỗi`, en: `${o.file}: ${o.issues.length} issue(s)` },
    lang,
  );
  return [head, ...o.issues.map((i) => `  - ${issueMessage(i, lang)} [${i.code}]`)];
}

/** `['targets', 3, 'value']` → `targets[3].value`; a CSV issue's `[4, 'target']` → `[4].target`. */
function pathText(path: Issue['path']): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}
