import { legalRefSymbol, parseLegalRef } from '../../programmes/legal-ref.js';
import { alternation, DOCUMENT_WORDS, WB, WE } from '../grammar/words.js';
import { claim, isFree, type Scan, sentenceIndex } from './scan.js';
import type { ReferenceFigure } from './types.js';

// Symbols as parseLegalRef reads them: state "106/QĐ-TTg", "135/2020/NĐ-CP"; party "12-CTr/TU";
// legislative "80/2025/QH15". Case matters here: the type and issuer are capitalised.
const SYMBOL =
  /(?<![\p{L}\p{M}\p{N}/])(?:\d+[a-z]?(?:\/\d{4})?\/\p{Lu}\p{L}*-[\p{L}\d]+(?:-[\p{L}\d]+)*|\d+[a-z]?-\p{Lu}\p{L}*\/[\p{L}\d]+(?:-[\p{L}\d]+)*|\d+\/\d{4}\/(?:UBTV)?QH\d+)(?![\p{L}\p{M}\p{N}])/gu;
const KINDS = alternation([
  'chương trình hành động',
  'chương trình',
  'quyết định',
  'quy định',
  'nghị quyết',
  'nghị định',
  'chỉ thị',
  'thông tư liên tịch',
  'thông tư',
  'kế hoạch',
  'đề án',
  'hướng dẫn',
  'kết luận',
  'luật',
]);
const LEAD = new RegExp(`${WB}(?:(?:${KINDS})\\s+)?(?:số\\s+)?$`, 'iu');
const DATED =
  /,?\s*ngày\s+(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})(?![\p{N}])/iuy;

/**
 * Finds document references ("Chương trình số 12-CTr/TU ngày 9/5/2016", "106/QĐ-TTg") and reads
 * each through `parseLegalRef`; the kind word, "số" and the date are part of the span.
 * @example
 * findReferences(scan)[0].symbol; // '494/QĐ-BNV'
 */
export function findReferences(scan: Scan): ReferenceFigure[] {
  const out: ReferenceFigure[] = [];
  const { text } = scan;
  for (const m of text.matchAll(SYMBOL)) {
    const lead = LEAD.exec(text.slice(Math.max(0, m.index - 40), m.index));
    let start = m.index - (lead?.[0].length ?? 0);
    let end = m.index + m[0].length;
    DATED.lastIndex = end;
    const dated = DATED.exec(text);
    if (dated) end += dated[0].length;
    let parsed = parseLegalRef(text.slice(start, end));
    if (!parsed.ok) {
      // The words around may not be a reference's; the symbol alone may still be one.
      start = m.index;
      end = m.index + m[0].length;
      parsed = parseLegalRef(m[0]);
    }
    if (!parsed.ok || !isFree(scan, start, end)) continue;
    claim(scan, start, end);
    const span: [number, number] = [start, end];
    out.push({
      kind: 'reference',
      span,
      text: text.slice(start, end),
      ref: parsed.value,
      symbol: legalRefSymbol(parsed.value),
    });
  }
  return out;
}

/** A quoted programme title: “Nâng cao chất lượng … giai đoạn 2016 - 2020”. */
export interface TitleAnchor {
  /** Inside the quotes. */
  start: number;
  end: number;
  key: string;
  sentence: number;
}

const QUOTED = /[“"]([^”"\n]{3,400})[”"]/gu;
const DOCUMENT = new RegExp(`${WB}(?:${alternation(DOCUMENT_WORDS)})${WE}`, 'iu');
const PERIOD_IN_TITLE = /(?:(?:giai đoạn|nhiệm kỳ|thời kỳ)\s+)?\d{4}\s*[-–—−]\s*\d{4}/giu;

/**
 * A title's identity: lower case, without its period, punctuation folded to single spaces.
 * @example
 * titleKey('Nâng cao chất lượng … giai đoạn 2016 - 2020'); // 'nâng cao chất lượng'
 */
export function titleKey(title: string): string {
  return title
    .replace(PERIOD_IN_TITLE, ' ')
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Quoted titles that a document word ("Đề án", "Chương trình"…) introduces within the 80
 * characters before them, in the same sentence.
 * @example
 * findTitles(scan)[0].key; // 'nâng cao chất lượng hoạt động của chính quyền cơ sở'
 */
export function findTitles(scan: Scan): TitleAnchor[] {
  const out: TitleAnchor[] = [];
  for (const m of scan.text.matchAll(QUOTED)) {
    const sentence = sentenceIndex(scan, m.index);
    const from = Math.max(scan.sentences[sentence]?.[0] ?? 0, m.index - 80);
    if (!DOCUMENT.test(scan.text.slice(from, m.index))) continue;
    const body = m[1] ?? '';
    const key = titleKey(body);
    if (key === '') continue;
    out.push({ start: m.index + 1, end: m.index + 1 + body.length, key, sentence });
  }
  return out;
}
