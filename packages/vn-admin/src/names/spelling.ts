// Tone marks in NFD: huyền, sắc, ngã, hỏi, nặng.
const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';
const WORD_END = '(?![\\p{L}\\p{M}])';
// Two placements are in use for an open "oa", "oe" or "uy": on the second vowel (Hoà, Khoẻ, Thuỷ),
// as many of the dataset's older rows write it, or on the first (Hòa, Khỏe, Thủy), as the 2025
// province names do (Khánh Hòa, Thanh Hóa). "qu" is a consonant, so "Quý" is the same either way.
const SECOND_OA_OE = new RegExp(`([oO])([aAeE])(${TONE})${WORD_END}`, 'gu');
const SECOND_UY = new RegExp(`(?<![qQ])([uU])([yY])(${TONE})${WORD_END}`, 'gu');

/**
 * Writes the tone of a word-final "oa", "oe" or "uy" on its first vowel (Hòa, Thủy), the placement
 * the 2025 province names use, and returns NFC text. Other words are unchanged.
 * @example
 * unifyTonePlacement('Tỉnh Hoà Bình'); // 'Tỉnh Hòa Bình'
 */
export function unifyTonePlacement(text: string): string {
  return text
    .normalize('NFD')
    .replace(SECOND_OA_OE, '$1$3$2')
    .replace(SECOND_UY, '$1$3$2')
    .normalize('NFC');
}

/**
 * The spelling this package publishes: NFC, single spaces, unified tone placement.
 * @example
 * normalizeSpelling('  Xã  Thuỷ Xuân '); // 'Xã Thủy Xuân'
 */
export function normalizeSpelling(text: string): string {
  return unifyTonePlacement(text.normalize('NFC').replace(/\s+/g, ' ').trim());
}

/**
 * The name without diacritics ("đ" becomes "d"), for English names and codes.
 * @example
 * stripDiacritics('Đắk Lắk'); // 'Dak Lak'
 */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/**
 * A lower-case ASCII slug, used to build codes for former units that the dataset does not code.
 * @example
 * slugify('Huyện Bạch Thông'); // 'huyen-bach-thong'
 */
export function slugify(text: string): string {
  return stripDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
