import { statusLabel } from '@cadre/core';
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

// Excel shows a double: percentages are cut toward zero at two decimals (69.999% never reads
// as 70%), the status is written in words.
const EXCEL_COLUMNS: WriteColumn<ReportEntry>[] = COLUMNS.map((c) => {
  if (c.name === 'percent') return { ...c, get: (e) => e.row.percent?.toDecimalPlaces(2, 1) };
  if (c.name === 'expected_percent') {
    return { ...c, get: (e) => e.row.expectedShare.times(100).toDecimalPlaces(2, 1) };
  }
  if (c.name === 'status')
    return { ...c, vi: 'Đánh giá', get: (e) => statusLabel(e.row.status, 'vi') };
  return c;
});

/**
 * The JSON contract's fields flattened to CSV columns, numbers as exact plain text so the file
 * reads back without a locale; headers in Vietnamese with `--lang vi`. With `--excel`, the
 * file opens in Excel set to Vietnamese: BOM, `;`, vi-VN numbers and dd/mm/yyyy dates.
 */
export const csvFormat: ReportFormat = {
  name: 'csv',
  kind: 'text',
  machine: true,
  render: (view) =>
    view.output.excel
      ? toCsv(view.entries, EXCEL_COLUMNS, { excel: true, delimiter: ';', headers: 'vi' })
      : toCsv(view.entries, COLUMNS, { headers: view.lang === 'vi' ? 'vi' : 'canonical' }),
};
