import {
  checkReportedFigure,
  formatNumber,
  formatPercent,
  type IntRange,
  inferTargetInterval,
  parseLocaleNumber,
  parseReportedPercent,
  type toDecimal,
} from '@cadre/core';
import {
  choiceOption,
  nearBandOption,
  requiredOption,
  textOption,
} from '../../args/option-values.js';
import { issueMessage } from '../../issues/file-issue.js';
import { writeLines } from '../../run/io.js';
import { type Lang, say } from '../../run/text.js';
import { usageError } from '../../run/usage-error.js';
import { type CommandContext, EXIT } from '../command.js';

type Decimal = ReturnType<typeof toDecimal>;

const EXAMPLE = 'cadre reconcile --actual 430 --reported "đạt 238% KH"';

/**
 * Runs `cadre reconcile`: prints the whole-number targets that fit a reported percentage under
 * rounding, under truncation and under either; with `--target`, checks the stored target and
 * exits 1 when the phrase does not fit it.
 * @example
 * await runReconcile({ io, lang: 'vi', debug: false, values: { actual: '430', reported: 'đạt 238% KH' }, positionals: [] });
 */
export async function runReconcile({ io, lang, values }: CommandContext): Promise<number> {
  const locale = choiceOption(values, 'locale', ['vi', 'en'] as const, 'vi');
  const format = choiceOption(values, 'format', ['table', 'json'] as const, 'table');
  const actual = numberOption(requiredOption(values, 'actual', EXAMPLE), '--actual', locale);
  const reportedText = requiredOption(values, 'reported', EXAMPLE);
  const reported = parseReportedPercent(reportedText, ['--reported']);
  if (!reported.ok) {
    const first = reported.issues[0]!;
    throw usageError({ vi: `--reported: ${first.messageVi}`, en: `--reported: ${first.message}` });
  }
  const nearBand = nearBandOption(values) ?? 1;
  const targetText = textOption(values, 'target');
  const target = targetText === undefined ? null : numberOption(targetText, '--target', locale);
  if (actual.isNegative() && !actual.isZero()) {
    throw usageError({
      vi: `--actual: cần một số ≥ 0, nhận được "${formatNumber(actual, { locale })}"`,
      en: `--actual: expected a number ≥ 0, got "${formatNumber(actual, { locale })}"`,
    });
  }
  const interval = inferTargetInterval(actual, reported.value, { nearBand });
  const issues =
    target === null
      ? []
      : checkReportedFigure({ actual, target, reported: reported.value, nearBand });

  if (format === 'json') {
    const range = (r: IntRange | null) => (r === null ? null : { min: r.min, max: r.max });
    const doc = {
      actual: actual.toFixed(),
      reported: reported.value.raw,
      targets: {
        rounding: range(interval.rounding),
        truncation: range(interval.truncation),
        union: range(interval.union),
      },
      check:
        target === null
          ? null
          : {
              target: target.toFixed(),
              percent: target.isZero() ? null : actual.times(100).div(target).toFixed(),
              fits: issues.length === 0,
              issues: issues.map((i) => ({ code: i.code, message: issueMessage(i, lang) })),
            },
    };
    io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    return issues.length > 0 ? EXIT.dataIssues : EXIT.ok;
  }

  const show = (r: IntRange | null) => rangeText(r, lang);
  const lines = [
    say(
      {
        vi: `Thực hiện ${formatNumber(actual, { locale: 'vi' })}, báo cáo "${reported.value.raw}".`,
        en: `Actual ${formatNumber(actual, { locale: 'en' })}, reported "${reported.value.raw}".`,
      },
      lang,
    ),
    say({ vi: 'Các chỉ tiêu (số nguyên) khớp:', en: 'Whole-number targets that fit:' }, lang),
    `  ${say({ vi: 'nếu làm tròn  ', en: 'if rounded    ' }, lang)}${show(interval.rounding)}`,
    `  ${say({ vi: 'nếu cắt bớt   ', en: 'if truncated  ' }, lang)}${show(interval.truncation)}`,
    `  ${say({ vi: 'một trong hai ', en: 'either        ' }, lang)}${show(interval.union)}`,
  ];
  if (target !== null) {
    const exact = target.isZero()
      ? ''
      : ` (${say({ vi: 'tỷ lệ', en: 'ratio' }, lang)} ${formatPercent(actual.times(100).div(target), { locale: lang, decimals: 2 })})`;
    const stored = say(
      {
        vi: `Chỉ tiêu đã lưu ${formatNumber(target, { locale: 'vi' })}${exact}`,
        en: `Stored target ${formatNumber(target, { locale: 'en' })}${exact}`,
      },
      lang,
    );
    lines.push(
      issues.length === 0
        ? `${stored}: ${say({ vi: 'khớp với câu báo cáo.', en: 'fits the phrase.' }, lang)}`
        : `${stored}:`,
      ...issues.map((i) => `  - ${issueMessage(i, lang)} [${i.code}]`),
    );
  }
  writeLines(io.stdout, lines);
  return issues.length > 0 ? EXIT.dataIssues : EXIT.ok;
}

function numberOption(text: string, option: string, locale: 'vi' | 'en'): Decimal {
  const parsed = parseLocaleNumber(text, locale, [option]);
  if (parsed.ok) return parsed.value;
  const first = parsed.issues[0]!;
  throw usageError({ vi: `${option}: ${first.messageVi}`, en: `${option}: ${first.message}` }, [
    option,
  ]);
}

function rangeText(range: IntRange | null, lang: Lang): string {
  if (range === null) return say({ vi: 'không có', en: 'none' }, lang);
  const n = (v: number) => formatNumber(v, { locale: lang });
  if (range.max === null) return `≥ ${n(range.min)}`;
  return range.min === range.max ? n(range.min) : `${n(range.min)}–${n(range.max)}`;
}
