import { evaluateRotationPlan, issue, type RotationPlanEntry } from '@cadre/core';
import { readPersonsCsv, readRotationsCsv, siteIssue } from '@cadre/csv';
import { csvOptions } from '../../args/common-options.js';
import { choiceOption, requiredOption, textOption } from '../../args/option-values.js';
import { resolveAsOf } from '../../dates/resolve-as-of.js';
import { inputFile } from '../../files/input-file.js';
import { type FileIssue, inFile } from '../../issues/file-issue.js';
import { loadOrgUnits } from '../../org-units/load-org-units.js';
import { formatDate } from '../../output/format-date.js';
import { writeLines } from '../../run/io.js';
import { say } from '../../run/text.js';
import type { CommandContext } from '../command.js';
import {
  type FoundViolation,
  refuseChecks,
  renderIssues,
  renderViolations,
  rulesExitCode,
  rulesJson,
} from './render-violations.js';

const EXAMPLE =
  'cadre rules rotation --people persons.csv --rotations rotations.csv --as-of 2023-01-01';

/**
 * Runs `cadre rules rotation`: joins rotations to persons, checks each rotation against the
 * rotation pack in force on its start date and prints the violations with their legal
 * references and the counts per code.
 * @example
 * await runRotationRules({ io, lang: 'vi', debug: false, values: { people: 'p.csv', rotations: 'r.csv', 'as-of': '2023-01-01' }, positionals: [] });
 */
export async function runRotationRules({ io, lang, values }: CommandContext): Promise<number> {
  const { locale, mode, geography } = csvOptions(values);
  const format = choiceOption(values, 'format', ['table', 'json'] as const, 'table');
  const people = inputFile(requiredOption(values, 'people', EXAMPLE), io.cwd, '--people');
  const rotations = inputFile(requiredOption(values, 'rotations', EXAMPLE), io.cwd, '--rotations');
  const unitsName = textOption(values, 'org-units');
  const unitsFile =
    unitsName === undefined ? undefined : inputFile(unitsName, io.cwd, '--org-units');
  const { asOf } = resolveAsOf(values, io, lang);

  const units = await loadOrgUnits({
    geography,
    locale,
    mode,
    ...(unitsFile !== undefined && { file: unitsFile }),
  });
  const withUnits = units.index ? { orgUnits: units.index } : {};
  const [persons, records] = await Promise.all([
    readPersonsCsv(people, { ...withUnits, asOf, locale, mode }),
    readRotationsCsv(rotations, { ...withUnits, locale, mode }),
  ]);
  const issues: FileIssue[] = [
    ...units.issues,
    ...inFile(persons.summary.issues, persons.file),
    ...inFile(records.summary.issues, records.file),
  ];
  const byId = new Map(persons.records.map((p) => [p.id, p]));
  const entries: RotationPlanEntry[] = [];
  const entryLines: (number | null)[] = [];
  records.records.forEach((rotation, k) => {
    const line = records.lines?.[k] ?? null;
    const person = byId.get(rotation.personId);
    if (person) {
      entries.push({ person, rotation });
      entryLines.push(line);
      return;
    }
    const unknown = issue(
      'rules.unknown_person',
      [],
      `person "${rotation.personId}" is not in ${persons.file}; expected the id of a person there`,
      `cán bộ "${rotation.personId}" không có trong ${persons.file}; cần mã của một cán bộ trong tệp đó`,
      rotation.personId,
    );
    const site = { file: records.file, line: line ?? 0, column: 'person_id' };
    issues.push({ ...siteIssue(unknown, site), file: records.file });
  });

  if (issues.length > 0 && mode === 'all_or_nothing') {
    return refuseChecks(io, lang, issues, format, asOf);
  }
  const check = evaluateRotationPlan(entries, asOf, { context: withUnits });
  const found: FoundViolation[] = check.results.flatMap((result, k) =>
    result.violations.map((violation) => ({
      subject: say(
        {
          vi: `Luân chuyển ${result.rotationId} (cán bộ ${result.personId})`,
          en: `Rotation ${result.rotationId} (person ${result.personId})`,
        },
        lang,
      ),
      violation,
      file: records.file,
      line: entryLines[k] ?? null,
    })),
  );
  if (format === 'json') {
    const doc = rulesJson({ asOf, checked: entries.length, found, issues, lang });
    io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    return rulesExitCode(found, issues);
  }
  writeLines(io.stdout, [
    say(
      {
        vi: `Kiểm tra ${entries.length} luân chuyển ngày ${formatDate(asOf, 'vi')}: ${check.rotationsWithErrors} luân chuyển có lỗi.`,
        en: `Checked ${entries.length} rotation(s) on ${asOf}: ${check.rotationsWithErrors} with errors.`,
      },
      lang,
    ),
    '',
    ...renderViolations(found, lang),
  ]);
  writeLines(io.stderr, renderIssues(issues, lang));
  return rulesExitCode(found, issues);
}
