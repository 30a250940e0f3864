import { type Issue, isValidAt, normalizeName, type OrgUnitIndex } from '@cadre/core';
import { type OrgUnitLookup, orgUnitLookup } from '../formats/org-unit-lookup.js';
import { isoDayNumber, isoOf } from '../keys/day-number.js';

/** Beyond any day number a date cell can give, and still a small integer. */
const OPEN = 1 << 29;

/**
 * Resolves org-unit cells (by raw id) on a day with the reader's `orgUnitLookup`, caching an
 * answer over the days it holds: a code names its own unit, and a name no other unit shares
 * names its one unit, on every day that unit exists; anything else asks the lookup per row.
 * Units come back as ids from `intern`.
 * @example
 * const units = new UnitResolver(index, (code) => keys.unitId(code));
 * units.resolve(0, '01279', 18036); // a unit id, or the lookup's issue
 */
export class UnitResolver {
  private readonly code: number[] = [];
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  /** How many units share each normalised name; worked out only if a file names units. */
  private shared: Map<string, number> | undefined;
  private lookup: OrgUnitLookup | undefined;

  constructor(
    private readonly orgUnits: OrgUnitIndex | undefined,
    private readonly intern: (code: string) => number,
  ) {}

  /** The unit id for raw cell `raw` (canonical text `text`) on day `day`, or why there is none. */
  resolve(raw: number, text: string, day: number): number | Issue {
    if (raw < this.from.length && day >= this.from[raw]! && day <= this.to[raw]!) {
      return this.code[raw]!;
    }
    while (this.from.length <= raw) {
      this.from.push(1);
      this.to.push(0);
      this.code.push(-1);
    }
    let unit = this.orgUnits?.get(text);
    // A code resolves to its own unit on the days it exists, as the index's resolve does.
    const code: string | Issue =
      unit && isValidAt(unit, isoOf(day)) ? text : this.byLookup(text, day);
    if (typeof code !== 'string') return code;
    const id = this.intern(code);
    unit = this.orgUnits?.get(code);
    if (!unit || code === text || this.sharedNames().get(normalizeName(text)) === 1) {
      this.code[raw] = id;
      this.from[raw] = unit?.validFrom ? isoDayNumber(unit.validFrom) : -OPEN;
      this.to[raw] = unit?.validTo ? isoDayNumber(unit.validTo) : OPEN;
    }
    return id;
  }

  /** The general reader's own org-unit lookup, made on first use. */
  private byLookup(text: string, day: number): string | Issue {
    this.lookup ??= orgUnitLookup(this.orgUnits);
    return this.lookup(text, isoOf(day));
  }

  private sharedNames(): Map<string, number> {
    if (!this.shared) {
      this.shared = new Map();
      for (const u of this.orgUnits?.all() ?? []) {
        const names = [u.name, ...Object.values(u.names ?? {}), ...u.aliases];
        for (const k of new Set(names.map(normalizeName))) {
          this.shared.set(k, (this.shared.get(k) ?? 0) + 1);
        }
      }
    }
    return this.shared;
  }
}
