import {
  type AttainmentRow,
  type AttainmentStatus,
  type ImportSummary,
  type Issue,
  statusLabel,
} from '@cadre/core';
import { toCsv, type WriteColumn, type WriteCsvOptions } from './write-csv.js';

const STATUSES: readonly AttainmentStatus[] = [
  'exceeded',
  'met',
  'not_met',
  'not_started',
  'no_target',
];

/** Status words for reports, the core's own (`statusLabel`): Vietnamese, English alternative. */
export const STATUS_LABELS: Readonly<Record<AttainmentStatus, { vi: string; en: string }>> =
  Object.fromEntries(
    STATUSES.map((s) => [s, { vi: statusLabel(s, 'vi'), en: statusLabel(s, 'en') }]),
  ) as Record<AttainmentStatus, { vi: string; en: string }>;

/** Options of `writeAttainmentCsv`: the file layout plus how percentages are cut. */
export interface AttainmentWriteOptions extends WriteCsvOptions {
  /**
   * Decimals for `percent` and `expected_percent`, cut toward zero so 69.5% is never shown as
   * 70%; trailing zeros are dropped. Default: exact, as the core computed it. Targets, actuals
   * and ratios are always exact.
   */
  decimals?: number;
  /** Breakdown keys, one column each (default: every key the rows use, sorted). */
  disaggregations?: readonly string[];
}

interface DecimalLike {
  toFixed(): string;
  toDecimalPlaces(dp: number, rm: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8): DecimalLike;
  times(n: number): DecimalLike;
}

/**
 * Attainment report rows (the core's `AttainmentRow`) as CSV: target, actual, ratio, percent,
 * status, expected share of the period and whether the unit keeps pace. Decimals are exact
 * unless `decimals` is set, and then truncated, never rounded up. With `headers: 'vi'` (or Excel
 * mode) the status is written in Vietnamese ("vượt", "chưa đạt"); otherwise as its code.
 * @example
 * writeAttainmentCsv(report.rows, { excel: true, headers: 'vi', decimals: 1 });
 */
export function writeAttainmentCsv(
  rows: readonly AttainmentRow[],
  options: AttainmentWriteOptions = {},
): string {
  const vi = options.headers === 'vi' || options.excel === true;
  const exact = (d: DecimalLike | null) => (d === null ? null : d.toFixed());
  // ROUND_DOWN (1) in decimal.js: cut toward zero; trailing zeros are not written.
  const cut = (d: DecimalLike | null) => {
    if (d === null) return null;
    return options.decimals === undefined
      ? d.toFixed()
      : d.toDecimalPlaces(options.decimals, 1).toFixed();
  };
  const keys =
    options.disaggregations ??
    [...new Set(rows.flatMap((r) => Object.keys(r.disaggregation)))].sort();
  const columns: WriteColumn<AttainmentRow>[] = [
    { name: 'programme', vi: 'Chương trình', get: (r) => r.programme },
    { name: 'indicator', vi: 'Chỉ tiêu', get: (r) => r.indicator },
    { name: 'org_unit', vi: 'Đơn vị', get: (r) => r.orgUnit },
    { name: 'period_start', vi: 'Từ ngày', kind: 'date', get: (r) => r.period.start },
    { name: 'period_end', vi: 'Đến ngày', kind: 'date', get: (r) => r.period.end },
    ...keys.map((k) => ({ name: k, get: (r: AttainmentRow) => r.disaggregation[k] })),
    { name: 'target', vi: 'Kế hoạch', kind: 'number', get: (r) => exact(r.target) },
    { name: 'baseline', vi: 'Số gốc', kind: 'number', get: (r) => exact(r.baseline) },
    { name: 'actual', vi: 'Thực hiện', kind: 'number', get: (r) => exact(r.actual) },
    { name: 'ratio', vi: 'Tỷ lệ', kind: 'number', get: (r) => r.ratio?.toFixed() },
    { name: 'percent', vi: 'Tỷ lệ đạt (%)', kind: 'number', get: (r) => cut(r.percent) },
    { name: 'status', vi: 'Đánh giá', get: (r) => (vi ? STATUS_LABELS[r.status].vi : r.status) },
    {
      name: 'expected_percent',
      vi: 'Tiến độ thời gian (%)',
      kind: 'number',
      get: (r) => cut((r.expectedShare as unknown as DecimalLike).times(100)),
    },
    { name: 'on_track', vi: 'Đúng tiến độ', kind: 'boolean', get: (r) => r.onTrack },
  ];
  return toCsv(rows, columns, options);
}

const COUNTS = [
  ['read', 'số dòng đã đọc'],
  ['imported', 'số dòng đã nhập'],
  ['updated', 'số dòng đã cập nhật'],
  ['ignored', 'số dòng bị bỏ qua'],
] as const;

/**
 * An import summary as CSV, one row per issue (`code, line, column, input, message_vi,
 * message`), after four rows holding the counts (`summary.read`, `summary.imported`,
 * `summary.updated`, `summary.ignored`, the number in `input`), so one file says it all.
 * @example
 * writeImportSummaryCsv(result.summary, { excel: true, headers: 'vi' });
 */
export function writeImportSummaryCsv(
  summary: ImportSummary,
  options: WriteCsvOptions = {},
): string {
  const counts: Issue[] = COUNTS.map(([k, vi]) => ({
    code: `summary.${k}`,
    path: [],
    message: `rows ${k}`,
    messageVi: vi,
    input: String(summary[k]),
  }));
  const columns: WriteColumn<Issue>[] = [
    { name: 'code', vi: 'Mã lỗi', get: (i) => i.code },
    {
      name: 'line',
      vi: 'Dòng',
      get: (i) => (typeof i.path[0] === 'number' ? String(i.path[0]) : null),
    },
    {
      name: 'column',
      vi: 'Cột',
      get: (i) => (i.path.length > 1 ? i.path.slice(1).join('.') : null),
    },
    { name: 'input', vi: 'Giá trị', get: (i) => (i.input === undefined ? null : String(i.input)) },
    { name: 'message_vi', vi: 'Nội dung', get: (i) => i.messageVi ?? i.message },
    { name: 'message', vi: 'Message (English)', get: (i) => i.message },
  ];
  return toCsv([...counts, ...summary.issues], columns, options);
}
