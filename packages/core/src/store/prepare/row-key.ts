import { headcountKey, type NaturalKey, observationKey, targetKey } from '../keys.js';
import type { ImportSection } from '../types.js';
import type { SectionValues } from './parse-rows.js';

/**
 * The natural key a store upserts a row of a section by.
 * @example
 * rowKey('orgUnits', unit); // [unit.code]
 * rowKey('headcounts', { orgUnit: '40', date: '2015-12-31', headcount: 82300 }); // ['40', '2015-12-31']
 */
export function rowKey<S extends ImportSection>(section: S, value: SectionValues[S]): NaturalKey {
  switch (section) {
    case 'orgUnits':
    case 'programmes':
      return [(value as SectionValues['orgUnits' | 'programmes']).code];
    case 'targets':
      return targetKey(value as SectionValues['targets']);
    case 'observations':
      return observationKey(value as SectionValues['observations']);
    case 'headcounts':
      return headcountKey(value as SectionValues['headcounts']);
    default:
      return [(value as SectionValues['persons' | 'training' | 'rotations']).id];
  }
}

/**
 * Deterministic JSON: object keys sorted, `undefined` members left out. Two rows are the same
 * content exactly when their canonical JSON is equal.
 * @example
 * canonicalJson({ b: 1, a: [2, { d: undefined, c: 3 }] }); // '{"a":[2,{"c":3}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = sortKeys(v);
    }
    return out;
  }
  return value;
}
