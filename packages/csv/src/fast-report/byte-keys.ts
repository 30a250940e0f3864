/** FNV-1a offset basis; the scanner folds each byte of a field with `foldByte`. */
export const HASH_SEED = 0x811c9dc5 | 0;

/**
 * Folds one byte into a running FNV-1a hash.
 * @example
 * foldByte(HASH_SEED, 0x61); // hash of "a"
 */
export function foldByte(hash: number, byte: number): number {
  return Math.imul(hash ^ byte, 16777619);
}

/**
 * Interns byte ranges as small integer ids without building a string per lookup: an
 * open-addressing table of (hash, bytes). A million rows naming a few thousand codes cost a
 * few thousand copies; every other row is a hash probe and a byte compare.
 * @example
 * const keys = new ByteKeys();
 * const bytes = Buffer.from('sent');
 * let h = HASH_SEED; for (const b of bytes) h = foldByte(h, b);
 * keys.find(bytes, 0, 4, h); // -1
 * keys.add(bytes, 0, 4, h); // 0
 */
export class ByteKeys {
  private table = new Int32Array(1024);
  private hashes = new Int32Array(256);
  private offsets = new Int32Array(256);
  private lengths = new Int32Array(256);
  private pool = new Uint8Array(1 << 14);
  private used = 0;
  size = 0;

  /** The id of bytes `[start, end)` of `buf` with hash `hash`, or -1. */
  find(buf: Uint8Array, start: number, end: number, hash: number): number {
    const mask = this.table.length - 1;
    const len = end - start;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const v = this.table[i]!;
      if (v === 0) return -1;
      const id = v - 1;
      if (this.hashes[id] === hash && this.lengths[id] === len && this.same(id, buf, start, len)) {
        return id;
      }
    }
  }

  /** Adds bytes that `find` did not know and returns their new id. */
  add(buf: Uint8Array, start: number, end: number, hash: number): number {
    const len = end - start;
    const id = this.size++;
    if (id >= this.hashes.length) this.growEntries();
    while (this.used + len > this.pool.length) this.pool = grow(this.pool, this.pool.length * 2);
    this.pool.set(buf.subarray(start, end), this.used);
    this.hashes[id] = hash;
    this.offsets[id] = this.used;
    this.lengths[id] = len;
    this.used += len;
    if (this.size * 2 > this.table.length) this.rehash();
    else this.place(id);
    return id;
  }

  private same(id: number, buf: Uint8Array, start: number, len: number): boolean {
    const pool = this.pool;
    const at = this.offsets[id]!;
    for (let k = 0; k < len; k++) if (pool[at + k] !== buf[start + k]) return false;
    return true;
  }

  private place(id: number): void {
    const mask = this.table.length - 1;
    let i = this.hashes[id]! & mask;
    while (this.table[i] !== 0) i = (i + 1) & mask;
    this.table[i] = id + 1;
  }

  private growEntries(): void {
    const n = this.hashes.length * 2;
    this.hashes = grow(this.hashes, n);
    this.offsets = grow(this.offsets, n);
    this.lengths = grow(this.lengths, n);
  }

  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2);
    for (let id = 0; id < this.size; id++) this.place(id);
  }
}

/**
 * A copy of a typed array with room for `n` elements.
 * @example
 * grow(new Int32Array([1, 2]), 4); // Int32Array [1, 2, 0, 0]
 */
export function grow<T extends Int32Array | Uint8Array | Float64Array>(a: T, n: number): T {
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}
