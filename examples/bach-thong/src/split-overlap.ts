import {
  addDaysIso,
  customPeriod,
  type Period,
  periodIntersection,
  periodsOverlap,
} from '@cadre/core';

type Range = Pick<Period, 'start' | 'end'>;

/** Where two periods meet: the days they share, and the days each has alone. */
export interface Overlap {
  overlaps: boolean;
  both: Period | null;
  onlyA: Period[];
  onlyB: Period[];
}

/**
 * Splits two periods into the days they share and the days only one of them covers, so a record
 * dated in each part is known to count for one programme or for both.
 * @example
 * splitOverlap({ start: '2016-05-22', end: '2021-05-22' }, { start: '2016-01-01', end: '2020-12-31' });
 * // { overlaps: true, both: { start: '2016-05-22', end: '2020-12-31' },
 * //   onlyA: [{ start: '2021-01-01', end: '2021-05-22' }], onlyB: [{ start: '2016-01-01', end: '2016-05-21' }] }
 */
export function splitOverlap(a: Range, b: Range): Overlap {
  const both = periodIntersection(a, b);
  return {
    overlaps: periodsOverlap(a, b),
    both,
    onlyA: outside(a, both),
    onlyB: outside(b, both),
  };
}

function outside(p: Range, shared: Range | null): Period[] {
  if (shared === null) return [customPeriod(p.start, p.end)];
  const out: Period[] = [];
  if (p.start < shared.start) out.push(customPeriod(p.start, addDaysIso(shared.start, -1)));
  if (shared.end < p.end) out.push(customPeriod(addDaysIso(shared.end, 1), p.end));
  return out;
}
