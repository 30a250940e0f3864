import { attr, xmlText } from './workbook-props.js';
import type { ZipPart } from './zip-parts.js';

// Built-in number formats that show dates (ECMA-376 §18.8.30), CJK date formats included.
const BUILTIN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/**
 * Whether a number format code shows a date: a y, m, d, h or s token outside quotes, brackets
 * and escapes ("dd/mm/yyyy", "[$-42A]d mmmm yyyy"), and not a plain number format.
 * @example
 * isDateFormat('dd/mm/yyyy'); // true
 * isDateFormat('#,##0.0'); // false
 */
export function isDateFormat(code: string): boolean {
  const bare = code
    .split(';')[0]!
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '');
  return /[ymdhs]/i.test(bare) && !/^[#0.,%\sE+-]*$/i.test(bare);
}

/**
 * Which cell style indexes (`s` of a cell) show dates, from `xl/styles.xml`.
 * @example
 * const dates = await dateStyles(parts); dates.has(3); // true when style 3 is "dd/mm/yyyy"
 */
export async function dateStyles(parts: Map<string, ZipPart>): Promise<Set<number>> {
  const entry = parts.get('xl/styles.xml');
  if (entry === undefined) return new Set();
  const xml = (await entry.buffer()).toString('utf8');
  const custom = new Map<number, string>();
  for (const [tag] of xml.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
    custom.set(Number(attr(tag, 'numFmtId')), xmlText(attr(tag, 'formatCode') ?? ''));
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  const out = new Set<number>();
  [...xfs.matchAll(/<(?:\w+:)?xf\b[^>]*>/g)].forEach(([tag], i) => {
    const id = Number(attr(tag, 'numFmtId') ?? 0);
    const code = custom.get(id);
    if (code === undefined ? BUILTIN_DATES.has(id) : isDateFormat(code)) out.add(i);
  });
  return out;
}
