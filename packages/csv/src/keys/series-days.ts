/** A series longer than this moves from a list of days to a bitmap over its span. */
const LIST_LIMIT = 32;
/** Entries per block of the shared list: 2^16 entries, 512 KiB. */
const BLOCK_BITS = 16;
const BLOCK_MASK = (1 << BLOCK_BITS) - 1;

/**
 * Int32 slots of one series record: its targets (the caller's), its list head, its day count,
 * and its first day (or, past the list limit, its bitmap id).
 */
export const RECORD = 4;
/** Offsets inside a series record. */
export const REF = 0;
const HEAD = 1;
const COUNT = 2;
const FIRST = 3;
const BITMAP = 3;

/**
 * Which days each series has seen, to catch a key given twice. A series is a 4-slot record in
 * an Int32Array the caller owns (so one cache line holds all a row needs). The first day sits in
 * the record; later days of short series go to one shared linked list (8 bytes per row, no
 * object per series); a series past 32 days moves to a bitmap over its span, so a daily series
 * costs bits, not a list walk.
 * @example
 * const days = new SeriesDays();
 * const rec = new Int32Array(RECORD);
 * days.add(rec, 0, 20000); // true
 * days.add(rec, 0, 20000); // false: the same series on the same day again
 */
export class SeriesDays {
  /**
   * Entry e, in block e >> 16 at 2(e & 0xffff): its day, then the next entry + 1 (0 ends the
   * list). Blocks are added, never copied, so growing costs no second copy of all entries.
   */
  private readonly blocks: Int32Array[] = [];
  private used = 0;
  private readonly maps: { first: number; words: Int32Array }[] = [];

  /** Records `day` for the series whose record starts at `at`; false when it had that day. */
  add(rec: Int32Array, at: number, day: number): boolean {
    const count = rec[at + COUNT]!;
    if (count === 0) {
      rec[at + FIRST] = day;
      rec[at + COUNT] = 1;
      return true;
    }
    if (count > LIST_LIMIT) return this.mark(rec[at + BITMAP]!, day);
    if (rec[at + FIRST] === day) return false;
    const blocks = this.blocks;
    for (let e = rec[at + HEAD]! - 1; e >= 0; ) {
      const block = blocks[e >> BLOCK_BITS]!;
      const k = 2 * (e & BLOCK_MASK);
      if (block[k] === day) return false;
      e = block[k + 1]! - 1;
    }
    if (count === LIST_LIMIT) {
      const map = this.maps.length;
      this.maps.push({ first: day >> 5, words: new Int32Array(4) });
      this.mark(map, rec[at + FIRST]!);
      for (let e = rec[at + HEAD]! - 1; e >= 0; ) {
        const block = blocks[e >> BLOCK_BITS]!;
        const k = 2 * (e & BLOCK_MASK);
        this.mark(map, block[k]!);
        e = block[k + 1]! - 1;
      }
      rec[at + BITMAP] = map;
      rec[at + COUNT] = count + 1;
      return this.mark(map, day);
    }
    const e = this.used++;
    if ((e & BLOCK_MASK) === 0) blocks.push(new Int32Array(2 << BLOCK_BITS));
    const block = blocks[e >> BLOCK_BITS]!;
    block[2 * (e & BLOCK_MASK)] = day;
    block[2 * (e & BLOCK_MASK) + 1] = rec[at + HEAD]!;
    rec[at + HEAD] = e + 1;
    rec[at + COUNT] = count + 1;
    return true;
  }

  private mark(id: number, day: number): boolean {
    const map = this.maps[id]!;
    const k = day >> 5;
    if (k < map.first) {
      const words = new Int32Array(map.words.length + (map.first - k));
      words.set(map.words, map.first - k);
      map.words = words;
      map.first = k;
    } else if (k - map.first >= map.words.length) {
      const words = new Int32Array(Math.max(map.words.length * 2, k - map.first + 1));
      words.set(map.words);
      map.words = words;
    }
    const bit = 1 << (day & 31);
    const i = k - map.first;
    if ((map.words[i]! & bit) !== 0) return false;
    map.words[i] = map.words[i]! | bit;
    return true;
  }
}
