import type { CsvColumn } from '../read/column-spec.js';

/**
 * Columns for declared breakdowns: each key becomes an optional text column whose cells go to
 * `disaggregation[key]`.
 * @example
 * disaggregationColumns({ sex: ['Giới tính'] }); // [{ name: 'sex', aliases: ['Giới tính'], field: 'disaggregation.sex' }]
 */
export function disaggregationColumns(
  declared: Readonly<Record<string, readonly string[]>> | undefined,
): CsvColumn[] {
  return Object.entries(declared ?? {}).map(([key, aliases]) => ({
    name: key,
    aliases,
    field: `disaggregation.${key}`,
  }));
}

/**
 * A stable text key for a breakdown, independent of key order.
 * @example
 * disaggregationKey({ sex: 'female', area: 'x' }) === disaggregationKey({ area: 'x', sex: 'female' }); // true
 */
export function disaggregationKey(d: Readonly<Record<string, string>>): string {
  const keys = Object.keys(d);
  if (keys.length === 0) return '';
  return keys
    .sort()
    .map((k) => `${k}=${d[k]}`)
    .join('\u0001');
}
