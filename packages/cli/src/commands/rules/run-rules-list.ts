import {
  builtInRuleBook,
  findProgrammeRuleGaps,
  type Issue,
  listRulesInForce,
  type RuleBook,
  type RulePackSummary,
} from '@cadre/core';
import { choiceOption, textOption } from '../../args/option-values.js';
import { resolveAsOf } from '../../dates/resolve-as-of.js';
import { inputFile } from '../../files/input-file.js';
import { readProgrammeFile } from '../../files/read-programme-file.js';
import { type IssueJson, inFile, issueJson, renderIssues } from '../../issues/file-issue.js';
import { formatDate } from '../../output/format-date.js';
import { writeLines } from '../../run/io.js';
import { type Lang, say } from '../../run/text.js';
import { type CommandContext, EXIT } from '../command.js';

/** JSON output of `cadre rules list`. */
export interface RulesListJson {
  as_of: string;
  kind: string | null;
  packs: RulePackSummary[];
  /** With --programme: its code and period, and each stretch with no pack of a kind in force. */
  programme?: { code: string; start: string; end: string; kinds: string[]; gaps: IssueJson[] };
}

/**
 * Runs `cadre rules list`: the rule packs in force at the review date, optionally of one kind,
 * each with its legal reference, dates and the items not yet verified against the text. With
 * `--programme FILE`, also each stretch of the programme's period where a kind (the one given,
 * else every kind in the book) has no pack in force; exit 1 when there is one.
 * @example
 * await runRulesList({ io, lang: 'en', debug: false, values: { 'as-of': '2026-01-01' }, positionals: [] });
 */
export async function runRulesList({ io, lang, values }: CommandContext): Promise<number> {
  const format = choiceOption(values, 'format', ['table', 'json'] as const, 'table');
  const kind = textOption(values, 'kind');
  const programmeName = textOption(values, 'programme');
  const programmePath =
    programmeName === undefined ? undefined : inputFile(programmeName, io.cwd, '--programme');
  const { asOf } = resolveAsOf(values, io, lang);
  const book = builtInRuleBook();
  const { packs } = listRulesInForce(book, asOf, kind === undefined ? {} : { kind });
  const span = programmePath === undefined ? undefined : programmeGaps(book, programmePath, kind);
  if (span && !span.ok) {
    writeLines(io.stderr, renderIssues(inFile(span.issues, span.file), lang));
    return EXIT.dataIssues;
  }
  if (format === 'json') {
    const doc: RulesListJson = { as_of: asOf, kind: kind ?? null, packs };
    if (span) {
      const gaps = inFile(span.issues, span.file).map((i) => issueJson(i, lang));
      doc.programme = { ...span.programme, kinds: span.kinds, gaps };
    }
    io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    writeLines(io.stdout, renderRulesList(packs, asOf, kind, lang));
    if (span) writeLines(io.stdout, renderGaps(span, lang));
  }
  return span && span.issues.length > 0 ? EXIT.dataIssues : EXIT.ok;
}

/** The gaps over a programme's period, or the issues of a programme file that is not valid. */
type ProgrammeGaps =
  | { ok: false; file: string; issues: Issue[] }
  | {
      ok: true;
      file: string;
      programme: { code: string; start: string; end: string };
      kinds: string[];
      issues: Issue[];
    };

function programmeGaps(book: RuleBook, path: string, kind: string | undefined): ProgrammeGaps {
  const read = readProgrammeFile(path);
  const p = read.programme;
  if (p === null) return { ok: false, file: read.file, issues: read.issues };
  // Without --kind, every kind the book holds a pack of: each is a rule the figures may meet.
  const kinds = kind === undefined ? [...new Set(book.packs().map((x) => x.kind))].sort() : [kind];
  return {
    ok: true,
    file: read.file,
    programme: { code: p.code, start: p.period.start, end: p.period.end },
    kinds,
    issues: findProgrammeRuleGaps(book, p, kinds),
  };
}

function renderGaps(span: Extract<ProgrammeGaps, { ok: true }>, lang: Lang): string[] {
  const { code, start, end } = span.programme;
  const period =
    lang === 'vi' ? `${formatDate(start, 'vi')} – ${formatDate(end, 'vi')}` : `${start} – ${end}`;
  const head = say(
    {
      vi: `Chương trình ${code} (${period}): ${span.issues.length} khoảng thời gian không có quy định có hiệu lực`,
      en: `Programme ${code} (${period}): ${span.issues.length} stretch(es) with no rule in force`,
    },
    lang,
  );
  return [
    '',
    head,
    ...span.issues.map((g) => {
      const { kind, from, to } = g.input as { kind: string; from: string; to: string };
      const dates =
        lang === 'vi' ? `${formatDate(from, 'vi')} – ${formatDate(to, 'vi')}` : `${from} – ${to}`;
      return `  - ${kind}: ${dates} [${g.code}]`;
    }),
  ];
}

/**
 * The packs as text: one block per pack, unverified items marked as such.
 * @example
 * renderRulesList(packs, '2026-01-01', undefined, 'vi')[0]; // 'Quy định có hiệu lực ngày 01/01/2026: 11 gói'
 */
export function renderRulesList(
  packs: readonly RulePackSummary[],
  asOf: string,
  kind: string | undefined,
  lang: Lang,
): string[] {
  const of = kind === undefined ? '' : say({ vi: ` loại ${kind}`, en: ` of kind ${kind}` }, lang);
  if (packs.length === 0) {
    return [
      say(
        {
          vi: `Không có quy định${of} nào có hiệu lực ngày ${formatDate(asOf, 'vi')}.`,
          en: `No rule${of} is in force on ${asOf}.`,
        },
        lang,
      ),
    ];
  }
  const lines = [
    say(
      {
        vi: `Quy định${of} có hiệu lực ngày ${formatDate(asOf, 'vi')}: ${packs.length} gói`,
        en: `Rules${of} in force on ${asOf}: ${packs.length} pack(s)`,
      },
      lang,
    ),
  ];
  for (const p of packs) {
    const until =
      p.effectiveTo === null
        ? say({ vi: 'nay', en: 'open-ended' }, lang)
        : lang === 'vi'
          ? formatDate(p.effectiveTo, 'vi')
          : p.effectiveTo;
    const from = lang === 'vi' ? formatDate(p.effectiveFrom, 'vi') : p.effectiveFrom;
    lines.push(
      '',
      `${p.kind} — ${p.title?.[lang] ?? p.id}`,
      say({ vi: `  Căn cứ: ${p.reference}`, en: `  Under: ${p.reference}` }, lang),
      say({ vi: `  Hiệu lực: ${from} – ${until}`, en: `  In force: ${from} – ${until}` }, lang),
      say(
        { vi: `  Mã gói: ${p.id} (phạm vi ${p.scope})`, en: `  Pack: ${p.id} (scope ${p.scope})` },
        lang,
      ),
      p.verify.length === 0
        ? say({ vi: '  Đã đối chiếu văn bản', en: '  Checked against the text' }, lang)
        : say(
            {
              vi: `  CHƯA ĐỐI CHIẾU văn bản: ${p.verify.join(', ')}`,
              en: `  UNVERIFIED against the text: ${p.verify.join(', ')}`,
            },
            lang,
          ),
    );
  }
  return lines;
}
