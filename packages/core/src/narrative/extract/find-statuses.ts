import { alternation, NOT_STARTED_VERBS, WB, WE } from '../grammar/words.js';
import { clauseBefore, readClause } from './read-phrase.js';
import { type Scan, takeFree } from './scan.js';
import type { NotMetFigure, NotStartedFigure } from './types.js';

const NOT_MET = new RegExp(
  `${WB}chưa\\s+(?:đạt|hoàn\\s+thành)(?:\\s+(?:được\\s+)?(kế\\s+hoạch|chỉ\\s+tiêu|KH|mục\\s+tiêu|yêu\\s+cầu))?${WE}`,
  'giu',
);
const NOT_STARTED = new RegExp(
  `${WB}chưa\\s+(?:được\\s+)?(${alternation(NOT_STARTED_VERBS)})${WE}`,
  'giu',
);

/** A "chưa …" statement whose clause is read once every span is claimed. */
export interface StatusDraft {
  kind: 'not_started' | 'not_met';
  start: number;
  end: number;
  verb?: string;
  basis?: string;
}

/**
 * Finds "chưa …" statements: "chưa chọn cử", "chưa cử", "chưa thực hiện" (not started, actual
 * 0) and "chưa đạt kế hoạch" (not met). "chưa quan tâm", "chưa cao" say nothing of a figure.
 * @example
 * findStatuses(scan).map((s) => s.kind); // ['not_met', 'not_started', 'not_started'] for seed 004
 */
export function findStatuses(scan: Scan): StatusDraft[] {
  const out: StatusDraft[] = [];
  for (const m of takeFree(scan, NOT_MET)) {
    const basis = m[1]?.toLocaleLowerCase('vi').replace(/\s+/g, ' ');
    out.push({
      kind: 'not_met',
      start: m.index,
      end: m.index + m[0].length,
      ...(basis !== undefined && { basis: basis === 'kh' ? 'KH' : basis }),
    });
  }
  for (const m of takeFree(scan, NOT_STARTED)) {
    const verb = (m[1] ?? '').toLocaleLowerCase('vi').replace(/\s+/g, ' ');
    out.push({ kind: 'not_started', start: m.index, end: m.index + m[0].length, verb });
  }
  return out;
}

/**
 * Completes a status with what it is said of: the clause after a not-started verb, the clause
 * before a "chưa đạt" (or after it, past a colon, when nothing comes before).
 * @example
 * statusFigure(scan, draft).what; // 'cán bộ đi đào tạo đào về chuyên ngành du lịch'
 */
export function statusFigure(scan: Scan, draft: StatusDraft): NotStartedFigure | NotMetFigure {
  if (draft.kind === 'not_started') {
    const what = readClause(scan, draft.end);
    const end = what?.end ?? draft.end;
    return {
      kind: 'not_started',
      span: [draft.start, end],
      text: scan.text.slice(draft.start, end),
      verb: draft.verb ?? '',
      what: what?.text ?? '',
    };
  }
  const before = clauseBefore(scan, draft.start);
  const what = before ?? readClause(scan, draft.end);
  const start = before ? before.start : draft.start;
  const end = before ? draft.end : (what?.end ?? draft.end);
  return {
    kind: 'not_met',
    span: [start, end],
    text: scan.text.slice(start, end),
    ...(draft.basis !== undefined && { basis: draft.basis }),
    what: what?.text ?? '',
  };
}
