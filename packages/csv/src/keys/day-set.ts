/**
 * Day number of a calendar date (days since 1970-01-01), with integers only: per-row paths
 * must not build Date objects. Algorithm "days_from_civil" (H. Hinnant).
 * @example
 * dayNumber(1970, 1, 2); // 1
 */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * A set of day numbers as a bitmap over the span of days seen: one bit per day, so a series
 * that reports daily for five years costs 229 bytes however many rows the file has.
 */
export class DaySet {
  private base = 0;
  private bits: Uint8Array | null = null;

  /**
   * Adds a day; false when it was already there.
   * @example
   * const s = new DaySet(); s.add(17000); s.add(17000); // true, then false
   */
  add(day: number): boolean {
    let bits = this.bits;
    let offset = day - this.base;
    if (bits === null || offset < 0 || offset >= bits.length * 8) {
      bits = this.grow(day);
      offset = day - this.base;
    }
    const byte = offset >> 3;
    const mask = 1 << (offset & 7);
    if ((bits[byte]! & mask) !== 0) return false;
    bits[byte] = bits[byte]! | mask;
    return true;
  }

  private grow(day: number): Uint8Array {
    const old = this.bits;
    // Bases stay multiples of 8 days so old bytes copy over whole.
    const aligned = Math.floor(day / 8) * 8;
    if (old === null) {
      this.base = aligned - 256;
      this.bits = new Uint8Array(64);
      return this.bits;
    }
    const oldEnd = this.base + old.length * 8;
    const start = Math.min(this.base, aligned);
    const end = Math.max(oldEnd, aligned + 8);
    const bytes = Math.max(old.length * 2, (end - start) / 8);
    const grownStart = day < this.base ? end - bytes * 8 : start;
    const next = new Uint8Array(bytes);
    next.set(old, (this.base - grownStart) / 8);
    this.base = grownStart;
    this.bits = next;
    return next;
  }
}
