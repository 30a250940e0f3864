import { isIsoDate, type Target } from '@cadre/core';

const DECIMAL = /^\d+(\.\d+)?$/;

/**
 * `TargetSchema`'s parse for the common case, without zod: a plain object whose fields are
 * plainly valid (non-empty codes, real `YYYY-MM-DD` dates, decimal text or null, text breakdowns)
 * gives the same `Target` the schema would: decimals trimmed, `disaggregation` and `source`
 * defaulted, other keys (such as `programme`) dropped, fresh objects, the same key order.
 * Anything else gives undefined and the caller runs the schema, so issues are always zod's.
 * A national targets.csv has thousands of rows; the schema costs several µs a row.
 * @example
 * plainTarget({ indicator: 'sent', orgUnit: '04', period: { start: '2026-01-01', end: '2030-12-31' }, value: '12' });
 * // { indicator: 'sent', orgUnit: '04', period: { … }, value: '12', disaggregation: {}, source: 'stated' }
 * plainTarget({ indicator: 'sent', orgUnit: '04', period: { start: '2026-02-30', end: '2030-12-31' }, value: '12' }); // undefined
 */
export function plainTarget(input: unknown): Target | undefined {
  if (!isPlainObject(input)) return undefined;
  const { indicator, orgUnit, period } = input;
  if (!isFilled(indicator) || !isFilled(orgUnit) || !isPlainObject(period)) return undefined;
  const { start, end } = period;
  if (!isIsoDate(start) || !isIsoDate(end)) return undefined;
  if (!('value' in input)) return undefined;
  const value = input.value === null ? null : decimal(input.value);
  if (value === undefined) return undefined;
  const out = { indicator, orgUnit, period: { start, end }, value } as Target;
  // An optional key the input holds, even as undefined, stays in the output, as with zod.
  if ('baseline' in input) {
    const given = input.baseline;
    const baseline = given === undefined ? undefined : decimal(given);
    if (given !== undefined && baseline === undefined) return undefined;
    out.baseline = baseline;
  }
  const disaggregation = input.disaggregation === undefined ? {} : texts(input.disaggregation);
  if (disaggregation === undefined) return undefined;
  out.disaggregation = disaggregation;
  const source = input.source === undefined ? 'stated' : input.source;
  if (source !== 'stated' && source !== 'inferred') return undefined;
  out.source = source;
  // Inferred intervals come from reviews, not from files: the schema checks those.
  if ('interval' in input) return undefined;
  if ('note' in input) {
    const note = input.note;
    if (note !== undefined && typeof note !== 'string') return undefined;
    out.note = note;
  }
  return out;
}

type PlainObject = Record<string, unknown>;

// Only objects made by a literal or JSON: zod reads class instances differently in places.
function isPlainObject(value: unknown): value is PlainObject {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isFilled(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

// DecimalStringSchema on text: trimmed, then digits with an optional fraction. Numbers are left
// to the schema, which writes them with String().
function decimal(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return DECIMAL.test(text) ? text : undefined;
}

// z.record(z.string(), z.string()) on a plain object: its own string keys in order, text values.
function texts(value: unknown): Record<string, string> | undefined {
  if (!isPlainObject(value) || Object.getOwnPropertySymbols(value).length > 0) return undefined;
  const out: Record<string, string> = {};
  for (const key in value) {
    const v = value[key];
    if (!Object.hasOwn(value, key) || key === '__proto__' || typeof v !== 'string')
      return undefined;
    out[key] = v;
  }
  return out;
}
