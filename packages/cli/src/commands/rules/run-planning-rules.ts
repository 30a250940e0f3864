import {
  evaluatePlanningPool,
  formatNumber,
  formatPercent,
  formatRuleReference,
  issue,
  orgLevelLabel,
  type PlanningEntry,
  type PlanningPoolCheck,
  toDecimal,
} from '@cadre/core';
import { readPersonsCsv, siteIssue } from '@cadre/csv';
import { csvOptions } from '../../args/common-options.js';
import { choiceOption, requiredOption, textOption } from '../../args/option-values.js';
import { resolveAsOf } from '../../dates/resolve-as-of.js';
import { inputFile } from '../../files/input-file.js';
import { type FileIssue, inFile, issueMessage } from '../../issues/file-issue.js';
import { loadOrgUnits } from '../../org-units/load-org-units.js';
import { formatDate } from '../../output/format-date.js';
import { writeLines } from '../../run/io.js';
import { type Lang, say } from '../../run/text.js';
import { usageError } from '../../run/usage-error.js';
import { type CommandContext, EXIT } from '../command.js';
import {
  type FoundViolation,
  refuseChecks,
  renderIssues,
  renderViolations,
  rulesExitCode,
  rulesJson,
} from './render-violations.js';

const EXAMPLE = 'cadre rules planning --pool pool.csv --as-of 2023-06-01 --level province';

/**
 * Runs `cadre rules planning`: turns each person's planned posts into pool entries, checks the
 * pool against the planning pack in force at the review date and prints its figures (young and
 * women shares, persons per post, posts per person, time left), the violations with their legal
 * references and the counts per code.
 * @example
 * await runPlanningRules({ io, lang: 'vi', debug: false, values: { pool: 'pool.csv', 'as-of': '2023-06-01' }, positionals: [] });
 */
export async function runPlanningRules({ io, lang, values }: CommandContext): Promise<number> {
  const { locale, mode, geography } = csvOptions(values);
  const format = choiceOption(values, 'format', ['table', 'json'] as const, 'table');
  const pool = inputFile(requiredOption(values, 'pool', EXAMPLE), io.cwd, '--pool');
  const level = textOption(values, 'level') ?? 'province';
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
  const persons = await readPersonsCsv(pool, {
    ...(units.index && { orgUnits: units.index }),
    asOf,
    locale,
    mode,
  });
  const issues: FileIssue[] = [...units.issues, ...inFile(persons.summary.issues, persons.file)];
  const entries: PlanningEntry[] = [];
  const entryLines: (number | null)[] = [];
  persons.records.forEach((person, k) => {
    const line = persons.lines?.[k] ?? null;
    for (const post of person.plannedPosts) {
      entries.push({ person, post });
      entryLines.push(line);
    }
    if (person.plannedPosts.length > 0) return;
    const none = issue(
      'rules.no_planned_post',
      [],
      `person "${person.id}" has no planned post; expected posts in planned_posts, separated by |`,
      `cán bộ "${person.id}" chưa có chức danh quy hoạch; cần ghi chức danh ở cột planned_posts, cách nhau bởi |`,
      person.id,
    );
    const site = { file: persons.file, line: line ?? 0, column: 'planned_posts' };
    issues.push({ ...siteIssue(none, site), file: persons.file });
  });
  if (issues.length > 0 && mode === 'all_or_nothing')
    return refuseChecks(io, lang, issues, format, asOf);

  const checked = evaluatePlanningPool({ entries, asOf, level });
  if (!checked.ok) {
    const first = checked.issues[0]!;
    // No youth threshold for --level: the argument is at fault (2). No pack in force at --as-of:
    // the command was well formed, but there is no rule to check against on that date (1).
    if (first.code !== 'rules.no_pack_in_force')
      throw usageError({ vi: issueMessage(first, 'vi'), en: issueMessage(first, 'en') });
    writeLines(io.stderr, [issueMessage(first, lang)]);
    return EXIT.dataIssues;
  }
  const check = checked.value;
  const found: FoundViolation[] = check.violations.map((violation) => {
    const at = violation.path[0] === 'entries' ? violation.path[1] : undefined;
    const line = typeof at === 'number' ? (entryLines[at] ?? null) : null;
    const entry = typeof at === 'number' ? entries[at] : undefined;
    // A violation about a post (too many persons) is filed under the post, others under the person.
    const subject = !entry
      ? { vi: 'Cả danh sách', en: 'The whole pool' }
      : violation.path[2] === 'post'
        ? { vi: `Chức danh ${entry.post}`, en: `Post ${entry.post}` }
        : { vi: `Cán bộ ${entry.person.id}`, en: `Person ${entry.person.id}` };
    return {
      subject: say(subject, lang),
      violation,
      file: line === null ? null : persons.file,
      line,
    };
  });
  if (format === 'json') {
    const doc = {
      ...rulesJson({ asOf, checked: entries.length, found, issues, lang }),
      pack: { id: check.pack.id, reference: formatRuleReference(check.pack.reference) },
      figures: figuresJson(check),
    };
    io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    return rulesExitCode(found, issues);
  }
  writeLines(io.stdout, [
    ...figureLines(check, level, asOf, lang),
    '',
    ...renderViolations(found, lang),
  ]);
  writeLines(io.stderr, renderIssues(issues, lang));
  return rulesExitCode(found, issues);
}

