import { parseLocaleNumber } from '../../format/format-number.js';

// The shape of a number as the vi-VN formatter writes it: groups of three after a dot, an
// optional decimal comma. Ungrouped digits ("23370", "02") are read too, as reports write them.
const BODY = String.raw`(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?`;
// Not glued to a word or to another number ("T2", "8.1" in a Vietnamese text, "106/…" is claimed
// earlier); a minus sign counts only when it touches the digits ("-5", not "22°C - 36°C").
const BEFORE = String.raw`(?<![\p{L}\p{M}\p{N}])(?<!\p{N}[.,])`;
const AFTER = String.raw`(?![\p{N}\p{L}\p{M}])(?![.,]\p{N})`;

/** Regular-expression source of one vi-VN number in running text: "6.666", "8,1", "-0,5", "02". */
export const VI_NUMBER_SOURCE = `${BEFORE}(?:[-\u2212](?=\\d))?${BODY}${AFTER}`;

/** A number found in a text: where it is, as written, and its exact value as decimal text. */
export interface NumberToken {
  start: number;
  end: number;
  /** As written: "6.666". */
  text: string;
  /** Exact value as plain decimal text: "6666", "8.1", "-0.5". */
  value: string;
}

/**
 * Reads one number written the vi-VN way through `parseLocaleNumber` and returns its exact
 * value as plain decimal text ("6.666" → "6666", "8,1" → "8.1"), or null when it is not one.
 * @example
 * readViNumber('6.666'); // '6666'
 * readViNumber('8.1'); // null: in Vietnamese the dot groups thousands
 */
export function readViNumber(text: string): string | null {
  const parsed = parseLocaleNumber(text.replace('\u2212', '-'), 'vi');
  return parsed.ok ? parsed.value.toFixed() : null;
}

/**
 * Every vi-VN number in a text with its offsets, in order. Digits glued to letters ("T2"),
 * badly grouped figures ("8.1", "3.0001") and parts of such figures are not numbers.
 * @example
 * scanViNumbers('giảm được 6.666 biên chế, đạt gần 8,1%').map((n) => n.value); // ['6666', '8.1']
 */
export function scanViNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of text.matchAll(new RegExp(VI_NUMBER_SOURCE, 'gu'))) {
    const value = readViNumber(m[0]);
    if (value !== null) {
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value });
    }
  }
  return out;
}
