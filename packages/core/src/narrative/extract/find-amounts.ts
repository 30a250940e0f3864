import {
  AMOUNT_QUALIFIERS,
  AMOUNT_VERBS,
  alternation,
  DURATION_UNITS,
  LABEL_WORDS,
  NOUN_STOPS,
  VAGUE_QUANTIFIERS,
  WB,
  WE,
} from '../grammar/words.js';
import { claim, isFree, numbersOf, type Scan } from './scan.js';
import type { ExtractedAmount } from './types.js';
import { phraseBefore, wordsBefore } from './words-before.js';

const VAGUE = new RegExp(`${WB}(${alternation(VAGUE_QUANTIFIERS)})${WE}`, 'giu');
const NEXT_WORD = /\s+([\p{L}\p{M}]+)/uy;
const LABELS = new Set(LABEL_WORDS);
const QUALIFIERS = new Set(Object.keys(AMOUNT_QUALIFIERS));
const VERBS = new Set(AMOUNT_VERBS);
const DURATION_AFTER = new RegExp(`^\\s*(${alternation(DURATION_UNITS)})${WE}`, 'iu');

/** A vague quantity before its noun phrase is read. */
export interface VagueDraft {
  quantifier: string;
  start: number;
  end: number;
}

/**
 * Finds vague quantity words followed by a noun ("hàng trăm cán bộ", "nhiều ý kiến"): they are
 * never turned into numbers.
 * @example
 * findVague(scan)[0].quantifier; // 'hàng trăm'
 */
export function findVague(scan: Scan): VagueDraft[] {
  const out: VagueDraft[] = [];
  for (const m of scan.text.matchAll(VAGUE)) {
    const end = m.index + m[0].length;
    NEXT_WORD.lastIndex = end;
    const next = NEXT_WORD.exec(scan.text)?.[1]?.toLocaleLowerCase('vi');
    // "nhiều hơn", "một số" before a number: not a quantity of something.
    if (next === undefined || NOUN_STOPS.has(next) || !isFree(scan, m.index, end)) continue;
    claim(scan, m.index, end);
    out.push({
      quantifier: m[0].toLocaleLowerCase('vi').replace(/\s+/g, ' '),
      start: m.index,
      end,
    });
  }
  return out;
}

/**
 * Claims numbers that name something rather than count it: "Khóa 12", "Nghị quyết số 18",
 * "Chương trình số 12", "năm 2019".
 * @example
 * maskLabels(scan); // "Trung ương 4 (Khóa 11, Khóa 12)" yields no amount
 */
export function maskLabels(scan: Scan): void {
  for (const n of numbersOf(scan)) {
    if (!isFree(scan, n.start, n.end)) continue;
    const label = phraseBefore(scan.text, n.start, LABELS, 3);
    // "số 12", "kế hoạch số 04" name a number; "tổng số 40" counts.
    const { words, starts } = wordsBefore(scan.text, n.start, 2);
    const so = words.at(-1) === 'số' && words.at(-2) !== 'tổng' ? starts.at(-1) : undefined;
    const from = label?.start ?? so;
    if (from !== undefined) claim(scan, from, n.end);
  }
}

/** An amount before its noun phrase is read. */
export interface AmountDraft {
  kind: 'quantity' | 'duration';
  amount: ExtractedAmount;
  verb?: string;
  verbStart?: number;
  /** Duration unit. */
  unit?: string;
  /** Where its noun phrase starts. */
  nounFrom: number;
}

/**
 * Every number still unread is an amount: with the qualifier in front of it ("hơn 3.000"),
 * the verb in front of that ("cử", "giảm được"), and a duration when a unit of time follows
 * ("hơn 2 năm").
 * @example
 * findAmounts(scan)[0].amount; // { value: '3000', qualifier: 'over', qualifierText: 'hơn', … }
 */
export function findAmounts(scan: Scan): AmountDraft[] {
  const out: AmountDraft[] = [];
  const { text } = scan;
  for (const n of numbersOf(scan)) {
    if (!isFree(scan, n.start, n.end)) continue;
    const q = phraseBefore(text, n.start, QUALIFIERS, 2);
    const start = q && isFree(scan, q.start, n.start) ? q.start : n.start;
    const qualifierText = start < n.start ? text.slice(start, n.start).trimEnd() : undefined;
    claim(scan, start, n.end);
    const amount: ExtractedAmount = {
      value: n.value,
      qualifier:
        qualifierText === undefined ? 'exact' : (AMOUNT_QUALIFIERS[q?.phrase ?? ''] ?? 'exact'),
      ...(qualifierText !== undefined && { qualifierText }),
      text: text.slice(start, n.end),
      span: [start, n.end],
    };
    const unit = DURATION_AFTER.exec(text.slice(n.end, n.end + 12));
    if (unit) {
      const unitWord = (unit[1] ?? '').toLocaleLowerCase('vi');
      out.push({ kind: 'duration', amount, unit: unitWord, nounFrom: n.end + unit[0].length });
      continue;
    }
    const draft: AmountDraft = { kind: 'quantity', amount, nounFrom: n.end };
    const v = phraseBefore(text, start, VERBS, 2);
    if (v) {
      draft.verb = v.phrase;
      draft.verbStart = v.start;
    }
    out.push(draft);
  }
  return out;
}