function figuresJson(check: PlanningPoolCheck) {
  const f = check.figures;
  return {
    persons: f.persons,
    posts: f.posts,
    entries: f.entries,
    youth_age: f.youthAge,
    young: f.young,
    young_share: f.youngShare?.toFixed() ?? null,
    women: f.women,
    women_share: f.womenShare?.toFixed() ?? null,
    max_persons_per_post: f.maxPersonsPerPost,
    max_posts_per_person: f.maxPostsPerPerson,
    time_left_short: f.timeLeftShort,
  };
}

function figureLines(check: PlanningPoolCheck, level: string, asOf: string, lang: Lang): string[] {
  const { figures: f, pack } = check;
  const p = pack.params;
  const n = (v: number) => formatNumber(v, { locale: lang });
  const share = (count: number, s: typeof f.youngShare) =>
    s === null
      ? `${n(count)}/${n(f.persons)}`
      : `${n(count)}/${n(f.persons)} (${formatPercent(s.times(100), { locale: lang })})`;
  const min = (s: string) => formatPercent(toDecimal(s).times(100), { locale: lang });
  const reference = formatRuleReference(pack.reference);
  return [
    say(
      {
        vi: `Danh sách quy hoạch cấp ${orgLevelLabel(level, 'vi')} ngày ${formatDate(asOf, 'vi')} — căn cứ ${reference}`,
        en: `Succession pool, ${orgLevelLabel(level, 'en')} level, on ${asOf} — under ${reference}`,
      },
      lang,
    ),
    say(
      {
        vi: `  Số cán bộ: ${n(f.persons)}; số chức danh: ${n(f.posts)}; số lượt quy hoạch: ${n(f.entries)}`,
        en: `  Persons: ${n(f.persons)}; posts: ${n(f.posts)}; entries: ${n(f.entries)}`,
      },
      lang,
    ),
    f.youthAge === null || f.young === null || p.youngMinShare === null
      ? say(
          {
            vi: `  Cán bộ trẻ: ${reference} không quy định tỷ lệ tối thiểu`,
            en: `  Young cadres: ${reference} sets no minimum share`,
          },
          lang,
        )
      : say(
          {
            vi: `  Cán bộ trẻ (dưới ${f.youthAge} tuổi): ${share(f.young, f.youngShare)}; cần ít nhất ${min(p.youngMinShare)}`,
            en: `  Young (under ${f.youthAge}): ${share(f.young, f.youngShare)}; at least ${min(p.youngMinShare)} required`,
          },
          lang,
        ),
    p.womenMinShare === null
      ? say(
          {
            vi: `  Cán bộ nữ: ${share(f.women, f.womenShare)}; ${reference} không quy định tỷ lệ tối thiểu`,
            en: `  Women: ${share(f.women, f.womenShare)}; ${reference} sets no minimum share`,
          },
          lang,
        )
      : say(
          {
            vi: `  Cán bộ nữ: ${share(f.women, f.womenShare)}; cần ít nhất ${min(p.womenMinShare)}`,
            en: `  Women: ${share(f.women, f.womenShare)}; at least ${min(p.womenMinShare)} required`,
          },
          lang,
        ),
    say(
      {
        vi: `  Nhiều nhất ${n(f.maxPersonsPerPost)} người cho một chức danh (tối đa ${n(p.maxPersonsPerPost)}), ${n(f.maxPostsPerPerson)} chức danh cho một người (tối đa ${n(p.maxPostsPerPerson)})`,
        en: `  At most ${n(f.maxPersonsPerPost)} person(s) per post (limit ${n(p.maxPersonsPerPost)}), ${n(f.maxPostsPerPerson)} post(s) per person (limit ${n(p.maxPostsPerPerson)})`,
      },
      lang,
    ),
    say(
      {
        vi: `  Không đủ thời gian công tác trọn một nhiệm kỳ: ${n(f.timeLeftShort)} người`,
        en: `  Less than a full term of working time left: ${n(f.timeLeftShort)}`,
      },
      lang,
    ),
  ];
}
