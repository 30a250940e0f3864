// Tone marks (huyền, sắc, ngã, hỏi, nặng) in NFD. Where they sit inside a syllable differs between
// the old and new spelling conventions (Hoà / Hòa, Thuỷ / Thủy), so the key moves them to the end.
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;

/** Administrative prefixes that names carry or drop at will, longest first. */
export const ORG_NAME_PREFIXES: readonly string[] = [
  'thành phố trực thuộc trung ương',
  'thành phố',
  'thị trấn',
  'thị xã',
  'tỉnh',
  'huyện',
  'quận',
  'phường',
  'đặc khu',
  'xã',
  'tp.',
  'tp',
  'tx.',
  'tx',
];

// Names repeat: every unit of an index, every row naming the same commune, the same units indexed
// again for the next report. The key is a pure function of the text and its NFC/NFD passes cost
// a few microseconds, so each distinct text is keyed once (bounded, like vn-admin's memoize).
const KEYS = new Map<string, string>();
const MAX_KEYS = 50_000;

/**
 * The matching key for an org-unit name: insensitive to NFC/NFD, tone-mark placement
 * (Hoà / Hòa), case, punctuation, spacing and administrative prefixes (Tỉnh, Thành phố, TP.…).
 * Tone marks themselves still count: "Bắc Kạn" and "Bắc Cạn" differ and need an alias.
 * @example
 * normalizeName('Tỉnh Hoà Bình') === normalizeName('hòa bình'); // true
 */
export function normalizeName(text: string): string {
  let key = KEYS.get(text);
  if (key === undefined) {
    key = computeKey(text);
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    KEYS.set(text, key);
  }
  return key;
}

function computeKey(text: string): string {
  let s = text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  for (const prefix of ORG_NAME_PREFIXES) {
    if (s.startsWith(`${prefix} `) || (prefix.endsWith('.') && s.startsWith(prefix))) {
      s = s.slice(prefix.length).trim();
      break;
    }
  }
  return s
    .normalize('NFD')
    .replace(/[.,;:'"()\-–—_/]+/g, ' ')
    .split(' ')
    .filter((w) => w.length > 0)
    .map((word) => {
      const tone = TONE.exec(word)?.[0] ?? '';
      return word.replace(TONES, '') + tone;
    })
    .join(' ');
}
