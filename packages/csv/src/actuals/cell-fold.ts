import type { CellTotal, IsoDate, OrgUnitIndex, Programme, Rollup, Target } from '@cadre/core';
import { reportTargets, targetCell } from '@cadre/core/adapter';
import { isoDayNumber } from '../keys/day-number.js';
import type { ActualKeys } from './actual-keys.js';

/** Options of `CellFold`: the review date, the org tree, and the roll-up that moves targets. */
export interface CellFoldOptions {
  asOf: IsoDate;
  orgUnits?: OrgUnitIndex;
  /** With 'current', targets move to the units of `rollupAsOf` before any row is counted. */
  rollup?: Rollup;
  rollupAsOf?: IsoDate;
}

/** Where a row went: counted, or why not (the core's reasons). */
export const COUNTED = 0;
export const AFTER_AS_OF = 1;
export const NO_TARGET = 2;
export const OUTSIDE_PERIOD = 3;

/** No slot: the row counts for no target. */
export const NO_SLOT = -1;
const UNKNOWN = -0x40000000;

/**
 * Stage 1 of a report (the core's `aggregateCells`) for flow indicators and whole counts, fed row
 * by row with integer ids instead of `Observation` objects: the same cells, the same matching
 * (indicator, the unit or any unit above it, the target period cut at `asOf`, every breakdown
 * entry the target names), but each distinct (indicator, unit, breakdown) resolves its targets
 * once, and sums stay plain integers until they pass 2^53. Rows of stock indicators (`latest`)
 * and decimal values are the caller's to hand to the core.
 * @example
 * const cells = new CellFold(programme, { asOf: '2028-06-30', orgUnits }, keys);
 * const ref = cells.slotsOf(cells.indicatorId('sent'), keys.unitId('00004'), keys.comboId([keys.valueId(0, 'cc.y-te')]));
 * cells.add(ref, isoDayNumber('2027-03-15'), 2); // COUNTED
 * cells.totals(); // CellTotal[] in programme target order
 */
export class CellFold {
  readonly programme: Programme;
  private readonly targets: Target[];
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  private readonly sums: Float64Array;
  private readonly counts: Float64Array;
  private readonly big = new Map<number, bigint>();
  private readonly indicators = new Map<string, number>();
  /** Indicator ids whose aggregation is `latest`: their rows go to the core whole. */
  readonly stockIndicators = new Set<number>();
  private readonly chains: (number[] | undefined)[] = [];
  /** unit id → indicator id → masked breakdown id → slot indexes (units without targets: none). */
  private readonly groups: (Map<number, Map<number, number[]>> | undefined)[] = [];
  /** mask → breakdown id → that breakdown with only the mask's positions kept. */
  private readonly maskedIds = new Map<number, number[]>();
  /** Which breakdown positions each target names, as bit masks; one lookup per mask. */
  private readonly masks: number[];
  private readonly lists: Int32Array[] = [];
  /** indicator → unit holding targets → breakdown id → slot answer (UNKNOWN until asked). */
  private readonly memo: (Int32Array | undefined)[][] = [];
  private readonly withTargets: (number[] | undefined)[] = [];
  private readonly orgUnits: OrgUnitIndex | undefined;
  private readonly lastDay: number;

  constructor(
    programme: Programme,
    options: CellFoldOptions,
    private readonly keys: ActualKeys,
  ) {
    this.programme = programme;
    const { asOf, orgUnits } = options;
    const breakdownKeys = keys.breakdownKeys;
    const chosen = reportTargets(programme, {
      ...(orgUnits && { orgUnits }),
      ...(options.rollup && { rollup: options.rollup }),
      rollupAsOf: options.rollupAsOf ?? asOf,
    });
    this.targets = chosen.targets;
    this.lastDay = isoDayNumber(asOf);
    const n = this.targets.length;
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    this.sums = new Float64Array(n);
    this.counts = new Float64Array(n);
    this.orgUnits = orgUnits;
    programme.indicators.forEach((ind, i) => {
      this.indicators.set(ind.code, i);
      if (ind.aggregation === 'latest') this.stockIndicators.add(i);
    });
    const lastDay = this.lastDay;
    const masks = new Set<number>();
    this.targets.forEach((t, slot) => {
      this.start[slot] = isoDayNumber(t.period.start);
      this.end[slot] = Math.min(isoDayNumber(t.period.end), lastDay);
      const named = Object.entries(t.disaggregation);
      let mask = 0;
      const ids = breakdownKeys.map(() => 0);
      for (const [k, v] of named) {
        const at = breakdownKeys.indexOf(k);
        // A key rows never carry can never match: such a target collects nothing.
        if (at < 0) return;
        mask |= 1 << at;
        ids[at] = keys.valueId(at, v);
      }
      masks.add(mask);
      const unit = keys.unitId(t.orgUnit);
      let byIndicator = this.groups[unit];
      if (!byIndicator) {
        byIndicator = new Map();
        this.groups[unit] = byIndicator;
      }
      const indicator = this.indicators.get(t.indicator) ?? -1;
      let byCombo = byIndicator.get(indicator);
      if (!byCombo) {
        byCombo = new Map();
        byIndicator.set(indicator, byCombo);
      }
      const combo = keys.comboId(ids);
      const list = byCombo.get(combo);
      if (list) list.push(slot);
      else byCombo.set(combo, [slot]);
    });
    this.masks = [...masks];
  }

