/** A text in NFC with the way back to the offsets of the text it came from. */
export interface NormalizedText {
  /** The NFC text that the grammar reads. */
  text: string;
  /** Offset in the original text of a normalized offset (0…text.length inclusive). */
  toOriginal(offset: number): number;
}

// A base character with its combining marks: NFC composes within one, never across two
// (true of Vietnamese; Hangul jamo sequences are the exception, and they are not marks).
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

/**
 * NFC-normalises a text and keeps a map from every offset of the result back to the original,
 * so that spans found in the normalized text can be reported in the text the caller gave.
 * An offset inside a cluster maps to the cluster's start.
 * @example
 * const n = normalizeWithOffsets('Đa\u0323t 45%'); // "Đạt" written with a combining dot below
 * n.text; // 'Đạt 45%'
 * n.toOriginal(4); // 5: '45%' starts at offset 5 of the original
 */
export function normalizeWithOffsets(original: string): NormalizedText {
  const nfc = original.normalize('NFC');
  if (nfc === original) return { text: nfc, toOriginal: (offset) => offset };
  const offsets: number[] = [];
  let text = '';
  for (const m of original.matchAll(CLUSTER)) {
    const piece = m[0].normalize('NFC');
    for (let k = 0; k < piece.length; k += 1) offsets.push(m.index);
    text += piece;
  }
  offsets.push(original.length);
  return { text, toOriginal: (offset) => offsets[offset] ?? original.length };
}
