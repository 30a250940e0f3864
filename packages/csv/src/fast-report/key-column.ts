import { ByteKeys } from './byte-keys.js';
import { cellText } from './cell-bytes.js';

/**
 * One key column's texts: raw bytes → raw id → canonical id, the canonical text being what the
 * general reader keeps (NFC, trimmed). " sent" and "sent" are two raw ids, one canonical id.
 * @example
 * const col = new KeyColumn();
 * col.intern(bytes, 0, 4, hash); // { id: 0, fresh: true }
 */
export class KeyColumn {
  readonly raw = new ByteKeys();
  /** Canonical id per raw id. */
  readonly canon: number[] = [];
  /** Canonical text per canonical id. */
  readonly texts: string[] = [];
  private readonly ids = new Map<string, number>();

  /**
   * Adds a raw text `find` did not know; its canonical id, `fresh` when the canonical text is
   * new too, or null when the bytes are not UTF-8 (the general reader reports those).
   */
  intern(buf: Uint8Array, s: number, e: number, h: number): { id: number; fresh: boolean } | null {
    const text = cellText(buf, s, e).trim();
    if (text.includes('\uFFFD')) return null;
    this.raw.add(buf, s, e, h);
    let id = this.ids.get(text);
    const fresh = id === undefined;
    if (id === undefined) {
      id = this.texts.length;
      this.ids.set(text, id);
      this.texts.push(text);
    }
    this.canon.push(id);
    return { id, fresh };
  }
}
