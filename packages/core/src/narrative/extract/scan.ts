import { type NumberToken, scanViNumbers } from '../grammar/vi-number.js';

// The working state of one extraction: the NFC text, the spans already read as something (so
// that a number inside a date, a reference or a percentage is never read again as an amount),
// and the sentences that statements may not cross.

/** Internal state of one `extractFigures` call; offsets are in the NFC text. */
export interface Scan {
  text: string;
  /** 1 where a character is already read as part of something. */
  claimed: Uint8Array;
  sentences: [number, number][];
  /** Every vi-VN number of the text, read once. */
  numbers?: NumberToken[];
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
  return { text, claimed: new Uint8Array(text.length), sentences: sentencesOf(text) };
}

/**
 * Whether [start, end) overlaps no span read so far.
 * @example
 * isFree(scan, 3, 5); // true until something claims offsets 3–4
 */
export function isFree(scan: Scan, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (scan.claimed[i] === 1) return false;
  return true;
}

/**
 * Marks [start, end) as read.
 * @example
 * claim(scan, 3, 5);
 */
export function claim(scan: Scan, start: number, end: number): void {
  scan.claimed.fill(1, start, end);
}

/**
 * The end of the sentence holding an offset.
 * @example
 * sentenceEnd(scan, 4); // 12 for 'cử 30 người; cử 4 người.'
 */
export function sentenceEnd(scan: Scan, offset: number): number {
  return scan.sentences[sentenceIndex(scan, offset)]?.[1] ?? scan.text.length;
}

/**
 * The index of the sentence holding an offset (-1 outside every sentence).
 * @example
 * sentenceIndex(scan, 14); // 1
 */
export function sentenceIndex(scan: Scan, offset: number): number {
  // Sentences are in order and do not overlap: search by halves.
  let lo = 0;
  let hi = scan.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = scan.sentences[mid] ?? [0, 0];
    if (offset < s) hi = mid - 1;
    else if (offset >= e) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Every match of a global pattern whose span is still free, each claimed as it is taken. With a
 * `trigger`, only sentences holding that text are searched: a cheap way past long documents.
 * @example
 * for (const m of takeFree(scan, /\d+%/gu, '%')) …
 */
export function* takeFree(
  scan: Scan,
  pattern: RegExp,
  trigger?: string,
): Generator<RegExpExecArray> {
  const windows = trigger === undefined ? [[0, scan.text.length]] : sentencesWith(scan, trigger);
  for (const [from = 0, to = 0] of windows) {
    // A window is searched on its own, so that a failed search never runs on to the text's end.
    const text = from === 0 && to === scan.text.length ? scan.text : scan.text.slice(from, to);
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const start = m.index + from;
      const end = start + m[0].length;
      if (m[0].length === 0 || !isFree(scan, start, end)) continue;
      claim(scan, start, end);
      m.index = start;
      yield m as RegExpExecArray;
    }
  }
}

function sentencesWith(scan: Scan, trigger: string): [number, number][] {
  const seen = new Set<number>();
  for (let i = scan.text.indexOf(trigger); i >= 0; i = scan.text.indexOf(trigger, i + 1)) {
    seen.add(sentenceIndex(scan, i));
  }
  return [...seen].flatMap((n) => {
    const s = scan.sentences[n];
    return s ? [s] : [];
  });
}

/**
 * Every vi-VN number of the text, read on first use and kept.
 * @example
 * numbersOf(newScan('cử 30 người')).map((n) => n.value); // ['30']
 */
export function numbersOf(scan: Scan): NumberToken[] {
  scan.numbers ??= scanViNumbers(scan.text);
  return scan.numbers;
}
