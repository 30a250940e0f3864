import type { OrgUnitIndex } from '../org-units/org-unit-index.js';
import type { Disaggregation, Target } from '../programmes/schema.js';
import { disaggregationKey } from './cell-key.js';

/** An org unit as observations name it, worked out once per code. */
export interface UnitEntry {
  code: string;
  /** Id of the unit's chain of target-holding units (its lineage reach), or -1 when none holds one. */
  chain: number;
  /** False when an org unit index is given and does not hold the code. */
  known: boolean;
  /** Observations of the programme naming this code, counted while it is unknown. */
  unknownRows: number;
}

/** A distinct breakdown as observations carry it (key order as first seen). */
export interface BreakdownEntry {
  id: number;
  /** A copy (no prototype) of the first breakdown seen with these entries in this order. */
  values: Disaggregation;
  /** `disaggregationKey(values)`, worked out on first use (stocks key their levels by it). */
  canonical: string | null;
}

interface TrieNode {
  entry: BreakdownEntry | null;
  next: Map<string, Map<string, TrieNode>> | null;
}

/** Targets of one unit and indicator that name the same breakdown keys, by their values. */
interface KeyGroup {
  keys: string[];
  byValues: Map<string, number[]>;
}

const NONE: readonly number[] = [];

/**
 * Targets indexed by indicator, org unit and breakdown, so that placing an observation costs a
 * few map lookups instead of a test against every target of its unit and the units above it.
 * What an observation counts for depends only on its (indicator, chain of target-holding units,
 * breakdown): that answer is worked out once, from the targets' breakdown values, and kept.
 * Dates are left to the caller: they differ per row.
 */
export class TargetIndex {
  private readonly indicators = new Map<string, number>();
  /** indicator id → unit code → the unit's targets grouped by the breakdown keys they name. */
  private readonly groups: Map<string, KeyGroup[]>[] = [];
  private readonly holders = new Set<string>();
  private readonly units = new Map<string, UnitEntry>();
  private readonly chainIds = new Map<string, number>();
  private readonly chains: string[][] = [];
  private readonly root: TrieNode = { entry: null, next: null };
  private readonly breakdowns: BreakdownEntry[] = [];
  /** indicator id → chain id → breakdown id → slots (undefined until asked). */
  private readonly memo: (readonly number[] | undefined)[][][] = [];

  constructor(
    targets: readonly Target[],
    private readonly orgUnits?: OrgUnitIndex,
  ) {
    targets.forEach((t, slot) => {
      let indicator = this.indicators.get(t.indicator);
      if (indicator === undefined) {
        indicator = this.groups.length;
        this.indicators.set(t.indicator, indicator);
        this.groups.push(new Map());
        this.memo.push([]);
      }
      this.holders.add(t.orgUnit);
      const byUnit = this.groups[indicator]!;
      let groups = byUnit.get(t.orgUnit);
      if (!groups) {
        groups = [];
        byUnit.set(t.orgUnit, groups);
      }
      const keys = Object.keys(t.disaggregation).sort();
      const shape = JSON.stringify(keys);
      let group = groups.find((g) => JSON.stringify(g.keys) === shape);
      if (!group) {
        group = { keys, byValues: new Map() };
        groups.push(group);
      }
      const values = JSON.stringify(keys.map((k) => t.disaggregation[k]));
      const list = group.byValues.get(values);
      if (list) list.push(slot);
      else group.byValues.set(values, [slot]);
    });
  }

  /** Id of an indicator some target names, or -1. */
  indicatorId(code: string): number {
    return this.indicators.get(code) ?? -1;
  }

  /** The entry of an org unit code; its chain is worked out on first sight. */
  unit(code: string): UnitEntry {
    let entry = this.units.get(code);
    if (!entry) {
      // Every unit whose targets count this unit's figures: itself, its parents, and through
      // lineage the unit that took it over or its former code.
      const reach = this.orgUnits ? this.orgUnits.countsToward(code) : [code];
      const chain = reach.filter((c) => this.holders.has(c));
      entry = {
        code,
        chain: chain.length === 0 ? -1 : this.chainId(chain),
        known: !this.orgUnits || this.orgUnits.get(code) !== undefined,
        unknownRows: 0,
      };
      this.units.set(code, entry);
    }
    return entry;
  }

  /** Every unit entry seen so far. */
  unitEntries(): IterableIterator<UnitEntry> {
    return this.units.values();
  }

  /** The entry of a breakdown: a walk down a trie of its keys and values, no text built. */
  breakdown(d: Disaggregation): BreakdownEntry {
    let node = this.root;
    for (const k in d) {
      const v = d[k]!;
      if (!node.next) node.next = new Map();
      let byValue = node.next.get(k);
      if (!byValue) {
        byValue = new Map();
        node.next.set(k, byValue);
      }
      let child = byValue.get(v);
      if (!child) {
        child = { entry: null, next: null };
        byValue.set(v, child);
      }
      node = child;
    }
    if (!node.entry) {
      // A plain copy: later changes to the caller's object must not move the answer.
      const values: Disaggregation = Object.create(null);
      for (const k in d) values[k] = d[k]!;
      node.entry = { id: this.breakdowns.length, values, canonical: null };
      this.breakdowns.push(node.entry);
    }
    return node.entry;
  }

  /** The breakdown's canonical text, as `disaggregationKey` gives it. */
  canonical(entry: BreakdownEntry): string {
    entry.canonical ??= disaggregationKey(entry.values);
    return entry.canonical;
  }

  /**
   * The slots (target positions) an observation of this indicator, chain and breakdown counts
   * for, dates aside: every target at a unit of the chain whose breakdown entries the
   * observation all carries.
   */
  slotsOf(indicator: number, chain: number, breakdown: BreakdownEntry): readonly number[] {
    const byChain = this.memo[indicator]!;
    let known = byChain[chain];
    if (!known) {
      known = [];
      byChain[chain] = known;
    }
    let slots = known[breakdown.id];
    if (!slots) {
      slots = this.resolve(indicator, chain, breakdown.values);
      known[breakdown.id] = slots;
    }
    return slots;
  }

  private resolve(indicator: number, chain: number, d: Disaggregation): readonly number[] {
    const found: number[] = [];
    for (const unit of this.chains[chain]!) {
      for (const group of this.groups[indicator]!.get(unit) ?? []) {
        const values: string[] = [];
        for (const k of group.keys) {
          const v = d[k];
          if (typeof v !== 'string') break;
          values.push(v);
        }
        if (values.length < group.keys.length) continue;
        const slots = group.byValues.get(JSON.stringify(values));
        if (slots) found.push(...slots);
      }
    }
    return found.length === 0 ? NONE : found;
  }

  private chainId(chain: string[]): number {
    const key = JSON.stringify(chain);
    let id = this.chainIds.get(key);
    if (id === undefined) {
      id = this.chains.length;
      this.chainIds.set(key, id);
      this.chains.push(chain);
    }
    return id;
  }
}
