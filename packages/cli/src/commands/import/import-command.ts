import { CSV_OPTIONS } from '../../args/common-options.js';
import type { Command } from '../command.js';
import { IMPORT_KINDS } from './detect-kind.js';

/** `cadre import`: loads CSV and JSON files into a database. */
export const importCommand: Command = {
  name: 'import',
  summary: {
    vi: 'Nhập tệp CSV/JSON vào CSDL (SQLite, PostgreSQL), in tổng kết số dòng và lỗi',
    en: 'Import CSV/JSON files into a database (SQLite, PostgreSQL) and print the summary',
  },
  usage: 'import --db URL FILE… [--kind KIND] [options]',
  positionals: {
    value: 'FILE…',
    help: {
      vi: 'các tệp cần nhập; loại tệp nhận ra từ dòng tiêu đề (.json là định nghĩa chương trình)',
      en: 'files to import; the kind is told from the header (.json is a programme definition)',
    },
  },
  options: {
    db: {
      type: 'string',
      value: 'URL',
      help: {
        vi: 'CSDL: tệp SQLite (cadre.db), postgres://… hoặc pglite://memory',
        en: 'database: a SQLite file (cadre.db), postgres://… or pglite://memory',
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
      help: { vi: 'định dạng tổng kết (mặc định table)', en: 'summary format (default table)' },
    },
    as: {
      type: 'string',
      value: 'PRINCIPAL',
      help: {
        vi: 'người nhập, ghi vào nhật ký thay đổi',
        en: 'who imports, recorded in the audit log',
      },
    },
    ...CSV_OPTIONS,
  },
  examples: [
    'cadre import --db cadre.db org-units.csv targets.csv actuals.csv',
    'cadre import --db postgres://cadre@localhost/cadre --kind actuals data/2019-*.csv',
  ],
  run: async (ctx) => (await import('./run-import.js')).runImport(ctx),
};
