import { TargetSchema } from '@cadre/core';
import type { CsvLocale } from '../cells/locale.js';
import { parseDateText } from '../cells/parse-date.js';
import { parseNumberText } from '../cells/parse-number.js';
import type { HeaderMatch } from '../headers/match-headers.js';
import type { RecordSchema } from '../read/record-schema.js';
import { disaggregationKey } from './disaggregation.js';
import type { OrgUnitLookup } from './org-unit-lookup.js';
import { plainTarget } from './plain-target.js';
import type { TargetRecord } from './read-targets.js';
import { TARGET_COLUMNS } from './target-columns.js';

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

/** Programme → indicators whose rows have met `TargetSchema` itself in this file. */
export type CheckedPairs = Map<string, Set<unknown>>;

/**
 * The schema of targets.csv rows. With 'plain', rows meet `TargetSchema` itself until one row of
 * each (programme, indicator) has passed it; after that `plainTarget` checks them by hand with the
 * schema's rules (a property test holds it to the schema), and anything it is unsure of still
 * goes to the schema, so issues are zod's. With 'schema', every row meets the schema.
 * @example
 * const schema = targetRowSchema('plain', new Map());
 */
export function targetRowSchema(
  check: 'plain' | 'schema',
  passed: CheckedPairs,
): RecordSchema<TargetRow> {
  return {
    safeParse(input) {
      const row = input as {
        programme: string;
        indicator: unknown;
        hint?: TargetHint;
        line: number;
      };
      const seen = check === 'plain' && passed.get(row.programme)?.has(row.indicator);
      const plain = seen ? plainTarget(input) : undefined;
      if (plain !== undefined) {
        const target = plain as TargetRecord;
        target.programme = row.programme;
        return { success: true, data: { target, hint: row.hint ?? {}, line: row.line } };
      }
      const { hint, line, ...rest } = row;
      const r = TargetSchema.safeParse(rest);
      if (!r.success) return r;
      const indicators = passed.get(row.programme);
      if (indicators) indicators.add(row.indicator);
      else passed.set(row.programme, new Set([row.indicator]));
      return {
        success: true,
        data: { target: { ...r.data, programme: rest.programme }, hint: hint ?? {}, line },
      };
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

const REQUIRED = ['programme', 'indicator', 'org_unit', 'period_start', 'period_end'] as const;
/** Columns whose cells turn a row into a reduction or add to its target: the general path's. */
const GENERAL_ONLY = [
  'measure',
  'baseline',
  'direction',
  'unit',
  'aggregation',
  'verb',
  'basis',
  'note',
];
const DECIMAL = /^\d+(\.\d+)?$/;
const MAX_REMEMBERED = 4096;

/**
 * The quick path of targets.csv: a plain row (codes, ISO or local dates, a count, text
 * breakdowns, an indicator name; nothing that makes a reduction, no formula guard, no issue)
 * becomes the very `TargetRow` the general path (cells, `prepareTarget`, `TargetSchema` rules)
 * would make, without the intermediate record. Anything else, and the first row of each
 * (programme, indicator), which must meet the schema itself, gives undefined: the general path
 * takes the row and reports what is wrong with it. Undefined when the header has no place for it.
 * @example
 * const quick = quickTargetRows(header, ['category'], locale, lookup, passed);
 * quick?.(['ĐTBD', 'sent', '01', '2026-01-01', '2030-12-31', '12', 'cb.dang'], 2);
 */
export function quickTargetRows(
  header: HeaderMatch,
  breakdowns: readonly string[],
  locale: CsvLocale,
  lookup: OrgUnitLookup,
  passed: CheckedPairs,
): ((row: readonly string[], line: number) => TargetRow | undefined) | undefined {
  const at = (name: string) => header.index.get(name);
  const [ip, ii, io, is, ie] = REQUIRED.map(at);
  // A breakdown named like a target column shares its cell: the general path sorts that out.
  const clash = breakdowns.some((k) => TARGET_COLUMNS.some((c) => c.name === k));
  if (ip === undefined || ii === undefined || io === undefined || clash) return undefined;
  if (is === undefined || ie === undefined) return undefined;
  const it = at('target');
  const iname = at('indicator_name');
  const others = GENERAL_ONLY.map(at).filter((i) => i !== undefined);
  const extra = breakdowns.flatMap((k) => {
    const i = at(k);
    return i === undefined ? [] : [[k, i] as const];
  });
  const asText = (own: string) => own;
  const asDate = (own: string) => {
    const iso = parseDateText(own, locale);
    return iso.startsWith('csv.') ? null : iso;
  };
  const asValue = (own: string) => {
    const v = parseNumberText(own, locale, { percent: true });
    return v.ok && DECIMAL.test(v.text) ? v.text : null;
  };
  // One memory per column: a column repeats its own few texts, often row after row.
  const programmes = new Remembered(asText);
  const indicators = new Remembered(asText);
  const units = new Remembered(asText);
  const names = new Remembered(asText);
  const starts = new Remembered(asDate);
  const ends = new Remembered(asDate);
  const values = new Remembered(asValue);
  const kinds = extra.map(() => new Remembered(asText));
  // A text cell as the general path reads it, or undefined when only that path can read it.
  const text = (cell: string, seen: Remembered<string>): string | undefined => {
    const t = cell.trim();
    if (t === '' || t.charCodeAt(0) === 39) return undefined;
    return seen.get(t);
  };
  const date = (cell: string, seen: Remembered<string | null>) =>
    seen.get(cell.trim()) ?? undefined;
  const value = (cell: string): string | null | undefined => {
    const raw = cell.trim();
    if (raw === '') return null;
    // A percent is a reduction's or an issue: the general path decides.
    if (raw.endsWith('%')) return undefined;
    return values.get(raw) ?? undefined;
  };

  return (row, line) => {
    for (const i of others) if (row[i]!.trim() !== '') return undefined;
    const programme = text(row[ip]!, programmes);
    const indicator = text(row[ii]!, indicators);
    const unitText = text(row[io]!, units);
    const start = date(row[is]!, starts);
    const end = date(row[ie]!, ends);
    if (programme === undefined || indicator === undefined || unitText === undefined) {
      return undefined;
    }
    if (start === undefined || end === undefined || end < start) return undefined;
    if (!passed.get(programme)?.has(indicator)) return undefined;
    const amount = it === undefined ? null : value(row[it]!);
    if (amount === undefined) return undefined;
    const orgUnit = lookup(unitText, { start, end });
    if (typeof orgUnit !== 'string') return undefined;
    const disaggregation: Record<string, string> = {};
    for (let e = 0; e < extra.length; e++) {
      const [k, i] = extra[e]!;
      const cell = row[i]!;
      if (cell.trim() === '') continue;
      const v = text(cell, kinds[e]!);
      if (v === undefined) return undefined;
      disaggregation[k] = v;
    }
    const hint: TargetHint = {};
    if (iname !== undefined && row[iname]!.trim() !== '') {
      const name = text(row[iname]!, names);
      if (name === undefined) return undefined;
      hint.name = name;
    }
    const period = { start, end };
    const target: TargetRecord = {
      indicator,
      orgUnit,
      period,
      value: amount,
      disaggregation,
      source: 'stated',
      programme,
    };
    return { target, hint, line };
  };
}

/**
 * What one column's texts read as (never undefined), kept once per distinct text (up to a bound)
 * and checked first against the row before. Each is made from a copy of the text: a cell can be
 * a slice of its whole chunk of the file, which must not stay alive after its rows, and every row
 * then shares one string per distinct value.
 */
class Remembered<V> {
  private readonly seen = new Map<string, V>();
  private lastText = '';
  private lastValue: V | undefined;

  constructor(private readonly read: (own: string) => V) {}

  get(text: string): V {
    if (text === this.lastText && this.lastValue !== undefined) return this.lastValue;
    let v = this.seen.get(text);
    if (v === undefined && this.seen.size >= MAX_REMEMBERED) v = this.read(text);
    else if (v === undefined) {
      const own = text.split('').join('');
      v = this.read(own);
      this.seen.set(own, v);
    }
    this.lastText = text;
    this.lastValue = v;
    return v;
  }
}
