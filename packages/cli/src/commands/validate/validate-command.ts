import type { Command } from '../command.js';

/** `cadre validate`: checks programme definitions (JSON) with the core's `defineProgramme`. */
export const validateCommand: Command = {
  name: 'validate',
  summary: {
    vi: 'Kiểm tra tệp định nghĩa chương trình (JSON), in mọi lỗi kèm vị trí',
    en: 'Check programme definition files (JSON), printing every issue with its path',
  },
  usage: 'validate FILE… [--format table|json]',
  positionals: {
    value: 'FILE…',
    help: { vi: 'tệp chương trình .json', en: 'programme .json files' },
  },
  options: {
    format: {
      type: 'string',
      value: 'table|json',
      help: { vi: 'định dạng kết quả (mặc định table)', en: 'output format (default table)' },
    },
  },
  examples: ['cadre validate programme.json', 'cadre validate a.json b.json --lang en'],
  run: async (ctx) => (await import('./run-validate.js')).runValidate(ctx),
};
