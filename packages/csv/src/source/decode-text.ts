import { TextDecoder } from 'node:util';
import { MAX_ROW_CHARS } from '../limits/csv-limits.js';

/**
 * Turns byte or text chunks into NFC text pieces of about 8 KiB that each end at a line break
 * (except the last, and the parts of a line longer than `maxLineChars`), whatever size the
 * source's chunks have.
 * The encoding comes from `sniffEncoding`: UTF-8 by default (BOM or not), UTF-16 LE/BE when
 * marked, as Excel's "Unicode text" export is, or when its NUL high bytes show it unmarked. The
 * BOM itself is dropped. Bytes that are not valid
 * UTF-8 decode to U+FFFD, which the reader reports per cell instead of failing the whole file.
 * Cutting at a line break keeps a base letter and its combining marks (NFD input) in the same
 * piece, so normalising piece by piece equals normalising the whole text.
 * @example
 * for await (const text of decodeText(openChunks({ text: 'Ho\u0300a\n' }))) console.log(text); // 'Hòa\n'
 */
export async function* decodeText(
  chunks: AsyncIterable<Uint8Array | string>,
  options: { maxLineChars?: number } = {},
): AsyncGenerator<string> {
  // A line past the row limit is refused whole, so it is handed on in pieces, not held.
  const maxLine = options.maxLineChars ?? MAX_ROW_CHARS;
  let decoder: TextDecoder | undefined;
  let pending = '';
  let first = true;
  for await (const chunk of chunks) {
    let text: string;
    if (typeof chunk === 'string') {
      text = first && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
    } else {
      decoder ??= new TextDecoder(sniffEncoding(chunk));
      text = decoder.decode(chunk, { stream: true });
    }
    first = false;
    pending += text;
    // Old Mac files break lines with CR alone; without any break, the text waits for the next chunk.
    let cut = pending.lastIndexOf('\n');
    if (cut < 0) cut = pending.lastIndexOf('\r');
    if (cut >= 0) {
      yield* pieces(pending.slice(0, cut + 1));
      pending = pending.slice(cut + 1);
    } else if (pending.length > maxLine) {
      yield pending.normalize('NFC');
      pending = '';
    }
  }
  if (decoder) pending += decoder.decode();
  if (pending.length > 0) yield* pieces(pending);
}

/** Target size of a piece, in characters. */
const PIECE = 8192;

// Small pieces keep each batch of rows short-lived: measured on a 5M-row file, 8 KiB pieces
// peak at about 165 MB RSS and 1 MiB pieces at about 400 MB, because rows that are still in use
// when the young generation is collected get promoted to the old one.
function* pieces(text: string): Generator<string> {
  let from = 0;
  while (text.length - from > 2 * PIECE) {
    const cut = text.indexOf('\n', from + PIECE);
    if (cut < 0 || cut >= text.length - 1) break;
    yield text.slice(from, cut + 1).normalize('NFC');
    from = cut + 1;
  }
  yield (from === 0 ? text : text.slice(from)).normalize('NFC');
}

/** Bytes looked at to tell UTF-16 without a byte-order mark from UTF-8. */
const SNIFF_BYTES = 1024;

/**
 * The encoding of a file from its first bytes: the byte-order mark when there is one; else
 * UTF-16 when NUL bytes fill one side of the byte pairs (the high bytes of Latin letters, digits
 * and delimiters) and never the other, as no UTF-8 text has them; else UTF-8.
 * @example
 * sniffEncoding(new Uint8Array([0x61, 0, 0x2c, 0])); // 'utf-16le'
 */
export function sniffEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 2) return 'utf-8';
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (even === 0 && odd * 3 >= pairs) return 'utf-16le';
  if (odd === 0 && even * 3 >= pairs) return 'utf-16be';
  return 'utf-8';
}
