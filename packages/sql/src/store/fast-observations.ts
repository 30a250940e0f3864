import { type ImportContext, isRealDate } from '@cadre/core';
import type { ObservationRow } from '../schema/tables.js';

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

function breakdown(value: unknown): { key: string; json: string } | null {
  if (value === undefined) return { key: '[]', json: '{}' };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
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
 * The bulk path's check of observations: accepts a row only when the core's schema would accept
 * it unchanged in meaning (non-empty codes, a real calendar date, a non-negative integer or
 * decimal text, string breakdown values) and every programme, indicator and unit it names is
 * known; returns the rows to write in canonical form (NFC, canonical decimals). Returns null at
 * the first row it cannot vouch for: the caller then runs the full check, which words the issues.
 * @example
 * const rows = fastObservationRows(items, context); // null → use prepareImportBatch
 */
export function fastObservationRows(
  items: unknown,
  context: ImportContext,
): ObservationRow[] | null {
  if (!Array.isArray(items)) return null;
  const dates = new Map<string, boolean>();
  const known = new Map<string, boolean>();
  const isKnown = (programme: string, indicator: string, unit: string): boolean => {
    const id = `${programme}\u0000${indicator}\u0000${unit}`;
    let ok = known.get(id);
    if (ok === undefined) {
      const p = context.programme(programme);
      ok =
        (p?.indicators.some((i) => i.code === indicator) ?? false) &&
        context.orgUnit(unit) !== undefined;
      known.set(id, ok);
    }
    return ok;
  };
  const rows: ObservationRow[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const o = items[i] as Record<string, unknown> | null;
    if (o === null || typeof o !== 'object') return null;
    const { programme, indicator, orgUnit, date, value } = o;
    if (typeof programme !== 'string' || programme === '') return null;
    if (typeof indicator !== 'string' || indicator === '') return null;
    if (typeof orgUnit !== 'string' || orgUnit === '') return null;
    if (typeof date !== 'string') return null;
    let realDate = dates.get(date);
    if (realDate === undefined) {
      const m = DATE.exec(date);
      realDate = m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
      dates.set(date, realDate);
    }
    if (!realDate) return null;
    let v: number | string;
    if (typeof value === 'number') {
      if (!Number.isSafeInteger(value) || value < 0) return null;
      v = value;
    } else if (typeof value === 'string' && DECIMAL.test(value)) {
      v = canonicalText(value);
    } else return null;
    const d = breakdown(o.disaggregation);
    if (d === null) return null;
    const p = nfc(programme);
    const ind = nfc(indicator);
    const unit = nfc(orgUnit);
    if (!isKnown(p, ind, unit)) return null;
    rows[i] = {
      programme: p,
      indicator: ind,
      org_unit: unit,
      date,
      disagg_key: d.key,
      disaggregation: d.json,
      value_int: typeof v === 'number' ? v : null,
      value_dec: typeof v === 'string' ? v : null,
    };
  }
  return rows;
}
