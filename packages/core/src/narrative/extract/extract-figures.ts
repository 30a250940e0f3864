import { normalizeWithOffsets } from '../grammar/normalized-text.js';
import { type AmountDraft, findAmounts, findVague, maskLabels } from './find-amounts.js';
import { findExceeds, findPercents, findTargets, type TargetDraft } from './find-percents.js';
import { findPeriods, maskDates } from './find-periods.js';
import { findReferences, findTitles } from './find-references.js';
import { findStatuses, statusFigure } from './find-statuses.js';
import { readNounPhrase } from './read-phrase.js';
import { newScan, type Scan, sentenceIndex } from './scan.js';
import { assignSubjects } from './subjects.js';
import type {
  DurationFigure,
  ExtractedExceed,
  ExtractedFigure,
  ExtractedPercent,
  ExtractedTarget,
  QuantityFigure,
  TextSpan,
  VagueFigure,
} from './types.js';

/**
 * Reads every quantified statement a Vietnamese review text makes, in text order:
 * - `quantity`: an amount ("cử 139", "hơn 3.000") with the noun phrase it counts, the verb
 *   before it, and the target ("trong tổng số chỉ tiêu 40"), percentage ("đạt gần 70% KH") or
 *   "vượt X%" (both readings, marked ambiguous) that follow it in its sentence;
 * - `percent`, `exceed`, `target`: one with no amount before it in its sentence;
 * - `vague`: "hàng trăm cán bộ", "nhiều ý kiến" — never a number;
 * - `duration` ("hơn 2 năm"), `period` ("giai đoạn 2007 – 2010", "từ ngày 22/6 đến 3/7/2020",
 *   tied to its programme when the text says which), `reference` ("106/QĐ-TTg");
 * - `not_started` ("chưa chọn cử …") and `not_met` ("… chưa đạt kế hoạch").
 * Numbers are read the vi-VN way ("6.666" is six thousand…); dates, times, document numbers and
 * labels ("Khóa 12", "Nghị quyết số 18", "năm 2019") are not amounts. Spans are offsets in the
 * text as given, even when it is not NFC; every `text` is NFC. The result is plain JSON.
 * @example
 * extractFigures('toàn tỉnh đã giảm được 6.666 biên chế, đạt gần 8,1%');
 * // [{ kind: 'quantity', verb: 'giảm được', noun: 'biên chế',
 * //    actual: { value: '6666', qualifier: 'exact', text: '6.666', span: [23, 28] },
 * //    percent: { value: '8.1', decimals: 1, qualifier: 'near', verb: 'đạt', … }, … }]
 */
export function extractFigures(text: string): ExtractedFigure[] {
  const normalized = normalizeWithOffsets(text);
  const scan = newScan(normalized.text);
  const references = findReferences(scan);
  const periods = findPeriods(scan);
  maskDates(scan);
  const statuses = findStatuses(scan);
  const exceeds = findExceeds(scan);
  const percents = findPercents(scan);
  const targets = findTargets(scan);
  const vague = findVague(scan);
  maskLabels(scan);
  const amounts = findAmounts(scan);
  assignSubjects(scan, periods, references, findTitles(scan));

  const figures: ExtractedFigure[] = [
    ...references,
    ...periods,
    ...statuses.map((s) => statusFigure(scan, s)),
    ...vague.flatMap((v) => vagueFigure(scan, v)),
    ...statements(scan, amounts, targets, percents, exceeds),
  ];
  figures.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  return figures.map((f) => withOriginalSpans(f, normalized.toOriginal));
}

function vagueFigure(scan: Scan, v: { quantifier: string; start: number; end: number }) {
  const noun = readNounPhrase(scan, v.end);
  if (noun === null) return [];
  const span: TextSpan = [v.start, noun.end];
  const figure: VagueFigure = {
    kind: 'vague',
    span,
    text: scan.text.slice(...span),
    numeric: false,
    quantifier: v.quantifier,
    noun: noun.text,
  };
  return [figure];
}

type Part =
  | { at: number; quantity: QuantityFigure }
  | { at: number; target: ExtractedTarget }
  | { at: number; percent: ExtractedPercent }
  | { at: number; exceed: ExtractedExceed };

