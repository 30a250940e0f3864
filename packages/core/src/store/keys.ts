import { Decimal } from 'decimal.js';
import { CadreError } from '../result/error.js';

/**
 * Natural keys every store upserts by. Each is a tuple of text; stores order lists by comparing
 * the tuples element by element in code-unit (binary) order.
 */
export type NaturalKey = readonly string[];

/**
 * Canonical text of a disaggregation: entries sorted by name, so `{ b, a }` and `{ a, b }` are one key.
 * @example
 * canonicalDisaggregation({ sex: 'female', course: 'cao_cap' }); // '[["course","cao_cap"],["sex","female"]]'
 */
export function canonicalDisaggregation(
  disaggregation: Record<string, string> | undefined,
): string {
  const entries = Object.entries(disaggregation ?? {}).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return JSON.stringify(entries);
}

/**
 * Key of a target: programme × indicator × org unit × period × disaggregation.
 * @example
 * targetKey({ programme: '12-CTr/TU', indicator: 'rotation', orgUnit: '04',
 *   period: { start: '2016-05-09', end: '2020-12-31' }, disaggregation: {} });
 * // ['12-CTr/TU', 'rotation', '04', '2016-05-09', '2020-12-31', '[]']
 */
export function targetKey(t: {
  programme: string;
  indicator: string;
  orgUnit: string;
  period: { start: string; end: string };
  disaggregation?: Record<string, string>;
}): NaturalKey {
  return [
    t.programme,
    t.indicator,
    t.orgUnit,
    t.period.start,
    t.period.end,
    canonicalDisaggregation(t.disaggregation),
  ];
}

/**
 * Key of an observation: programme × indicator × org unit × date × disaggregation.
 * @example
 * observationKey({ programme: 'P', indicator: 'master', orgUnit: '04', date: '2019-05-20', disaggregation: {} });
 * // ['P', 'master', '04', '2019-05-20', '[]']
 */
export function observationKey(o: {
  programme: string;
  indicator: string;
  orgUnit: string;
  date: string;
  disaggregation?: Record<string, string>;
}): NaturalKey {
  return [o.programme, o.indicator, o.orgUnit, o.date, canonicalDisaggregation(o.disaggregation)];
}

/**
 * Key of a headcount snapshot: org unit × date.
 * @example
 * headcountKey({ orgUnit: '40', date: '2015-12-31' }); // ['40', '2015-12-31']
 */
export function headcountKey(h: { orgUnit: string; date: string }): NaturalKey {
  return [h.orgUnit, h.date];
}

/**
 * Orders two natural keys element by element, in code-unit order.
 * @example
 * compareKeys(['a', '2'], ['a', '10']); // 1 ('2' sorts after '1')
 */
export function compareKeys(a: NaturalKey, b: NaturalKey): -1 | 0 | 1 {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/**
 * Canonical text of a non-negative decimal: plain notation, no leading or trailing zeros.
 * Stores write and compare decimals in this form, so "10.50" and "10.5" are one value.
 * Throws `invalid_argument` for anything that is not a finite decimal.
 * @example
 * canonicalDecimal('082300'); // '82300'
 * canonicalDecimal('0.30'); // '0.3'
 */
export function canonicalDecimal(value: string | number): string {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new CadreError('invalid_argument', `expected a finite decimal, got ${value}`);
  }
  let d: Decimal;
  try {
    d = new Decimal(typeof value === 'string' ? value.trim() : value);
  } catch (cause) {
    throw new CadreError('invalid_argument', `expected a decimal, got "${value}"`, { cause });
  }
  if (!d.isFinite()) throw new CadreError('invalid_argument', `expected a finite decimal`);
  return d.toFixed();
}

/**
 * Canonical observation value: an integer up to 2^53 − 1 as a number, anything else as
 * canonical decimal text (so 2^53 + 1 keeps every digit).
 * @example
 * canonicalObservationValue('24'); // 24
 * canonicalObservationValue('9007199254740993'); // '9007199254740993'
 * canonicalObservationValue('0.50'); // '0.5'
 */
export function canonicalObservationValue(value: string | number): number | string {
  const text = canonicalDecimal(value);
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    if (Number.isSafeInteger(n)) return n;
  }
  return text;
}

/**
 * NFC-normalises every string in a JSON-like value, object keys included. Returns a copy.
 * @example
 * normalizeNfcDeep({ name: 'Ho\u0300a Bi\u0300nh' }); // { name: 'Hòa Bình' } in NFC
 */
export function normalizeNfcDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((v) => normalizeNfcDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k.normalize('NFC')] = normalizeNfcDeep(v);
    return out as T;
  }
  return value;
}
