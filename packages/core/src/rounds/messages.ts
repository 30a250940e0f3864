import { type Issue, type IssuePath, issue } from '../result/issue.js';
import type { RoundAction, RoundPeriod, RoundState } from './schema.js';

const STATE_VI: Record<RoundState, string> = {
  open: 'đang mở',
  submitted: 'đã nộp',
  approved: 'đã duyệt',
  locked: 'đã khóa sổ',
  reopened: 'đã mở lại',
};

const ACTION_VI: Record<RoundAction, string> = {
  submit: 'nộp',
  approve: 'duyệt',
  lock: 'khóa sổ',
  reopen: 'mở lại',
};

/**
 * The Vietnamese name of a round state.
 * @example
 * roundStateVi('locked'); // 'đã khóa sổ'
 */
export function roundStateVi(state: RoundState): string {
  return STATE_VI[state];
}

/**
 * The Vietnamese name of an action.
 * @example
 * roundActionVi('approve'); // 'duyệt'
 */
export function roundActionVi(action: RoundAction): string {
  return ACTION_VI[action];
}

/** `2026-01-01..2026-06-30`, the form the CLI reads. */
export function periodText(p: RoundPeriod): string {
  return `${p.start}..${p.end}`;
}

/** A transition the round's state does not allow. */
export function wrongState(
  action: RoundAction,
  unit: string,
  period: RoundPeriod,
  state: RoundState,
  path: IssuePath = ['action'],
): Issue {
  return issue(
    'round.wrong_state',
    path,
    `cannot ${action} the round of ${unit} for ${periodText(period)}: it is ${state}`,
    `không thể ${ACTION_VI[action]} đợt báo cáo của ${unit} kỳ ${periodText(period)}: đợt đang ở trạng thái ${STATE_VI[state]}`,
    state,
  );
}

/** A write refused because the period's round is frozen. */
export function frozenPeriod(
  path: IssuePath,
  programme: string,
  unit: string,
  period: RoundPeriod,
  state: RoundState,
): Issue {
  return issue(
    'round.period_frozen',
    path,
    `the period ${periodText(period)} of programme ${programme} at ${unit} is ${state}: figures in it cannot be written (reopen the round first)`,
    `kỳ ${periodText(period)} của chương trình ${programme} tại ${unit} ${STATE_VI[state]}: không được ghi số liệu vào kỳ này (cần mở lại đợt báo cáo trước)`,
    state,
  );
}
