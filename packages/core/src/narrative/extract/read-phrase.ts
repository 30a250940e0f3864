import {
  CONTAINER_HEADS,
  LIST_CONTINUATIONS,
  NOUN_STOP_PAIRS,
  NOUN_STOPS,
  TRAINING_VERBS,
} from '../grammar/words.js';
import { isFree, type Scan, sentenceEnd, sentenceIndex } from './scan.js';

/** A piece of the NFC text. */
export interface Piece {
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{M}°]+/uy;
const SPACES = /[ \t\u00a0]*(?:\n[ \t\u00a0]*)?/uy;
const MAX_WORDS = 16;

function wordAt(scan: Scan, pos: number, limit: number): string | null {
  WORD.lastIndex = pos;
  const m = WORD.exec(scan.text);
  if (!m || pos + m[0].length > limit) return null;
  return m[0];
}

function skipSpaces(scan: Scan, pos: number): number {
  SPACES.lastIndex = pos;
  return pos + (SPACES.exec(scan.text)?.[0].length ?? 0);
}

/** The next two words from `pos`, lower case, joined by one space. */
function lookAhead(scan: Scan, pos: number, limit: number): string[] {
  const out: string[] = [];
  let p = pos;
  for (let k = 0; k < 3; k += 1) {
    const w = wordAt(scan, p, limit);
    if (w === null) break;
    out.push(w);
    p = skipSpaces(scan, p + w.length);
  }
  return out;
}

/** Whether the words after a comma or "và" carry the phrase on (a list word or a capital). */
function continuesList(next: string[]): boolean {
  const first = next[0];
  if (first === undefined) return false;
  if (/^\p{Lu}/u.test(first)) return true;
  const lower = next.join(' ').toLocaleLowerCase('vi');
  return LIST_CONTINUATIONS.some((w) => lower === w || lower.startsWith(`${w} `));
}

function stopsAt(word: string, next: string[], taken: string[]): boolean {
  const w = word.toLocaleLowerCase('vi');
  const pair = `${w} ${(next[1] ?? '').toLocaleLowerCase('vi')}`;
  if (w === 'và') return !continuesList(next.slice(1));
  if (NOUN_STOPS.has(w) || NOUN_STOP_PAIRS.has(pair)) return true;
  if (!TRAINING_VERBS.has(pair)) return false;
  // "2 lớp bồi dưỡng …" is a class of training; "30 công chức đào tạo …" is people being trained.
  const head = taken.slice(0, 2).join(' ').toLocaleLowerCase('vi');
  return !(
    CONTAINER_HEADS.has(taken[0]?.toLocaleLowerCase('vi') ?? '') || CONTAINER_HEADS.has(head)
  );
}

/**
 * Reads the noun phrase an amount counts, from `from` to the first verb, preposition or
 * punctuation: "cán bộ lãnh đạo, quản lý trẻ" out of "173 cán bộ lãnh đạo, quản lý trẻ đi đào
 * tạo". A comma or "và" continues the phrase before a list word or a capital; " - " joins
 * ("chính trị - hành chính"); a unit glued by "/" is read ("/lượng"). Null when no noun follows.
 * @example
 * readNounPhrase(scan, 4); // { text: 'công chức, viên chức', … } in 'cử 30 công chức, viên chức đào tạo'
 */
export function readNounPhrase(scan: Scan, from: number): Piece | null {
  const { text } = scan;
  const limit = sentenceEnd(scan, from);
  let pos = skipSpaces(scan, from);
  const start = text[pos] === '/' && wordAt(scan, pos + 1, limit) ? pos++ : pos;
  let end = -1;
  const taken: string[] = [];
  while (taken.length < MAX_WORDS) {
    const word = wordAt(scan, pos, limit);
    if (word === null || !isFree(scan, pos, pos + word.length)) break;
    if (stopsAt(word, lookAhead(scan, pos, limit), taken)) break;
    taken.push(word);
    end = pos + word.length;
    const after = skipSpaces(scan, end);
    if (after > end && wordAt(scan, after, limit)) {
      pos = after;
      continue;
    }
    const joint = /^(?:,[ \t]+|[ \t]+[-–][ \t]+)/u.exec(text.slice(end, end + 4));
    if (!joint) break;
    const next = end + joint[0].length;
    if (joint[0].startsWith(',') && !continuesList(lookAhead(scan, next, limit))) break;
    if (!wordAt(scan, next, limit)) break;
    pos = next;
  }
  if (end < 0) return null;
  return { start, end, text: text.slice(start, end) };
}

/**
 * Reads a clause from `from` to the next punctuation, after an optional colon: what a "chưa …"
 * statement says was not done. A comma continues it before a list word or a capital.
 * @example
 * readClause(scan, 12); // 'cán bộ lãnh đạo, quản lý trẻ đi đào tạo trình độ tiến sỹ'
 */
export function readClause(scan: Scan, from: number): Piece | null {
  const { text } = scan;
  const limit = sentenceEnd(scan, from);
  let pos = skipSpaces(scan, from);
  if (text[pos] === ':') pos = skipSpaces(scan, pos + 1);
  const start = pos;
  let end = -1;
  while (pos < limit) {
    const m = /[^,;.:!?()“”"\n]+/uy;
    m.lastIndex = pos;
    const run = m.exec(text);
    if (!run) break;
    end = Math.min(pos + run[0].trimEnd().length, limit);
    pos += run[0].length;
    if (text[pos] !== ',' || !continuesList(lookAhead(scan, skipSpaces(scan, pos + 1), limit))) {
      break;
    }
    pos = skipSpaces(scan, pos + 1);
  }
  if (end <= start) return null;
  return { start, end, text: text.slice(start, end) };
}

/**
 * The clause before `at`, back to the last comma, semicolon, colon or sentence start: what a
 * "chưa đạt kế hoạch" is said of.
 * @example
 * clauseBefore(scan, 42); // 'công tác đào tạo một số lĩnh vực'
 */
export function clauseBefore(scan: Scan, at: number): Piece | null {
  const sentence = scan.sentences[sentenceIndex(scan, at)];
  const from = sentence?.[0] ?? 0;
  const head = scan.text.slice(from, at);
  const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'));
  const raw = head.slice(cut + 1);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (body === '') return null;
  const start = from + cut + 1 + lead;
  return { start, end: start + body.length, text: body };
}
