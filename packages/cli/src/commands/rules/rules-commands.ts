import { CSV_OPTIONS } from '../../args/common-options.js';
import type { OptionDefs } from '../../args/option-defs.js';
import type { Command } from '../command.js';

const SHARED: OptionDefs = {
  'as-of': {
    type: 'string',
    value: 'YYYY-MM-DD',
    help: {
      vi: 'ngày kiểm tra (mặc định: hôm nay theo giờ Việt Nam)',
      en: 'review date (default: today in Việt Nam)',
    },
  },
  format: {
    type: 'string',
    value: 'table|json',
    help: { vi: 'định dạng kết quả (mặc định table)', en: 'output format (default table)' },
  },
  ...CSV_OPTIONS,
};

/** `cadre rules rotation`: checks rotations against the rotation rule pack in force. */
export const rotationRulesCommand: Command = {
  name: 'rules rotation',
  summary: {
    vi: 'Kiểm tra luân chuyển cán bộ theo quy định (QĐ 98-QĐ/TW, QĐ 65-QĐ/TW)',
    en: 'Check rotations against the rules in force (QĐ 98-QĐ/TW, QĐ 65-QĐ/TW)',
  },
  usage: 'rules rotation --people FILE --rotations FILE [--as-of YYYY-MM-DD] [options]',
  options: {
    people: {
      type: 'string',
      value: 'FILE',
      help: { vi: 'tệp cán bộ (persons.csv)', en: 'persons file (persons.csv)' },
    },
    rotations: {
      type: 'string',
      value: 'FILE',
      help: { vi: 'tệp luân chuyển (rotations.csv)', en: 'rotations file (rotations.csv)' },
    },
    ...SHARED,
  },
  examples: [
    'cadre rules rotation --people persons.csv --rotations rotations.csv --as-of 2023-01-01',
  ],
  run: async (ctx) => (await import('./run-rotation-rules.js')).runRotationRules(ctx),
};

/** `cadre rules planning`: checks a succession pool against the planning rule pack in force. */
export const planningRulesCommand: Command = {
  name: 'rules planning',
  summary: {
    vi: 'Kiểm tra danh sách quy hoạch theo quy định (QĐ 50-QĐ/TW, QĐ 377-QĐ/TW)',
    en: 'Check a succession pool against the rules in force (QĐ 50-QĐ/TW, QĐ 377-QĐ/TW)',
  },
  usage: 'rules planning --pool FILE [--as-of YYYY-MM-DD] [--level province] [options]',
  options: {
    pool: {
      type: 'string',
      value: 'FILE',
      help: {
        vi: 'tệp cán bộ trong quy hoạch: cột planned_posts ghi các chức danh, cách nhau bởi |',
        en: 'persons in the pool: column planned_posts lists their posts, separated by |',
      },
    },
    level: {
      type: 'string',
      value: 'LEVEL',
      help: {
        vi: 'cấp quy hoạch, quyết định ngưỡng tuổi trẻ (mặc định province)',
        en: 'planning level, which sets the youth threshold (default province)',
      },
    },
    ...SHARED,
  },
  examples: ['cadre rules planning --pool pool.csv --as-of 2023-06-01 --level province'],
  run: async (ctx) => (await import('./run-planning-rules.js')).runPlanningRules(ctx),
};

/** `cadre rules list`: the rule packs in force at a date, with references and unverified items. */
export const listRulesCommand: Command = {
  name: 'rules list',
  summary: {
    vi: 'Liệt kê các quy định có hiệu lực tại một ngày, căn cứ pháp lý và nội dung chưa đối chiếu',
    en: 'List the rules in force at a date, with their references and unverified items',
  },
  usage: 'rules list [--as-of YYYY-MM-DD] [--kind KIND] [--programme FILE] [--format table|json]',
  options: {
    'as-of': SHARED['as-of'] as OptionDefs[string],
    kind: {
      type: 'string',
      value: 'KIND',
      help: {
        vi: 'chỉ một loại quy định, ví dụ performance_evaluation, training_posting',
        en: 'one kind of rule only, e.g. performance_evaluation, training_posting',
      },
    },
    programme: {
      type: 'string',
      value: 'FILE',
      help: {
        vi: 'tệp chương trình .json: báo các khoảng trong thời gian thực hiện không có quy định có hiệu lực',
        en: 'programme .json file: report the stretches of its period with no rule in force',
      },
    },
    format: SHARED.format as OptionDefs[string],
  },
  examples: [
    'cadre rules list --as-of 2026-01-01',
    'cadre rules list --programme programme.json --kind staff_reduction',
    'cadre rules list --as-of 2020-06-30 --kind refresher_training --format json',
  ],
  run: async (ctx) => (await import('./run-rules-list.js')).runRulesList(ctx),
};
