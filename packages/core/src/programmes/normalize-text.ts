/**
 * A deep copy of JSON-like data with every string and object key in Unicode NFC, so that
 * "Hòa" typed on a Mac (NFD) and on Windows (NFC) compare equal. Other values pass through.
 * @example
 * normalizeText({ name: 'Ho\u0300a Bi\u0300nh' }); // { name: 'Hòa Bình' }
 */
export function normalizeText(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalizeText);
  if (value !== null && typeof value === 'object' && isPlain(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k.normalize('NFC')] = normalizeText(v);
    return out;
  }
  return value;
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
