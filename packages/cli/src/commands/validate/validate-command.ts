import { CSV_OPTIONS } from '../../args/common-options.js';
import type { Command } from '../command.js';
import { IMPORT_KINDS } from '../import/detect-kind.js';

/** `cadre validate`: runs every check of `cadre import` on the files, writing nothing. */
export const validateCommand: Command = {
  name: 'validate',
  summary: {
    vi: 'Kiểm tra tệp như khi nhập (chương trình JSON, tệp CSV) mà không ghi gì, in mọi lỗi kèm vị trí',
    en: 'Check files as an import would (programme JSON, CSV files) without writing, printing every issue with its place',
  },
  usage: 'validate FILE… [--as-of YYYY-MM-DD] [--kind KIND] [--format table|json] [options]',
  positionals: {
    value: 'FILE…',
    help: {
      vi: 'các tệp cần kiểm tra, như với cadre import (.json là định nghĩa chương trình)',
      en: 'files to check, as for cadre import (.json is a programme definition)',
    },
  },
  options: {
    'as-of': {
      type: 'string',
      value: 'YYYY-MM-DD',
      help: {
        vi: 'ngày báo cáo để kiểm tra quy tắc giữa các số liệu (mặc định: hôm nay theo giờ Việt Nam)',
        en: 'review date at which rules between figures are checked (default: today in Việt Nam)',
      },
    },
    kind: {
      type: 'string',
      value: 'KIND',
      help: {
        vi: `loại của mọi tệp, khi không muốn tự nhận ra: ${IMPORT_KINDS.join(', ')}`,
        en: `kind of every file, instead of detecting it: ${IMPORT_KINDS.join(', ')}`,
      },
    },
    format: {
      type: 'string',
      value: 'table|json',
      help: { vi: 'định dạng kết quả (mặc định table)', en: 'output format (default table)' },
    },
    ...CSV_OPTIONS,
  },
  examples: [
    'cadre validate programme.json',
    'cadre validate programme.json targets.csv actuals.csv --lang en',
  ],
  run: async (ctx) => (await import('./run-validate.js')).runValidate(ctx),
};
