import type { OrgUnitIndex } from '../org-units/org-unit-index.js';
import { fail, type Issue, issue, issuesFromZod, ok, type Result } from '../result/issue.js';
import { wrongState } from './messages.js';
import {
  type RoundPeriod,
  type RoundRecord,
  type RoundState,
  type RoundTransition,
  RoundTransitionSchema,
} from './schema.js';

/** The rounds a transition changed, in the new state, the acted-on round first. */
export interface TransitionOutcome {
  transition: RoundTransition;
  changed: RoundRecord[];
}

/**
 * The state of a unit's round among `records` (one programme and period); open when absent.
 * @example
 * roundStateOf([], '04001'); // 'open'
 */
export function roundStateOf(records: readonly RoundRecord[], orgUnit: string): RoundState {
  return records.find((r) => r.orgUnit === orgUnit)?.state ?? 'open';
}

const samePeriod = (a: RoundPeriod, b: RoundPeriod) => a.start === b.start && a.end === b.end;

// A child counts toward its parent's approval once it has submitted; a child reopened by the
// approving level has submitted before, and the corrections since are the approver's own.
const HAS_SUBMITTED: readonly RoundState[] = ['submitted', 'approved', 'locked', 'reopened'];

const FROM: Record<RoundTransition['action'], readonly RoundState[]> = {
  submit: ['open', 'reopened'],
  approve: ['open', 'submitted', 'reopened'],
  lock: ['approved'],
  reopen: ['submitted', 'approved', 'locked'],
};

function record(
  t: RoundTransition,
  orgUnit: string,
  state: RoundState,
  kept: RoundRecord | undefined,
): RoundRecord {
  // A lock seals the approval as it stood, so the units it exempted stay exempted.
  const exemptions =
    t.action === 'lock' ? (kept?.exemptions ?? []) : orgUnit === t.orgUnit ? t.exemptions : [];
  return {
    programme: t.programme,
    orgUnit,
    period: { start: t.period.start, end: t.period.end },
    state,
    by: t.by,
    at: t.at,
    reason: t.reason ?? null,
    exemptions,
  };
}

function approvalIssues(t: RoundTransition, index: OrgUnitIndex, states: Map<string, RoundState>) {
  const issues: Issue[] = [];
  const children = index.children(t.orgUnit).map((c) => c.code);
  const exempt = new Set(t.exemptions.map((e) => e.orgUnit));
  t.exemptions.forEach((e, i) => {
    if (!children.includes(e.orgUnit)) {
      issues.push(
        issue(
          'round.exemption_not_child',
          ['exemptions', i, 'orgUnit'],
          `${e.orgUnit} is not a unit directly under ${t.orgUnit}`,
          `${e.orgUnit} không phải đơn vị trực thuộc ${t.orgUnit}`,
          e.orgUnit,
        ),
      );
    }
  });
  if (children.length === 0) {
    // A unit with nothing under it is approved by the level above once it has submitted.
    if (states.get(t.orgUnit) !== 'submitted') {
      issues.push(wrongState('approve', t.orgUnit, t.period, states.get(t.orgUnit) ?? 'open'));
    }
    return issues;
  }
  const waiting = children.filter(
    (c) => !exempt.has(c) && !HAS_SUBMITTED.includes(states.get(c) ?? 'open'),
  );
  if (waiting.length > 0) {
    issues.push(
      issue(
        'round.children_not_submitted',
        ['orgUnit'],
        `cannot approve ${t.orgUnit}: ${waiting.length} of ${children.length} units under it have not submitted (${waiting.join(', ')}); exempt them with a reason or wait`,
        `chưa thể duyệt ${t.orgUnit}: ${waiting.length}/${children.length} đơn vị trực thuộc chưa nộp (${waiting.join(', ')}); miễn kèm lý do hoặc chờ nộp`,
        waiting,
      ),
    );
  }
  return issues;
}

/**
 * Applies a transition to the rounds of its programme and period. Rules, over the org tree:
 * - submit: a unit submits its own figures, from open or reopened;
 * - approve: on a unit with units under it, every child has submitted or is exempted with a
 *   reason; on a unit with none, the unit has submitted. Submitted children become approved;
 * - lock: an approved round, and its approved children, become locked;
 * - reopen: needs a reason; the round and its children that were not open become reopened.
 * Who may act for which unit is `mayActOn`; this checks only the data.
 * @example
 * applyRoundTransition([], { action: 'submit', programme: 'P', orgUnit: '04001',
 *   period: { start: '2026-01-01', end: '2026-06-30' }, by: 'xa-04001', at: '2026-07-01T08:00:00+07:00' }, index);
 * // { ok: true, value: { changed: [{ orgUnit: '04001', state: 'submitted', … }], … } }
 */
export function applyRoundTransition(
  records: readonly RoundRecord[],
  input: unknown,
  index: OrgUnitIndex,
): Result<TransitionOutcome> {
  const parsed = RoundTransitionSchema.safeParse(input);
  if (!parsed.success) return fail(issuesFromZod(parsed.error));
  const t = parsed.data;
  if (index.get(t.orgUnit) === undefined) {
    return fail([
      issue(
        'round.unknown_org_unit',
        ['orgUnit'],
        `org unit ${t.orgUnit} is unknown`,
        `không có đơn vị mã ${t.orgUnit}`,
        t.orgUnit,
      ),
    ]);
  }
  const mine = records.filter((r) => r.programme === t.programme && samePeriod(r.period, t.period));
  const states = new Map(mine.map((r) => [r.orgUnit, r.state]));
  const current = states.get(t.orgUnit) ?? 'open';
  const issues: Issue[] = [];
  if (!FROM[t.action].includes(current))
    issues.push(wrongState(t.action, t.orgUnit, t.period, current));
  if (t.action === 'reopen' && t.reason === undefined) {
    issues.push(
      issue(
        'round.reason_required',
        ['reason'],
        'reopening a round needs a reason',
        'mở lại đợt báo cáo phải nêu lý do',
      ),
    );
  }
  if (t.action !== 'approve' && t.exemptions.length > 0) {
    issues.push(
      issue(
        'round.exemptions_only_on_approve',
        ['exemptions'],
        'exemptions belong to an approval',
        'chỉ khi duyệt mới được miễn đơn vị',
      ),
    );
  }
  if (t.action === 'approve' && issues.length === 0)
    issues.push(...approvalIssues(t, index, states));
  if (issues.length > 0) return fail(issues);

  const children = index.children(t.orgUnit).map((c) => c.code);
  const target: Record<RoundTransition['action'], RoundState> = {
    submit: 'submitted',
    approve: 'approved',
    lock: 'locked',
    reopen: 'reopened',
  };
  const cascadeFrom: Record<RoundTransition['action'], readonly RoundState[]> = {
    submit: [],
    approve: ['submitted'],
    lock: ['approved'],
    reopen: ['submitted', 'approved', 'locked'],
  };
  const stored = (unit: string) => mine.find((r) => r.orgUnit === unit);
  const changed = [record(t, t.orgUnit, target[t.action], stored(t.orgUnit))];
  for (const c of children) {
    if (cascadeFrom[t.action].includes(states.get(c) ?? 'open')) {
      changed.push(record(t, c, target[t.action], stored(c)));
    }
  }
  return ok({ transition: t, changed });
}
