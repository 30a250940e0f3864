/**
 * Ids for what rows of actuals name, shared by the reader and the report fold: texts are interned
 * once, rows carry small integers. Unit codes, breakdown values per key ('' is 0, the absent
 * value) and whole breakdowns (one value id per key).
 * @example
 * const keys = new ActualKeys(['category']);
 * keys.comboId([keys.valueId(0, 'cc.y-te')]); // 0
 */
export class ActualKeys {
  readonly unitCodes: string[] = [];
  private readonly units = new Map<string, number>();
  private readonly values: Map<string, number>[];
  private readonly valueTexts: string[][];
  private readonly combos = new Map<string, number>();
  readonly comboValues: number[][] = [];

  constructor(readonly breakdownKeys: readonly string[]) {
    this.values = breakdownKeys.map(() => new Map<string, number>());
    this.valueTexts = breakdownKeys.map(() => ['']);
    // Id 0: no breakdown value at all, the breakdown of most rows.
    this.comboId(breakdownKeys.map(() => 0));
  }

  /** Id of an org unit code. */
  unitId(code: string): number {
    let id = this.units.get(code);
    if (id === undefined) {
      id = this.unitCodes.length;
      this.units.set(code, id);
      this.unitCodes.push(code);
    }
    return id;
  }

  /** Id of a breakdown value at key position `at`. */
  valueId(at: number, value: string): number {
    if (value === '') return 0;
    const map = this.values[at]!;
    let id = map.get(value);
    if (id === undefined) {
      id = map.size + 1;
      map.set(value, id);
      this.valueTexts[at]!.push(value);
    }
    return id;
  }

  /** Id of a whole breakdown: one value id per key position (0 = absent). */
  comboId(ids: readonly number[]): number {
    const key = ids.join(',');
    let id = this.combos.get(key);
    if (id === undefined) {
      id = this.comboValues.length;
      this.combos.set(key, id);
      this.comboValues.push([...ids]);
    }
    return id;
  }

  /** How many breakdown ids exist so far. */
  comboCount(): number {
    return this.comboValues.length;
  }

  /** A fresh `disaggregation` object for a breakdown id. */
  disaggregation(combo: number): Record<string, string> {
    const out: Record<string, string> = {};
    const ids = this.comboValues[combo]!;
    for (let b = 0; b < ids.length; b++) {
      if (ids[b] !== 0) out[this.breakdownKeys[b]!] = this.valueTexts[b]![ids[b]!]!;
    }
    return out;
  }
}
