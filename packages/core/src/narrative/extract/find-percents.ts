import { PreciseDecimal } from '../../attainment/decimal-text.js';
import { readViNumber, VI_NUMBER_SOURCE } from '../grammar/vi-number.js';
import { alternation, PERCENT_QUALIFIERS, WB } from '../grammar/words.js';
import { type Scan, takeFree } from './scan.js';
import type {
  AmountQualifier,
  ExtractedExceed,
  ExtractedPercent,
  ExtractedTarget,
} from './types.js';

const QUALIFIER = alternation(PERCENT_QUALIFIERS);
const PLAN = 'chỉ\\s+tiêu|kế\\s+hoạch(?:\\s*\\(KH\\))?|KH';
const BASIS = `so\\s+với\\s+(?:năm\\s+\\d{4}|cùng\\s+kỳ(?:\\s+năm\\s+\\d{4})?|kế\\s+hoạch|chỉ\\s+tiêu|KH|\\d{4})|${PLAN}`;
const NUMBER = `(${VI_NUMBER_SOURCE})`;
const EXCEED = new RegExp(
  `${WB}vượt\\s+(?:(?:mức\\s+)?(${PLAN})\\s+)?(?:(${QUALIFIER})\\s+)?${NUMBER}\\s*%(?:\\s*(${BASIS})(?![\\p{L}\\p{M}]))?`,
  'giu',
);
const PERCENT = new RegExp(
  `(?:${WB}(đạt\\s+được|đạt|bằng|chiếm|tăng|giảm)\\s+)?(?:${WB}(${QUALIFIER})\\s+)?${NUMBER}\\s*%(?:\\s*(${BASIS})(?![\\p{L}\\p{M}]))?`,
  'giu',
);
const TARGET = new RegExp(
  `${WB}(?:(?:trong|trên)\\s+(?:tổng\\s+số\\s+)?(?:${PLAN})(?:\\s+(?:là|được\\s+giao|giao))?|(?:trong|trên)\\s+tổng\\s+số|chỉ\\s+tiêu(?:\\s+(?:là|được\\s+giao|giao))?)\\s+${NUMBER}`,
  'giu',
);

const QUALIFIERS: Record<string, AmountQualifier> = {
  gần: 'near',
  hơn: 'over',
  trên: 'over',
  khoảng: 'about',
  'xấp xỉ': 'about',
  dưới: 'under',
};

function lower(text: string | undefined): string | undefined {
  return text?.toLocaleLowerCase('vi').replace(/\s+/g, ' ');
}

function qualifierOf(word: string | undefined): AmountQualifier {
  return word === undefined ? 'exact' : (QUALIFIERS[lower(word) ?? ''] ?? 'exact');
}

/** "kế hoạch (KH)" → "kế hoạch", "kh" → "KH", "So với năm 2015" → "so với năm 2015". */
function basisOf(text: string | undefined): { basis?: string; basisYear?: number } {
  if (text === undefined) return {};
  const b = (lower(text) ?? '').replace(/\s*\(kh\)$/, '');
  const year = /(\d{4})$/.exec(b);
  return {
    basis: b === 'kh' ? 'KH' : b.replace(/ kh$/, ' KH'),
    ...(year && { basisYear: Number(year[1]) }),
  };
}

function decimalsOf(numberText: string): number {
  return numberText.split(',')[1]?.length ?? 0;
}

/**
 * Finds "vượt X%" and keeps both readings — 100 + X percent of plan, or X points over a target
 * rate — marked ambiguous: the text does not say which one it means.
 * @example
 * findExceeds(scan)[0].readings; // { percentOfPlan: '120', pointsOverTarget: '20' } for "vượt 20% KH"
 */
export function findExceeds(scan: Scan): ExtractedExceed[] {
  const out: ExtractedExceed[] = [];
  for (const m of takeFree(scan, EXCEED, '%')) {
    const by = readViNumber(m[3] ?? '');
    if (by === null) continue;
    const basis = basisOf(m[4] ?? m[1]).basis;
    out.push({
      by,
      decimals: decimalsOf(m[3] ?? ''),
      qualifier: qualifierOf(m[2]),
      ...(basis !== undefined && { basis }),
      readings: { percentOfPlan: new PreciseDecimal(by).plus(100).toFixed(), pointsOverTarget: by },
      ambiguous: true,
      text: m[0],
      span: [m.index, m.index + m[0].length],
    });
  }
  return out;
}

/**
 * Finds reported percentages with their verb, qualifier (gần / hơn / trên / khoảng / dưới) and
 * basis (chỉ tiêu / KH / kế hoạch / so với năm …): "đạt gần 70% KH", "bằng 285% kế hoạch (KH)".
 * @example
 * findPercents(scan)[0]; // { value: '70', qualifier: 'near', verb: 'đạt', basis: 'KH', … }
 */
export function findPercents(scan: Scan): ExtractedPercent[] {
  const out: ExtractedPercent[] = [];
  for (const m of takeFree(scan, PERCENT, '%')) {
    const value = readViNumber(m[3] ?? '');
    if (value === null) continue;
    const verb = lower(m[1]);
    out.push({
      value,
      decimals: decimalsOf(m[3] ?? ''),
      qualifier: qualifierOf(m[2]),
      ...(verb !== undefined && { verb }),
      ...basisOf(m[4]),
      text: m[0],
      span: [m.index, m.index + m[0].length],
    });
  }
  return out;
}

/** A stated target before its noun phrase is read. */
export interface TargetDraft extends Omit<ExtractedTarget, 'noun'> {
  nounFrom: number;
}

/**
 * Finds stated targets: "trong tổng số chỉ tiêu 40", "trên tổng số 40", "chỉ tiêu giao 40".
 * @example
 * findTargets(scan)[0].value; // '40'
 */
export function findTargets(scan: Scan): TargetDraft[] {
  const out: TargetDraft[] = [];
  for (const m of takeFree(scan, TARGET)) {
    const value = readViNumber(m[1] ?? '');
    if (value === null) continue;
    const end = m.index + m[0].length;
    out.push({ value, text: m[0], span: [m.index, end], nounFrom: end });
  }
  return out;
}
