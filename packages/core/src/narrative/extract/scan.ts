// The working state of one extraction: the NFC text, the spans already read as something (so
// that a number inside a date, a reference or a percentage is never read again as an amount),
// and the sentences that statements may not cross.

/** Internal state of one `extractFigures` call; offsets are in the NFC text. */
export interface Scan {
  text: string;
  claims: [number, number][];
  sentences: [number, number][];
}

// A sentence ends at . ! ? ; followed by a space, a quote or the end; at "…" before a capital;
// at a blank line; and at a line break before a bullet or a heading (Markdown lists).
const BOUNDARY =
  /[.!?;](?=\s|$|["”’)\]])|…(?=\s*(?:\p{Lu}|$))|\n\s*\n|\n(?=[ \t]*(?:[•*+\-–][ \t]|\d+[.)][ \t]|#))/gu;

/**
 * Splits a text into sentences, each [start, end) with its end mark.
 * @example
 * sentencesOf('cử 30 người; cử 4 người.'); // [[0, 12], [12, 25]]
 */
export function sentencesOf(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m[0].startsWith('\n') ? m.index : m.index + m[0].length;
    if (end > start) out.push([start, end]);
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/**
 * Starts a scan over an NFC text.
 * @example
 * const scan = newScan('cử 30 người');
 */
export function newScan(text: string): Scan {
  return { text, claims: [], sentences: sentencesOf(text) };
}

/**
 * Whether [start, end) overlaps no span read so far.
 * @example
 * isFree(scan, 3, 5); // true until something claims offsets 3–4
 */
export function isFree(scan: Scan, start: number, end: number): boolean {
  return scan.claims.every(([s, e]) => e <= start || s >= end);
}

/**
 * Marks [start, end) as read.
 * @example
 * claim(scan, 3, 5);
 */
export function claim(scan: Scan, start: number, end: number): void {
  scan.claims.push([start, end]);
}

/**
 * The end of the sentence holding an offset.
 * @example
 * sentenceEnd(scan, 4); // 12 for 'cử 30 người; cử 4 người.'
 */
export function sentenceEnd(scan: Scan, offset: number): number {
  return scan.sentences.find(([s, e]) => offset >= s && offset < e)?.[1] ?? scan.text.length;
}

/**
 * The index of the sentence holding an offset (-1 outside every sentence).
 * @example
 * sentenceIndex(scan, 14); // 1
 */
export function sentenceIndex(scan: Scan, offset: number): number {
  return scan.sentences.findIndex(([s, e]) => offset >= s && offset < e);
}

/**
 * Every match of a global pattern whose span is still free, each claimed as it is taken.
 * @example
 * for (const m of takeFree(scan, /\d+%/gu)) …
 */
export function* takeFree(scan: Scan, pattern: RegExp): Generator<RegExpExecArray> {
  for (const m of scan.text.matchAll(pattern)) {
    const end = m.index + m[0].length;
    if (m[0].length === 0 || !isFree(scan, m.index, end)) continue;
    claim(scan, m.index, end);
    yield m as RegExpExecArray;
  }
}
