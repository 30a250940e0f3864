import type { IsoDate } from '../dates/calendar-date.js';
import type { OrgUnitIndex } from '../org-units/org-unit-index.js';
import type { Programme, Target } from '../programmes/schema.js';
import { type Issue, issue } from '../result/issue.js';
import { disaggregationKey } from './cell-key.js';
import { addDecimalText } from './decimal-text.js';
import { selectTargets } from './select-targets.js';
import type { ReportFilter, Rollup } from './types.js';

/** What picks a report's targets: the filter, and for `rollup: 'current'` the units' date. */
export interface ReportTargetsOptions {
  filter?: ReportFilter;
  orgUnits?: OrgUnitIndex;
  rollup?: Rollup;
  /** The date whose units 'current' moves targets to. */
  rollupAsOf: IsoDate;
}

/**
 * The targets a report counts figures for: `selectTargets`, then, with `rollup: 'current'`,
 * moved to the units of `rollupAsOf` (`rollTargetsToCurrent`). Every stage-1 path (the core,
 * a CSV reader, a store's SQL) starts from this list, so each counts the same figures.
 * @example
 * reportTargets(programme, { orgUnits, rollup: 'current', rollupAsOf: '2025-07-01' }).targets;
 */
export function reportTargets(
  programme: Programme,
  options: ReportTargetsOptions,
): { targets: Target[]; issues: Issue[] } {
  const { orgUnits } = options;
  const kept = selectTargets(programme, {
    ...(options.filter && { filter: options.filter }),
    ...(orgUnits && { orgUnits }),
  });
  if (options.rollup !== 'current' || !orgUnits) return { targets: kept, issues: [] };
  return rollTargetsToCurrent(kept, orgUnits, options.rollupAsOf);
}

/**
 * Moves targets to the units that hold their population on `asOf` and merges the targets that
 * land on one cell (Bắc Kạn's and Thái Nguyên's 2021–2025 targets become one Thái Nguyên target
 * of their sum). A moved target counts every figure of its new unit's lineage, the new unit's
 * own figures included, so figures recorded after a merger under the new unit are counted.
 * A unit split across several units keeps its targets where they are, with an
 * `org_unit.lineage_split` issue: no share is guessed. Targets merged where only some have a
 * value get no value and a `rollup.mixed_targets` issue.
 * @example
 * rollTargetsToCurrent(targets, index, '2025-07-01').targets; // one target per current cell
 */
export function rollTargetsToCurrent(
  targets: readonly Target[],
  orgUnits: OrgUnitIndex,
  asOf: IsoDate,
): { targets: Target[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const moved = new Map<string, string>();
  const unitOf = (code: string): string => {
    let to = moved.get(code);
    if (to === undefined) {
      const current = orgUnits.currentUnit(code, asOf);
      to = current.ok ? current.value.code : code;
      if (!current.ok) {
        for (const i of current.issues) issues.push({ ...i, path: ['orgUnits', code, ...i.path] });
      }
      moved.set(code, to);
    }
    return to;
  };
  const groups = new Map<string, Target[]>();
  for (const t of targets) {
    const unit = unitOf(t.orgUnit);
    const key = JSON.stringify([
      t.indicator,
      unit,
      t.period.start,
      t.period.end,
      disaggregationKey(t.disaggregation),
    ]);
    const list = groups.get(key);
    const at = unit === t.orgUnit ? t : { ...t, orgUnit: unit };
    if (list) list.push(at);
    else groups.set(key, [at]);
  }
  const out: Target[] = [];
  for (const [key, members] of groups) {
    out.push(members.length === 1 ? members[0]! : mergeTargets(members, key, issues));
  }
  return { targets: out, issues };
}

function mergeTargets(members: Target[], key: string, issues: Issue[]): Target {
  const first = members[0]!;
  const valued = members.filter((t) => t.value !== null);
  let value: string | null = null;
  if (valued.length === members.length) {
    value = valued.reduce((acc, t) => addDecimalText(acc, t.value as string), '0');
  } else if (valued.length > 0) {
    issues.push(
      issue(
        'rollup.mixed_targets',
        ['cells', key, 'target'],
        `targets merged into ${key}: ${valued.length} of ${members.length} have a value; the merged target is left empty rather than summing part of it`,
        `các chỉ tiêu gộp vào ${key}: ${valued.length}/${members.length} có giá trị; chỉ tiêu sau khi gộp để trống, không cộng một phần`,
      ),
    );
  }
  const baselines = members.filter((t) => t.baseline !== undefined);
  const merged: Target = { ...first, value, source: first.source };
  delete merged.interval;
  delete merged.note;
  if (baselines.length === members.length) {
    merged.baseline = baselines.reduce((acc, t) => addDecimalText(acc, t.baseline as string), '0');
  } else delete merged.baseline;
  return merged;
}
