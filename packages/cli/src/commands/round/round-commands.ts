import type { OptionDefs } from '../../args/option-defs.js';
import type { Command } from '../command.js';

const DB = {
  type: 'string',
  value: 'URL',
  help: {
    vi: 'CSDL: tệp SQLite (cadre.db), postgres://… hoặc pglite://memory',
    en: 'database: a SQLite file (cadre.db), postgres://… or pglite://memory',
  },
} as const;

const ROUND_OPTIONS: OptionDefs = {
  db: DB,
  programme: {
    type: 'string',
    value: 'CODE',
    help: { vi: 'mã chương trình', en: 'programme code' },
  },
  unit: { type: 'string', value: 'CODE', help: { vi: 'mã đơn vị', en: 'org unit code' } },
  period: {
    type: 'string',
    value: 'START..END',
    help: {
      vi: 'kỳ báo cáo, ví dụ 2026-01-01..2026-06-30',
      en: 'the period, e.g. 2026-01-01..2026-06-30',
    },
  },
  as: {
    type: 'string',
    value: 'PRINCIPAL',
    help: { vi: 'người thực hiện, ghi vào nhật ký', en: 'who acts, recorded in the audit log' },
  },
  reason: {
    type: 'string',
    value: 'TEXT',
    help: { vi: 'lý do (bắt buộc khi mở lại)', en: 'reason (required to reopen)' },
  },
  exempt: {
    type: 'string',
    value: 'UNIT=REASON,…',
    help: {
      vi: 'đơn vị trực thuộc được miễn khi duyệt, kèm lý do',
      en: 'child units exempted from an approval, with reasons',
    },
  },
  format: {
    type: 'string',
    value: 'table|json',
    help: { vi: 'định dạng (mặc định table)', en: 'format (default table)' },
  },
};

const ACTIONS = {
  status: {
    vi: 'Xem trạng thái đợt báo cáo của một đơn vị và các đơn vị trực thuộc',
    en: 'Show the round of a unit and its parts',
  },
  submit: {
    vi: 'Nộp số liệu của đơn vị cho cấp trên',
    en: 'Submit a unit’s figures to the level above',
  },
  approve: {
    vi: 'Duyệt đợt báo cáo (cấp trên, khi mọi đơn vị trực thuộc đã nộp)',
    en: 'Approve a round (the level above, once every part submitted)',
  },
  lock: {
    vi: 'Khóa sổ kỳ đã duyệt: không ai ghi được nữa',
    en: 'Lock an approved period: nobody can write to it',
  },
  reopen: { vi: 'Mở lại đợt báo cáo, kèm lý do', en: 'Reopen a round, with a reason' },
} as const;

/** `cadre round status|submit|approve|lock|reopen`. */
export const roundCommands: Command[] = (Object.keys(ACTIONS) as (keyof typeof ACTIONS)[]).map(
  (action) => ({
    name: `round ${action}`,
    summary: ACTIONS[action],
    usage: `round ${action} --db URL --programme P --unit U --period START..END [--as PRINCIPAL]${action === 'reopen' ? ' --reason TEXT' : ''}`,
    options: ROUND_OPTIONS,
    examples: [
      `cadre round ${action} --db cadre.db --programme 12-CTr/TU --unit 04 --period 2026-01-01..2026-06-30 --as tinh-cao-bang${action === 'reopen' ? ' --reason "Sửa số liệu sau hội nghị"' : ''}`,
    ],
    run: async (ctx) => (await import('./run-round.js')).runRound(action, ctx),
  }),
);

/** `cadre audit`: the changes to figures and rounds, who made them and when. */
export const auditCommand: Command = {
  name: 'audit',
  summary: {
    vi: 'Liệt kê nhật ký thay đổi: ai, khi nào, thay đổi gì',
    en: 'List the audit log: who, when, what changed',
  },
  usage: 'audit --db URL [--unit U] [--programme P] [--format table|json]',
  options: {
    db: DB,
    unit: ROUND_OPTIONS.unit!,
    programme: ROUND_OPTIONS.programme!,
    format: ROUND_OPTIONS.format!,
  },
  examples: ['cadre audit --db cadre.db --unit 04001'],
  run: async (ctx) => (await import('./run-audit.js')).runAudit(ctx),
};
