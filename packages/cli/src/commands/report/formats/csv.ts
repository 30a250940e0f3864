import { toCsv, type WriteColumn } from '@cadre/csv';
import type { ReportEntry } from '../report-view.js';
import type { ReportFormat } from './report-format.js';

const COLUMNS: WriteColumn<ReportEntry>[] = [
  { name: 'programme', vi: 'Chương trình', get: (e) => e.json.programme },
  { name: 'indicator', vi: 'Chỉ tiêu', get: (e) => e.json.indicator },
  { name: 'org_unit_code', vi: 'Mã đơn vị', get: (e) => e.json.org_unit.code },
  { name: 'org_unit_name', vi: 'Đơn vị', get: (e) => e.json.org_unit.name },
  { name: 'period_start', vi: 'Từ ngày', kind: 'date', get: (e) => e.json.period.start },
  { name: 'period_end', vi: 'Đến ngày', kind: 'date', get: (e) => e.json.period.end },
  { name: 'target', vi: 'Kế hoạch', kind: 'number', get: (e) => e.json.target },
  { name: 'actual', vi: 'Thực hiện', kind: 'number', get: (e) => e.json.actual },
  { name: 'percent', vi: 'Tỷ lệ (%)', kind: 'number', get: (e) => e.json.percent },
  { name: 'status', get: (e) => e.json.status },
  { name: 'phrase', vi: 'Kết quả', get: (e) => e.json.phrase },
  {
    name: 'expected_percent',
    vi: 'Tiến độ thời gian (%)',
    kind: 'number',
    get: (e) => e.json.expected_percent,
  },
  { name: 'on_track', vi: 'Kịp tiến độ', kind: 'boolean', get: (e) => e.json.on_track },
];

/**
 * The JSON contract's fields flattened to CSV columns, numbers as exact plain text so the file
 * reads back without a locale; headers in Vietnamese with `--lang vi`.
 */
export const csvFormat: ReportFormat = {
  name: 'csv',
  machine: true,
  render: (view) =>
    toCsv(view.entries, COLUMNS, { headers: view.lang === 'vi' ? 'vi' : 'canonical' }),
};