  /** Id of an indicator of the programme, or -1. */
  indicatorId(code: string): number {
    return this.indicators.get(code) ?? -1;
  }

  /** The units whose targets count a unit's figures, through the tree and lineage: itself first. */
  private chainOf(unit: number): number[] {
    while (this.chains.length <= unit) this.chains.push(undefined);
    let chain = this.chains[unit];
    if (!chain) {
      const code = this.keys.unitCodes[unit]!;
      const reach = this.orgUnits ? this.orgUnits.countsToward(code).slice(1) : [];
      chain = [unit, ...reach.map((c) => this.keys.unitId(c))];
      this.chains[unit] = chain;
    }
    return chain;
  }

  /**
   * The targets a row of (indicator, unit, breakdown) counts for, dates aside: a slot index,
   * `NO_SLOT`, or -(2 + list) for several. Call once per distinct triple and keep the answer.
   */
  slotsOf(indicator: number, unit: number, combo: number): number {
    const chain = this.targetChain(unit);
    if (chain.length === 0) return NO_SLOT;
    if (chain.length > 1) return this.findSlots(indicator, chain, combo);
    // The usual case: one unit up the chain holds targets, and all its communes share its answers.
    while (this.memo.length <= indicator) this.memo.push([]);
    const byUnit = this.memo[indicator]!;
    while (byUnit.length <= chain[0]!) byUnit.push(undefined);
    let known = byUnit[chain[0]!];
    if (!known || combo >= known.length) {
      const wider = new Int32Array(Math.max(16, 2 * combo + 2)).fill(UNKNOWN);
      if (known) wider.set(known);
      known = byUnit[chain[0]!] = wider;
    }
    if (known[combo] === UNKNOWN) known[combo] = this.findSlots(indicator, chain, combo);
    return known[combo]!;
  }

  /** The units of a unit's chain (itself and above) that hold any target. */
  private targetChain(unit: number): number[] {
    while (this.withTargets.length <= unit) this.withTargets.push(undefined);
    let chain = this.withTargets[unit];
    if (!chain) {
      chain = this.chainOf(unit).filter((u) => this.groups[u] !== undefined);
      this.withTargets[unit] = chain;
    }
    return chain;
  }

  private findSlots(indicator: number, chain: readonly number[], combo: number): number {
    let found: number[] | undefined;
    for (const u of chain) {
      const byCombo = this.groups[u]?.get(indicator);
      if (!byCombo) continue;
      for (const mask of this.masks) {
        const masked = this.masked(mask, combo);
        if (masked < 0) continue;
        const list = byCombo.get(masked);
        if (list) found = found ? [...found, ...list] : list;
      }
    }
    if (!found) return NO_SLOT;
    if (found.length === 1) return found[0]!;
    this.lists.push(Int32Array.from(found).sort());
    return -(1 + this.lists.length);
  }

  /** The breakdown id with only the positions of `mask` kept, or -1 when one of them is absent. */
  private masked(mask: number, combo: number): number {
    let memo = this.maskedIds.get(mask);
    if (!memo) {
      memo = [];
      this.maskedIds.set(mask, memo);
    }
    while (memo.length <= combo) memo.push(-2);
    let id = memo[combo]!;
    if (id === -2) {
      const ids = this.keys.comboValues[combo]!;
      // The target names a value this row lacks: no match.
      const lacks = ids.some((v, at) => (mask >> at) & 1 && v === 0);
      id = lacks ? -1 : this.keys.comboId(ids.map((v, at) => ((mask >> at) & 1 ? v : 0)));
      memo[combo] = id;
    }
    return id;
  }

  /**
   * Adds a row's value (a safe integer) on day number `day` to the slots of `ref` (from
   * `slotsOf`); where the row went: `COUNTED`, or the reason it was not.
   */
  add(ref: number, day: number, value: number): number {
    if (day > this.lastDay) return AFTER_AS_OF;
    if (ref === NO_SLOT) return NO_TARGET;
    let counted = false;
    if (ref >= 0) counted = this.addTo(ref, day, value);
    else
      for (const slot of this.lists[-2 - ref]!) counted = this.addTo(slot, day, value) || counted;
    return counted ? COUNTED : OUTSIDE_PERIOD;
  }

  private addTo(slot: number, day: number, value: number): boolean {
    if (day < this.start[slot]! || day > this.end[slot]!) return false;
    const next = this.sums[slot]! + value;
    if (next > Number.MAX_SAFE_INTEGER) {
      // Move the exact running sum into a bigint before a float would round it.
      this.big.set(slot, (this.big.get(slot) ?? 0n) + BigInt(this.sums[slot]!));
      this.sums[slot] = value;
    } else this.sums[slot] = next;
    this.counts[slot]!++;
    return true;
  }

  /** One `CellTotal` per target, in programme order, as `aggregateCells` gives them. */
  totals(): CellTotal[] {
    return this.targets.map((t, slot) =>
      targetCell(
        this.programme.code,
        t,
        ((this.big.get(slot) ?? 0n) + BigInt(this.sums[slot]!)).toString(),
        this.counts[slot]!,
      ),
    );
  }
}
