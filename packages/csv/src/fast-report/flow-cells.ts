import type {
  CellTotal,
  IsoDate,
  OrgUnitIndex,
  Programme,
  Rollup,
  RowAccounting,
  Target,
} from '@cadre/core';
import { RowTally, reportTargets, targetCell } from '@cadre/core/adapter';
import { isoDayNumber } from './day-number.js';

/** Options of `FlowCells`: the review date, the org tree, and the breakdown keys rows carry. */
export interface FlowCellsOptions {
  asOf: IsoDate;
  orgUnits?: OrgUnitIndex;
  /** Breakdown keys in the order rows give their values (e.g. ['category', 'course']). */
  breakdownKeys: readonly string[];
  /** With 'current', targets move to the units of `rollupAsOf` before any row is counted. */
  rollup?: Rollup;
  rollupAsOf?: IsoDate;
}

/** No slot: the row counts for no target. */
export const NO_SLOT = -1;
const UNKNOWN = -0x40000000;

/**
 * Stage 1 of a report (the core's `aggregateCells`) for flow indicators, fed row by row with
 * integer ids instead of `Observation` objects: the same cells, the same matching (indicator,
 * the unit or any unit above it, the target period cut at `asOf`, every breakdown entry the
 * target names), but each distinct (indicator, unit, breakdown) resolves its targets once, and
 * sums stay plain integers until they pass 2^53. Stock indicators (`latest`) are not handled.
 * @example
 * const cells = new FlowCells(programme, { asOf: '2028-06-30', orgUnits, breakdownKeys: ['category'] });
 * const ref = cells.slotsOf(cells.indicatorId('sent'), cells.unitId('00004'), cells.comboId([cells.valueId(0, 'cc.y-te')]));
 * cells.add(ref, isoDayNumber('2027-03-15'), 2);
 * cells.totals(); // CellTotal[] in programme target order
 */
export class FlowCells {
  readonly programme: Programme;
  private readonly targets: Target[];
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  private readonly sums: Float64Array;
  private readonly counts: Float64Array;
  private readonly big = new Map<number, bigint>();
  private readonly indicators = new Map<string, number>();
  /** Indicator ids whose aggregation is `latest`: rows for them cannot take this path. */
  readonly stockIndicators = new Set<number>();
  private readonly units = new Map<string, number>();
  private readonly chains: number[][] = [];
  private readonly values: Map<string, number>[];
  private readonly combos = new Map<string, number>();
  private readonly comboValues: number[][] = [];
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
  private readonly codes: string[] = [];
  private readonly texts: string[][];
  private readonly orgUnits: OrgUnitIndex | undefined;
  readonly breakdownKeys: readonly string[];
  private readonly lastDay: number;
  private readonly tally = new RowTally();
  private countedRows = 0;
  private countedSum = 0;
  private countedBig = 0n;

  constructor(programme: Programme, options: FlowCellsOptions) {
    this.programme = programme;
    const { asOf, orgUnits, breakdownKeys } = options;
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
    this.breakdownKeys = breakdownKeys;
    this.values = breakdownKeys.map(() => new Map<string, number>());
    this.texts = breakdownKeys.map(() => ['']);
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
        ids[at] = this.valueId(at, v);
      }
      masks.add(mask);
      const unit = this.unitId(t.orgUnit, orgUnits);
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
      const combo = this.comboId(ids);
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

  /** Id of an org unit code (interned), with its chain of ancestors worked out once. */
  unitId(code: string, orgUnits = this.orgUnits): number {
    let id = this.units.get(code);
    if (id === undefined) {
      id = this.chains.length;
      this.units.set(code, id);
      this.codes.push(code);
      this.chains.push([]);
      // The units whose targets count this unit's figures, through the tree and lineage.
      const reach = orgUnits ? orgUnits.countsToward(code).slice(1) : [];
      this.chains[id] = [id, ...reach.map((c) => this.unitId(c, orgUnits))];
    }
    return id;
  }

  /** Id of a breakdown value at position `at` (interned; '' is 0, the absent value). */
  valueId(at: number, value: string): number {
    if (value === '') return 0;
    const map = this.values[at]!;
    let id = map.get(value);
    if (id === undefined) {
      id = map.size + 1;
      map.set(value, id);
      this.texts[at]!.push(value);
    }
    return id;
  }

  /** The text of a breakdown value id. */
  valueText(at: number, id: number): string {
    return this.texts[at]![id]!;
  }

  /** The code of a unit id. */
  unitCodeOf(id: number): string {
    return this.codes[id]!;
  }

  /** Id of a whole breakdown: one value id per position (0 = absent). */
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

  /** How many breakdown ids exist so far (the targets' breakdowns come first). */
  comboCount(): number {
    return this.comboValues.length;
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
      chain = this.chains[unit]!.filter((u) => this.groups[u] !== undefined);
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
      const ids = this.comboValues[combo]!;
      // The target names a value this row lacks: no match.
      const lacks = ids.some((v, at) => (mask >> at) & 1 && v === 0);
      id = lacks ? -1 : this.comboId(ids.map((v, at) => ((mask >> at) & 1 ? v : 0)));
      memo[combo] = id;
    }
    return id;
  }

  /**
   * Adds one row of the programme, of indicator id `indicator` at unit id `unit`, with its value
   * (a safe integer) on day number `day`, to the slots of `ref`; a row no slot takes is tallied
   * with its reason.
   */
  add(ref: number, indicator: number, unit: number, day: number, value: number): void {
    let counted = false;
    if (day <= this.lastDay) {
      if (ref >= 0) counted = this.addTo(ref, day, value);
      else if (ref !== NO_SLOT)
        for (const slot of this.lists[-2 - ref]!) counted = this.addTo(slot, day, value) || counted;
    }
    if (counted) {
      // Counted rows are summed here as plain integers and handed to the tally in one go: a call
      // per row into the exact sum cost about a tenth of the scan.
      this.countedRows++;
      const next = this.countedSum + value;
      if (next > Number.MAX_SAFE_INTEGER) {
        this.countedBig += BigInt(this.countedSum);
        this.countedSum = value;
      } else this.countedSum = next;
    } else {
      const reason =
        day > this.lastDay ? 'after_as_of' : ref === NO_SLOT ? 'no_target' : 'outside_period';
      const code = this.programme.indicators[indicator]!.code;
      this.tally.notCounted(reason, code, this.codes[unit]!, value);
    }
  }

  /** Rows of other programmes: read and checked, counted for nothing. */
  otherProgrammeRows(rows: number): void {
    this.tally.skipped('other_programme', rows);
  }

  /** Where every row added so far went. */
  accounting(): RowAccounting {
    if (this.countedRows > 0) {
      this.tally.counted((this.countedBig + BigInt(this.countedSum)).toString(), this.countedRows);
      this.countedRows = 0;
      this.countedSum = 0;
      this.countedBig = 0n;
    }
    return this.tally.result();
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
