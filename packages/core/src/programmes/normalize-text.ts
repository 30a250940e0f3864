// ASCII text is already NFC; skipping it keeps bulk imports fast.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range starts at U+0000 on purpose
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * JSON-like data with every string and object key in Unicode NFC, so that "Hòa" typed on a Mac
 * (NFD) and on Windows (NFC) compare equal. Never mutates: data already in NFC is returned as
 * it is (so ASCII rows cost no allocation), anything else is copied.
 * @example
 * normalizeText({ name: 'Ho\u0300a Bi\u0300nh' }); // { name: 'Hòa Bình' }
 */
export function normalizeText(value: unknown): unknown {
  return isNfc(value) ? value : copyNfc(value);
}

function isNfc(value: unknown): boolean {
  if (typeof value === 'string') return !NON_ASCII.test(value) || value.normalize('NFC') === value;
  if (Array.isArray(value)) return value.every(isNfc);
  if (value !== null && typeof value === 'object' && isPlain(value)) {
    for (const k in value) {
      if (Object.hasOwn(value, k) && !(isNfc(k) && isNfc((value as Record<string, unknown>)[k]))) {
        return false;
      }
    }
  }
  return true;
}

function copyNfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(copyNfc);
  if (value !== null && typeof value === 'object' && isPlain(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k.normalize('NFC')] = copyNfc(v);
    return out;
  }
  return value;
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
