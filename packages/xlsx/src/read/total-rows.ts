import { headerKey } from '@cadre/csv';

/** What the unit cell of a total row reads ("Tổng cộng", "Cộng", "Tổng số"; "Total" in English). */
export const TOTAL_LABELS: readonly string[] = ['Tổng cộng', 'Cộng', 'Tổng số', 'Total'];

const KEYS = new Set(TOTAL_LABELS.map(headerKey));

/**
 * Whether a unit cell marks a total row, which is checked against the rows it sums and never
 * imported. A trailing colon and case are ignored ("TỔNG CỘNG:").
 * @example
 * isTotalLabel('Tổng cộng'); // true
 * isTotalLabel('Cao Bằng'); // false
 */
export function isTotalLabel(text: string): boolean {
  return KEYS.has(headerKey(text.replace(/[:.]\s*$/, '')));
}
