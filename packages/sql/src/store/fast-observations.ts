import { isRealDate } from '@cadre/core';
import type { ImportContext } from '@cadre/core/adapter';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DECIMAL = /^\d+(\.\d+)?$/;
const NON_ASCII = /[^\x20-\x7e]/;

function nfc(text: string): string {
  // Most codes are ASCII; only the rest pay for normalisation.
  return NON_ASCII.test(text) ? text.normalize('NFC') : text;
}

function canonicalText(text: string): number | string {
  const dot = text.indexOf('.');
  let whole = dot < 0 ? text : text.slice(0, dot);
  let frac = dot < 0 ? '' : text.slice(dot + 1);
  whole = whole.replace(/^0+(?=\d)/, '');
  frac = frac.replace(/0+$/, '');
  if (frac !== '') return `${whole}.${frac}`;
  const n = Number(whole);
  return Number.isSafeInteger(n) ? n : whole;
}

/**
 * The programme, indicator and unit of a checked observation, in canonical (NFC) form; one
 * object per distinct triple in a call. `encoded` is free for a writer to cache its own
 * encoding of the three (COPY text, say).
 */
export interface CheckedRefs {
  programme: string;
  indicator: string;
  orgUnit: string;
  encoded?: string;
}

/**
 * A checked breakdown as stored: `key` is the core's canonical key, `json` the object as JSON;
 * one object per distinct breakdown in a call, with `encoded` free for a writer's cache.
 */
export interface CheckedBreakdown {
  key: string;
  json: string;
  encoded?: string;
}

const EMPTY: CheckedBreakdown = { key: '[]', json: '{}' };

/** The stored form of a breakdown object, or null when a value is not a string. */
function storedBreakdown(value: object): CheckedBreakdown | null {
  const entries: [string, string][] = [];
  let plain = true;
  let sorted = true;
  let last = '';
  for (const k in value) {
    if (!Object.hasOwn(value, k)) continue;
    const v = (value as Record<string, unknown>)[k];
    if (typeof v !== 'string') return null;
    if (NON_ASCII.test(k) || NON_ASCII.test(v)) plain = false;
    if (k < last) sorted = false;
    last = k;
    entries.push([k, v]);
  }
  if (entries.length === 0) return { key: '[]', json: '{}' };
  // Printable ASCII needs no normalisation: the object serialises as it is.
  if (!plain) {
    for (const e of entries) {
      e[0] = nfc(e[0]);
      e[1] = nfc(e[1]);
    }
  }
  const json = plain ? JSON.stringify(value) : JSON.stringify(Object.fromEntries(entries));
  if (!sorted || !plain) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { key: JSON.stringify(entries), json };
}

/**
 * A step of the breakdown cache: the (name, value) pairs seen so far, in the object's own order,
 * lead here; `done` is the stored form of an object with exactly these pairs (null: rejected).
 */
interface BreakdownNode {
  next: Map<string, Map<string, BreakdownNode>> | undefined;
  done: CheckedBreakdown | null | undefined;
}

const node = (): BreakdownNode => ({ next: undefined, done: undefined });

/**
 * The bulk path's check of observations, one raw item at a time: accepts an item only when the
 * core's schema would accept it unchanged in meaning (non-empty codes, a real calendar date, a
 * non-negative integer or decimal text, string breakdown values) and every programme,
 * indicator and unit it names is known. After `accept` returns true the fields hold the row in
 * canonical form (NFC, canonical decimals). At the first item it cannot vouch for it returns
 * false: the caller undoes its writes and runs the full check, which words the issues.
 *
 * Why a cache rather than per-row work: a national file repeats a few thousand units and a few
 * hundred breakdowns a million times, so each distinct triple and breakdown is checked, NFC-
 * normalised and serialised once; a repeated one costs a few map lookups and no allocation.
 * @example
 * const check = new ObservationCheck(context);
 * for (const item of items) if (!check.accept(item)) return 'fallback'; else bind(check);
 */
export class ObservationCheck {
  refs: CheckedRefs = { programme: '', indicator: '', orgUnit: '' };
  date = '';
  breakdown: CheckedBreakdown = EMPTY;
  /** Set when the value is an integer up to 2^53 − 1; otherwise `valueDec` holds its text. */
  valueInt: number | null = null;
  valueDec: string | null = null;

  private readonly context: ImportContext;
  private readonly dates = new Map<string, boolean>();
  private readonly known = new Map<string, Map<string, Map<string, CheckedRefs | null>>>();
  private readonly root = node();

  constructor(context: ImportContext) {
    this.context = context;
  }

  /** Checks one raw item; true when the fields now hold its canonical row. */
  accept(item: unknown): boolean {
    if (item === null || typeof item !== 'object') return false;
    const o = item as Record<string, unknown>;
    const { programme, indicator, orgUnit, date, value } = o;
    if (typeof programme !== 'string' || typeof indicator !== 'string') return false;
    if (typeof orgUnit !== 'string' || typeof date !== 'string') return false;
    const refs = this.refsOf(programme, indicator, orgUnit);
    if (refs === null) return false;
    let realDate = this.dates.get(date);
    if (realDate === undefined) {
      const m = DATE.exec(date);
      realDate = m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
      this.dates.set(date, realDate);
    }
    if (!realDate) return false;
    if (typeof value === 'number') {
      if (!Number.isSafeInteger(value) || value < 0) return false;
      this.valueInt = value;
      this.valueDec = null;
    } else if (typeof value === 'string' && DECIMAL.test(value)) {
      const v = canonicalText(value);
      this.valueInt = typeof v === 'number' ? v : null;
      this.valueDec = typeof v === 'string' ? v : null;
    } else return false;
    const breakdown = this.breakdownOf(o.disaggregation);
    if (breakdown === null) return false;
    this.refs = refs;
    this.date = date;
    this.breakdown = breakdown;
    return true;
  }

  private refsOf(programme: string, indicator: string, unit: string): CheckedRefs | null {
    let byIndicator = this.known.get(programme);
    if (byIndicator === undefined) {
      byIndicator = new Map();
      this.known.set(programme, byIndicator);
    }
    let byUnit = byIndicator.get(indicator);
    if (byUnit === undefined) {
      byUnit = new Map();
      byIndicator.set(indicator, byUnit);
    }
    let refs = byUnit.get(unit);
    if (refs === undefined) {
      refs = this.lookUp(programme, indicator, unit);
      byUnit.set(unit, refs);
    }
    return refs;
  }

  private lookUp(programme: string, indicator: string, unit: string): CheckedRefs | null {
    if (programme === '' || indicator === '' || unit === '') return null;
    const p = nfc(programme);
    const i = nfc(indicator);
    const u = nfc(unit);
    const def = this.context.programme(p);
    const ok = (def?.indicators.some((x) => x.code === i) ?? false) && !!this.context.orgUnit(u);
    return ok ? { programme: p, indicator: i, orgUnit: u } : null;
  }

  private breakdownOf(value: unknown): CheckedBreakdown | null {
    if (value === undefined) return EMPTY;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
    let at = this.root;
    for (const k in value) {
      if (!Object.hasOwn(value, k)) continue;
      const v = (value as Record<string, unknown>)[k];
      if (typeof v !== 'string') return null;
      at.next ??= new Map();
      let byValue = at.next.get(k);
      if (byValue === undefined) {
        byValue = new Map();
        at.next.set(k, byValue);
      }
      let step = byValue.get(v);
      if (step === undefined) {
        step = node();
        byValue.set(v, step);
      }
      at = step;
    }
    if (at.done === undefined) at.done = storedBreakdown(value);
    return at.done;
  }
}
