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

/** Days per word: 30 bits keep every word a small integer, which V8 stores unboxed. */
const W = 30;

/**
 * A set of day numbers as a bitmap over the span of days seen, in plain arrays of 30-bit words:
 * a series that reports daily for five years costs about 500 bytes however many rows the file
 * has, and small series cost no typed-array allocation.
 */
export class DaySet {
  private first = 0;
  private words: number[] = [];

  /**
   * Adds a day; false when it was already there.
   * @example
   * const s = new DaySet(); s.add(17000); s.add(17000); // true, then false
   */
  add(day: number): boolean {
    const k = Math.floor(day / W);
    const bit = 1 << (day - k * W);
    let words = this.words;
    if (words.length === 0) {
      this.first = k;
      words.push(0);
    } else if (k < this.first) {
      words = new Array<number>(this.first - k).fill(0).concat(words);
      this.words = words;
      this.first = k;
    } else {
      while (words.length <= k - this.first) words.push(0);
    }
    const i = k - this.first;
    const word = words[i]!;
    if ((word & bit) !== 0) return false;
    words[i] = word | bit;
    return true;
  }
}
