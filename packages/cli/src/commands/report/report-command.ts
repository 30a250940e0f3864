import { CSV_OPTIONS } from '../../args/common-options.js';
import type { Command } from '../command.js';
import { REPORT_FORMATS } from './formats/index.js';

/** `cadre report`: attainment of the quick-path CSV files at a review date. */
export const reportCommand: Command = {
  name: 'report',
  summary: {
    vi: 'Báo cáo tỷ lệ thực hiện chỉ tiêu từ targets.csv và actuals.csv, hoặc từ kho dữ liệu',
    en: 'Attainment report from targets.csv and actuals.csv, or from a store',
  },
  usage:
    'report (--targets FILE --actuals FILE | --db URL --programme CODE…) [--as-of YYYY-MM-DD] [options]',
  options: {
    targets: {
      type: 'string',
      value: 'FILE',
      help: {
        vi: 'tệp chỉ tiêu (targets.csv hoặc .xlsx)',
        en: 'targets file (targets.csv or .xlsx)',
      },
    },
    actuals: {
      type: 'string',
      value: 'FILE',
      help: {
        vi: 'tệp kết quả thực hiện (actuals.csv hoặc .xlsx)',
        en: 'actuals file (actuals.csv or .xlsx)',
      },
    },
    db: {
      type: 'string',
      value: 'URL',
      help: {
        vi: 'đọc từ kho thay vì tệp: tệp SQLite, postgres://…, pglite://memory',
        en: 'read from a store instead of files: SQLite file, postgres://…, pglite://memory',
      },
    },
    programme: {
      type: 'string',
      multiple: true,
      value: 'CODE',
      help: {
        vi: 'mã chương trình cần báo cáo khi đọc từ kho (nhắc lại để lấy nhiều chương trình)',
        en: 'programme to report when reading a store (repeat for several)',
      },
    },
    'as-of': {
      type: 'string',
      value: 'YYYY-MM-DD',
      help: {
        vi: 'ngày báo cáo (mặc định: hôm nay theo giờ Việt Nam)',
        en: 'review date (default: today in Việt Nam)',
      },
    },
    rollup: {
      type: 'string',
      value: 'none|parent|current',
      help: {
        vi: 'tổng hợp: không, lên cấp trên, theo đơn vị hành chính hiện nay (xem --units-as-of)',
        en: "roll-up: none, to parent units, to today's units (see --units-as-of)",
      },
    },
    'units-as-of': {
      type: 'string',
      value: 'YYYY-MM-DD',
      help: {
        vi: 'ngày của danh mục đơn vị khi --rollup current (mặc định: hôm nay theo giờ Việt Nam)',
        en: 'date of the units --rollup current rolls up to (default: today in Việt Nam)',
      },
    },
    format: {
      type: 'string',
      value: REPORT_FORMATS.map((f) => f.name).join('|'),
      help: { vi: 'định dạng kết quả (mặc định table)', en: 'output format (default table)' },
    },
    sheet: {
      type: 'string',
      value: 'NAME',
      help: {
        vi: 'với tệp .xlsx: trang tính cần đọc (mặc định: trang đầu tiên đang hiện)',
        en: 'with .xlsx files: the sheet to read (default: the first visible sheet)',
      },
    },
    out: {
      type: 'string',
      value: 'FILE',
      help: {
        vi: 'ghi kết quả ra tệp (bắt buộc với --format xlsx); ghi trọn hoặc không ghi',
        en: 'write the output to a file (required with --format xlsx); written whole or not at all',
      },
    },
    excel: {
      type: 'boolean',
      help: {
        vi: 'với --format csv: tệp cho Excel tiếng Việt (BOM, dấu ;, số 1.234,5, ngày dd/mm/yyyy)',
        en: 'with --format csv: a file for Excel set to Vietnamese (BOM, ;, 1.234,5, dd/mm/yyyy)',
      },
    },
    issuer: {
      type: 'string',
      value: 'TEXT',
      help: {
        vi: 'với --format xlsx: cơ quan ban hành ở góc trên bên trái',
        en: 'with --format xlsx: issuing body at the top left',
      },
    },
    place: {
      type: 'string',
      value: 'TEXT',
      help: {
        vi: 'với --format xlsx: địa danh của dòng "…, ngày … tháng … năm …"',
        en: 'with --format xlsx: place of the date line "…, ngày … tháng … năm …"',
      },
    },
    template: {
      type: 'string',
      value: 'FILE',
      help: {
        vi: 'với --format xlsx: điền vào biểu mẫu .xlsx của cơ quan, giữ nguyên bố cục',
        en: "with --format xlsx: fill the agency's own .xlsx form, keeping its layout",
      },
    },
    mapping: {
      type: 'string',
      value: 'FILE',
      help: {
        vi: 'với --template: tệp JSON nói số liệu nào vào ô nào (docs/xlsx.md)',
        en: 'with --template: JSON saying which figure goes to which cell (docs/xlsx.md)',
      },
    },
    ...CSV_OPTIONS,
  },
  examples: [
    'cadre report --targets targets.csv --actuals actuals.csv --as-of 2019-05-20',
    'cadre report --targets targets.csv --actuals actuals.csv --as-of 2025-08-01 --rollup current --format json --lang en',
    'cadre report --db cadre.db --programme 12-CTr/TU --as-of 2019-05-20',
    'cadre report --targets targets.csv --actuals actuals.csv --format xlsx --out bao-cao.xlsx',
    'cadre report --targets targets.csv --actuals actuals.csv --format csv --excel --out bao-cao.csv',
  ],
  // Loaded on use, so other commands start without the report's dependencies.
  run: async (ctx) => (await import('./run-report.js')).runReport(ctx),
};
