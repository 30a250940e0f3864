import type { NumberLocale } from '../format/format-number.js';
import { orgLevelLabel } from '../org-units/level-label.js';
import type { OrgUnitIndex } from '../org-units/org-unit-index.js';
import { roundStateVi } from './messages.js';
import type { RoundRecord, RoundState } from './schema.js';

/** How far the units directly under a unit have come in a round. */
export interface RoundProgress {
  orgUnit: string;
  state: RoundState;
  /** Units directly under it. */
  children: number;
  /** Children per state; every child is counted once. */
  byState: Record<RoundState, number>;
  /** Children the last approval exempted. */
  exempt: number;
  /** The children's level when they share one (e.g. 'commune'), else null. */
  childLevel: string | null;
  /** Why the round was reopened, while it is reopened; null otherwise. */
  reason: string | null;
}

/**
 * The approval state of a unit and its parts, for "12 of 15 communes approved".
 * @example
 * roundProgress(records, '04', index); // { children: 15, byState: { approved: 12, submitted: 3, … }, … }
 */
export function roundProgress(
  records: readonly RoundRecord[],
  orgUnit: string,
  index: OrgUnitIndex,
): RoundProgress {
  const states = new Map(records.map((r) => [r.orgUnit, r]));
  const children = index.children(orgUnit);
  const byState: Record<RoundState, number> = {
    open: 0,
    submitted: 0,
    approved: 0,
    locked: 0,
    reopened: 0,
  };
  for (const c of children) byState[states.get(c.code)?.state ?? 'open']++;
  const levels = new Set(children.map((c) => c.level));
  const own = states.get(orgUnit);
  return {
    orgUnit,
    state: own?.state ?? 'open',
    children: children.length,
    byState,
    exempt: own?.exemptions.length ?? 0,
    childLevel: levels.size === 1 ? [...levels][0]! : null,
    reason: own?.state === 'reopened' ? own.reason : null,
  };
}

/**
 * One line for a report: the round's state (with the reason of a reopening), then how many parts
 * are approved (locked counts as approved: it was approved first).
 * @example
 * describeRoundProgress(progress, 'en'); // 'round: submitted · 12 of 15 communes approved'
 * describeRoundProgress(progress, 'vi'); // 'đợt báo cáo: đã nộp · 12/15 xã đã duyệt'
 */
export function describeRoundProgress(p: RoundProgress, lang: NumberLocale): string {
  const approved = p.byState.approved + p.byState.locked;
  const level = p.childLevel === null ? null : orgLevelLabel(p.childLevel, lang);
  if (lang === 'vi') {
    const why = p.reason === null ? '' : ` (lý do: ${p.reason})`;
    const head = `đợt báo cáo: ${roundStateVi(p.state)}${why}`;
    if (p.children === 0) return head;
    const exempt = p.exempt > 0 ? `, ${p.exempt} được miễn` : '';
    return `${head} · ${approved}/${p.children} ${level ?? 'đơn vị trực thuộc'} đã duyệt${exempt}`;
  }
  const head = `round: ${p.state}${p.reason === null ? '' : ` (reason: ${p.reason})`}`;
  if (p.children === 0) return head;
  const noun = level === null ? 'units' : `${level === 'commune' ? 'communes' : `${level} units`}`;
  const exempt = p.exempt > 0 ? `, ${p.exempt} exempted` : '';
  return `${head} · ${approved} of ${p.children} ${noun} approved${exempt}`;
}
