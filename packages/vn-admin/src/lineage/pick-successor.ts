/** How a former unit's communes spread over today's units, largest share first. */
export interface SuccessorChoice {
  /** The unit that received all or most of the communes (ties go to the lower code). */
  code: string;
  /** Every receiving unit with its number of communes, largest first, then by code. */
  shares: { code: string; communes: number }[];
  /** Total communes counted. */
  communes: number;
  /** Whether more than one unit received communes. */
  split: boolean;
}

/**
 * Chooses the successor of a former unit from how many of its communes each new unit received:
 * the one that received them all, or most. Returns null when nothing was received.
 * @example
 * pickSuccessor(new Map([['25', 210], ['01', 2]])); // { code: '25', split: true, communes: 212, … }
 */
export function pickSuccessor(counts: ReadonlyMap<string, number>): SuccessorChoice | null {
  const shares = [...counts]
    .filter(([, n]) => n > 0)
    .map(([code, communes]) => ({ code, communes }))
    .sort((a, b) => b.communes - a.communes || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const first = shares[0];
  if (!first) return null;
  return {
    code: first.code,
    shares,
    communes: shares.reduce((sum, s) => sum + s.communes, 0),
    split: shares.length > 1,
  };
}
