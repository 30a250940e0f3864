import type { OrgUnit } from './schema.js';

/**
 * How figures recorded at one unit travel through the org tree and through time:
 * - up the tree, to the parent and its parents;
 * - forward through a merge or a rename, to the one unit that took the unit over
 *   (Bắc Kạn → Thái Nguyên from 1/7/2025);
 * - both ways through a re-coding, where a unit has exactly one successor and that successor has
 *   exactly one predecessor (pre-2025 Cao Bằng ↔ 04): the two codes are one unit;
 * - never through a split (several successors): sharing a figure out would be a guess.
 *
 * The answer for a unit is the list of units whose targets count its figures, itself first.
 */
export interface Lineage {
  /** Itself, then every unit its figures count toward (see above), each once. */
  countsToward(code: string): readonly string[];
  /** The units whose successor links lead to `code`: what was merged into it or renamed to it. */
  predecessors(code: string): readonly string[];
}

/**
 * Builds the lineage relation over indexed units. Answers are worked out on first use and kept:
 * an index over the national geography (13,000 units) asks for a few thousand of them per report.
 * @example
 * const lineage = createLineage(byCode);
 * lineage.countsToward('pre2025:bac-kan'); // ['pre2025:bac-kan', '19', …]
 */
export function createLineage(byCode: ReadonlyMap<string, OrgUnit>): Lineage {
  const preds = new Map<string, string[]>();
  for (const unit of byCode.values()) {
    for (const s of unit.successors) {
      const list = preds.get(s.code);
      if (list) {
        if (!list.includes(unit.code)) list.push(unit.code);
      } else preds.set(s.code, [unit.code]);
    }
  }
  const successorCodes = (unit: OrgUnit): string[] => [
    ...new Set(unit.successors.map((s) => s.code)),
  ];
  const memo = new Map<string, readonly string[]>();

  const countsToward = (code: string): readonly string[] => {
    const known = memo.get(code);
    if (known) return known;
    const out: string[] = [];
    const seen = new Set<string>();
    const queue = [code];
    for (let i = 0; i < queue.length; i++) {
      const at = queue[i]!;
      if (seen.has(at)) continue;
      seen.add(at);
      out.push(at);
      const unit = byCode.get(at);
      if (!unit) continue;
      if (unit.parentCode !== null) queue.push(unit.parentCode);
      const next = successorCodes(unit);
      // One successor: a merge, a rename or a re-coding. Several: a split, never followed.
      if (next.length === 1) queue.push(next[0]!);
      // A re-coding runs both ways: the former code is the same unit.
      const before = preds.get(at) ?? [];
      if (before.length === 1) {
        const former = byCode.get(before[0]!);
        if (former && successorCodes(former).length === 1) queue.push(former.code);
      }
    }
    memo.set(code, out);
    return out;
  };

  return {
    countsToward,
    predecessors: (code) => preds.get(code) ?? [],
  };
}
