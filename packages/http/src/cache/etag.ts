const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function base64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += BASE64URL[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/**
 * A strong ETag for a response body: the first 128 bits of its SHA-256, so equal bodies share a
 * tag across data versions (a client keeps its 304s when an unrelated write lands) and a changed
 * body practically never repeats one. Web Crypto, so it runs in every runtime the API does.
 * @example
 * await etagOf(new TextEncoder().encode('{"rows":[]}')); // '"q1…"' (24 characters with quotes)
 */
export async function etagOf(body: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', body));
  return `"${base64url(digest.subarray(0, 16))}"`;
}

/**
 * Whether an `If-None-Match` header matches `etag` (RFC 9110 §13.1.2: weak comparison, a list
 * of tags, or `*`).
 * @example
 * noneMatchHits('W/"abc", "def"', '"def"'); // true
 */
export function noneMatchHits(header: string | undefined, etag: string): boolean {
  if (header === undefined || header === '') return false;
  const tag = etag.startsWith('W/') ? etag.slice(2) : etag;
  for (const part of header.split(',')) {
    const t = part.trim();
    if (t === '*') return true;
    if ((t.startsWith('W/') ? t.slice(2) : t) === tag) return true;
  }
  return false;
}
