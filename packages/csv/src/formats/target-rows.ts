import { TargetSchema } from '@cadre/core';
import type { RecordSchema } from '../read/record-schema.js';
import { disaggregationKey } from './disaggregation.js';
import type { TargetRecord } from './read-targets.js';

/** What a targets.csv row says about its indicator besides the target. */
export interface TargetHint {
  name?: string;
  measure?: 'count' | 'reduction';
  direction?: 'at_least' | 'at_most' | 'reduction';
  unit?: string;
  aggregation?: 'sum' | 'latest';
  /** How the attainment phrase reads: "bằng 60% KH" rather than "đạt 60% KH". */
  verb?: 'đạt' | 'bằng';
  basis?: 'KH' | 'kế hoạch' | 'chỉ tiêu';
}

/** A targets.csv row as the reader keeps it: the target, its hint and its line. */
export interface TargetRow {
  target: TargetRecord;
  hint: TargetHint;
  line: number;
}

/**
 * Targets this reader made from `TargetSchema`'s own output: a programme built from them need
 * not parse them again (the schema's output parses to itself).
 */
export const SCHEMA_TARGETS = new WeakSet<TargetRecord>();

/**
 * The schema of targets.csv rows: the core's `TargetSchema` on every row, so issues are zod's.
 * @example
 * targetRowSchema().safeParse({ programme: 'P', indicator: 'sent', … });
 */
export function targetRowSchema(): RecordSchema<TargetRow> {
  return {
    safeParse(input) {
      const { hint, line, ...rest } = input as {
        programme: string;
        hint?: TargetHint;
        line: number;
      };
      const r = TargetSchema.safeParse(rest);
      if (!r.success) return r;
      const target = { ...r.data, programme: rest.programme };
      SCHEMA_TARGETS.add(target);
      return { success: true, data: { target, hint: hint ?? {}, line } };
    },
  };
}

/**
 * A target's duplicate key as issues quote it: its cells, NUL-separated.
 * @example
 * targetKeyText(row); // 'ĐTBD-2026-2030\u0000sent\u000001\u00002026-01-01\u00002030-12-31\u0000category=cb.dang'
 */
export function targetKeyText({ target: t }: TargetRow): string {
  return `${t.programme}\u0000${t.indicator}\u0000${t.orgUnit}\u0000${t.period.start}\u0000${t.period.end}\u0000${disaggregationKey(t.disaggregation)}`;
}

/**
 * A short stand-in for `targetKeyText`, equal for two rows exactly when their key texts are: rows
 * walk a tree of their five cells and their breakdown's key text (worked out once per distinct
 * set of breakdown cells), and each leaf is named once. The cells are the same few strings on
 * every row, so a row allocates nothing but its own leaf. Without a NUL in any part the key text
 * splits back into those six parts, so leaves and texts agree; a row with a NUL keys by its text,
 * which then holds more NULs than any other row's, and no leaf name holds one.
 * @example
 * const key = compactTargetKey();
 * key(row) === key(sameKeyRow); // true
 */
export function compactTargetKey(): (row: TargetRow) => string {
  const breakdowns = new Node();
  const rows = new Node();
  let leaves = 0;
  return (row) => {
    const t = row.target;
    const d = t.disaggregation;
    let at = breakdowns;
    for (const k in d) at = at.child(k).child(d[k]!);
    at.name ??= disaggregationKey(d);
    const parts = [t.programme, t.indicator, t.orgUnit, t.period.start, t.period.end, at.name];
    at = rows;
    for (const part of parts) {
      const next = at.kids?.get(part);
      if (next !== undefined) at = next;
      else if (part.includes('\u0000')) return targetKeyText(row);
      else at = at.child(part);
    }
    at.name ??= String(leaves++);
    return at.name;
  };
}

/** A node of a tree of texts, with a name for the path that leads to it. */
class Node {
  // Most nodes are leaves: their map is made with their first child.
  kids: Map<string, Node> | undefined;
  name: string | undefined;

  child(text: string): Node {
    this.kids ??= new Map();
    let next = this.kids.get(text);
    if (next === undefined) {
      next = new Node();
      this.kids.set(text, next);
    }
    return next;
  }
}
