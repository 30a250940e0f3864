import { builtInRuleBook, listRulesInForce, type RulePackSummary } from '@cadre/core';
import { choiceOption, textOption } from '../../args/option-values.js';
import { resolveAsOf } from '../../dates/resolve-as-of.js';
import { formatDate } from '../../output/format-date.js';
import { writeLines } from '../../run/io.js';
import { type Lang, say } from '../../run/text.js';
import { type CommandContext, EXIT } from '../command.js';

/** JSON output of `cadre rules list`. */
export interface RulesListJson {
  as_of: string;
  kind: string | null;
  packs: RulePackSummary[];
}

/**
 * Runs `cadre rules list`: the rule packs in force at the review date, optionally of one kind,
 * each with its legal reference, dates and the items not yet verified against the text.
 * @example
 * await runRulesList({ io, lang: 'en', debug: false, values: { 'as-of': '2026-01-01' }, positionals: [] });
 */
export async function runRulesList({ io, lang, values }: CommandContext): Promise<number> {
  const format = choiceOption(values, 'format', ['table', 'json'] as const, 'table');
  const kind = textOption(values, 'kind');
  const { asOf } = resolveAsOf(values, io, lang);
  const { packs } = listRulesInForce(builtInRuleBook(), asOf, kind === undefined ? {} : { kind });
  if (format === 'json') {
    const doc: RulesListJson = { as_of: asOf, kind: kind ?? null, packs };
    io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    return EXIT.ok;
  }
  writeLines(io.stdout, renderRulesList(packs, asOf, kind, lang));
  return EXIT.ok;
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
