import { scanViNumbers, VI_NUMBER_SOURCE } from '../grammar/vi-number.js';
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
import { claim, isFree, type Scan, takeFree } from './scan.js';
import type { ExtractedAmount } from './types.js';

const VAGUE = new RegExp(`${WB}(${alternation(VAGUE_QUANTIFIERS)})${WE}`, 'giu');
const NEXT_WORD = /\s+([\p{L}\p{M}]+)/uy;
// "Khóa 12", "Nghị quyết số 18", "kế hoạch số 04", "năm 2019": names, not amounts. "tổng số 40" is one.
const LABEL = new RegExp(
  `${WB}(?:(?<!tổng\\s+)số|(?:${alternation(LABEL_WORDS)})(?:\\s+số)?)\\s+(${VI_NUMBER_SOURCE})`,
  'giu',
);
const QUALIFIER_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}])(${alternation(Object.keys(AMOUNT_QUALIFIERS))})\\s+$`,
  'iu',
);
const VERB_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(${alternation(AMOUNT_VERBS)})\\s+$`, 'iu');
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
  for (const _ of takeFree(scan, LABEL));
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
  for (const n of scanViNumbers(text)) {
    if (!isFree(scan, n.start, n.end)) continue;
    const before = text.slice(Math.max(0, n.start - 24), n.start);
    const q = QUALIFIER_BEFORE.exec(before);
    const start =
      q && isFree(scan, n.start - q[0].length, n.start) ? n.start - q[0].length : n.start;
    const qualifierText = start < n.start ? q?.[1] : undefined;
    claim(scan, start, n.end);
    const amount: ExtractedAmount = {
      value: n.value,
      qualifier:
        qualifierText === undefined
          ? 'exact'
          : (AMOUNT_QUALIFIERS[qualifierText.toLocaleLowerCase('vi').replace(/\s+/g, ' ')] ??
            'exact'),
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
    const v = VERB_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
    if (v?.[1] !== undefined) {
      draft.verb = v[1].toLocaleLowerCase('vi').replace(/\s+/g, ' ');
      draft.verbStart = start - v[0].length;
    }
    out.push(draft);
  }
  return out;
}