/** Amounts become statements; a target, percentage or "vượt" joins the amount before it. */
function statements(
  scan: Scan,
  amounts: readonly AmountDraft[],
  targets: readonly TargetDraft[],
  percents: readonly ExtractedPercent[],
  exceeds: readonly ExtractedExceed[],
): ExtractedFigure[] {
  const out: ExtractedFigure[] = [];
  const parts: Part[] = [];
  for (const a of amounts) {
    const figure = amountFigure(scan, a);
    if (figure?.kind === 'duration') out.push(figure);
    else if (figure) parts.push({ at: a.amount.span[0], quantity: figure });
  }
  for (const { nounFrom, ...t } of targets) {
    const noun = readNounPhrase(scan, nounFrom);
    const target: ExtractedTarget = { ...t, noun: noun?.text ?? '' };
    if (noun) {
      target.span = [t.span[0], noun.end];
      target.text = scan.text.slice(t.span[0], noun.end);
    }
    parts.push({ at: t.span[0], target });
  }
  for (const p of percents) parts.push({ at: p.span[0], percent: p });
  for (const e of exceeds) parts.push({ at: e.span[0], exceed: e });
  parts.sort((a, b) => a.at - b.at);

  let last: QuantityFigure | null = null;
  let lastSentence = -1;
  for (const part of parts) {
    const sentence = sentenceIndex(scan, part.at);
    if (sentence !== lastSentence) last = null;
    lastSentence = sentence;
    if ('quantity' in part) {
      last = part.quantity;
      out.push(last);
    } else if ('target' in part) {
      if (last && !last.target && !last.percent) attach(scan, last, 'target', part.target);
      else
        out.push({
          kind: 'target',
          span: part.target.span,
          text: part.target.text,
          target: part.target,
        });
    } else if ('percent' in part) {
      if (last && !last.percent) attach(scan, last, 'percent', part.percent);
      else
        out.push({
          kind: 'percent',
          span: part.percent.span,
          text: part.percent.text,
          percent: part.percent,
        });
    } else if (last && !last.exceed) attach(scan, last, 'exceed', part.exceed);
    else
      out.push({
        kind: 'exceed',
        span: part.exceed.span,
        text: part.exceed.text,
        exceed: part.exceed,
      });
  }
  return out;
}

function attach<K extends 'target' | 'percent' | 'exceed'>(
  scan: Scan,
  figure: QuantityFigure,
  key: K,
  part: NonNullable<QuantityFigure[K]>,
): void {
  figure[key] = part;
  figure.span = [figure.span[0], Math.max(figure.span[1], part.span[1])];
  figure.text = scan.text.slice(...figure.span);
}

function amountFigure(scan: Scan, a: AmountDraft): QuantityFigure | DurationFigure | null {
  if (a.kind === 'duration') {
    const span: TextSpan = [a.amount.span[0], a.nounFrom];
    const unit = a.unit ?? '';
    return { kind: 'duration', span, text: scan.text.slice(...span), amount: a.amount, unit };
  }
  const noun = readNounPhrase(scan, a.nounFrom);
  // A bare year ("Đến 2021, …") is a date, not an amount.
  if (noun === null && /^(?:19|20|21)\d{2}$/.test(a.amount.text)) return null;
  const start = a.verbStart ?? a.amount.span[0];
  const end = noun?.end ?? a.amount.span[1];
  const figure: QuantityFigure = {
    kind: 'quantity',
    span: [start, end],
    text: scan.text.slice(start, end),
    actual: a.amount,
    noun: noun?.text ?? '',
  };
  if (a.verb !== undefined) figure.verb = a.verb;
  return figure;
}

/** Moves every `span` of a figure from the NFC text to the text as given. */
function withOriginalSpans<T>(value: T, toOriginal: (offset: number) => number): T {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'span' && Array.isArray(v)) out[key] = [toOriginal(v[0]), toOriginal(v[1])];
    else if (key === 'period' || key === 'ref') out[key] = v;
    else out[key] = withOriginalSpans(v, toOriginal);
  }
  return out as T;
}
