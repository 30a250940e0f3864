import type { Issue } from '@cadre/core';
import { countDigits } from '../cells/parse-number.js';
import {
  echoText,
  MAX_NUMBER_DIGITS,
  MAX_ROW_CHARS,
  MAX_TEXT_CELL_CHARS,
} from '../limits/csv-limits.js';

/** Every issue code this package emits itself (core codes such as `org_unit.unknown` pass through). */
export type CsvIssueCode =
  | 'csv.empty_file'
  | 'csv.no_rows'
  | 'csv.unterminated_quote'
  | 'csv.invalid_quote'
  | 'csv.invalid_encoding'
  | 'csv.nul_byte'
  | 'csv.row_too_long'
  | 'csv.cell_too_long'
  | 'csv.number_too_long'
  | 'csv.column_count'
  | 'csv.missing_column'
  | 'csv.unknown_column'
  | 'csv.duplicate_column'
  | 'csv.required'
  | 'csv.invalid_number'
  | 'csv.ambiguous_number'
  | 'csv.negative_number'
  | 'csv.not_integer'
  | 'csv.invalid_date'
  | 'csv.impossible_date'
  | 'csv.invalid_value'
  | 'csv.period_inverted'
  | 'csv.duplicate_key'
  | 'csv.indicator_conflict'
  | 'csv.too_many_issues'
  | 'csv.formula_without_value';

/** Where an issue sits: file, 1-based line and canonical column ('*' for the whole row). */
export interface IssueSite {
  file: string;
  line: number;
  column: string;
  /** The header as written in the file, when it differs from the canonical name. */
  header?: string;
  /** The source's own name for the cell (`Sheet1!C12`), said instead of line and column. */
  at?: string;
}

/** What a message may say beyond the site. */
export interface IssueDetail {
  /** What was expected, in English and Vietnamese. */
  expected?: { en: string; vi: string };
  /** A number the message needs: a line of the first duplicate, a column count. */
  count?: number;
  other?: number;
}

type Text = (input: string, d: IssueDetail) => string;

const EN: Record<CsvIssueCode, Text> = {
  'csv.empty_file': () => 'the file is empty; expected a header line',
  'csv.no_rows': () => 'the file has a header but no data rows',
  'csv.unterminated_quote': () => 'a quoted field opened here is never closed',
  'csv.invalid_quote': () => 'a closing quote must be followed by a delimiter or line break',
  'csv.invalid_encoding': (v) =>
    `"${v}" holds bytes that are not UTF-8; save the file as "CSV UTF-8"`,
  'csv.nul_byte': () =>
    'the cell holds a NUL byte (code 0), which text never does; save the file as "CSV UTF-8"',
  'csv.row_too_long': (_, d) =>
    `the row is longer than ${d.count ?? MAX_ROW_CHARS} characters, the limit; it was not read`,
  'csv.cell_too_long': (v, d) =>
    `the cell holds ${d.other} characters, more than the limit of ${d.count ?? MAX_TEXT_CELL_CHARS}: "${v}"`,
  'csv.number_too_long': (v, d) =>
    `expected a number of at most ${d.count ?? MAX_NUMBER_DIGITS} digits, got ${d.other} digits: "${v}"`,
  'csv.column_count': (_, d) => `expected ${d.count} fields, found ${d.other}`,
  'csv.missing_column': () => 'required column is missing from the header',
  'csv.unknown_column': (v) => `"${v}" is not a known column; rename it or declare an alias`,
  'csv.duplicate_column': (v, d) => `"${v}" maps to the same column as field ${d.other}`,
  'csv.required': (_, d) => `a value is required${exp(d, 'en')}`,
  'csv.invalid_number': (v, d) => `expected a number${exp(d, 'en')}, got "${v}"`,
  'csv.ambiguous_number': (v) =>
    `"${v}" is ambiguous (thousands or decimals?); declare the locale, vi-VN or en`,
  'csv.negative_number': (v) => `expected a number ≥ 0, got "${v}"`,
  'csv.not_integer': (v) => `expected a whole number, got "${v}"`,
  'csv.invalid_date': (v, d) => `expected a date${exp(d, 'en')}, got "${v}"`,
  'csv.impossible_date': (v) => `"${v}" is not a date on the calendar`,
  'csv.invalid_value': (v, d) => `"${v}" is not allowed${exp(d, 'en')}`,
  'csv.period_inverted': (v) => `the period ends (${v}) before it starts`,
  'csv.duplicate_key': (_, d) =>
    `same key as ${d.other === undefined ? 'an earlier line' : `line ${d.other}`}; each key may appear once per file`,
  'csv.indicator_conflict': (v, d) =>
    `indicator "${v}" is described differently on line ${d.other}${exp(d, 'en')}`,
  'csv.too_many_issues': (v) => `${v} more issues were found and not listed`,
  'csv.formula_without_value': (v) =>
    `the cell holds the formula "${v}" with no saved value; open the file in a spreadsheet and save it`,
};

const VI: Record<CsvIssueCode, Text> = {
  'csv.empty_file': () => 'tệp rỗng; cần có dòng tiêu đề',
  'csv.no_rows': () => 'tệp chỉ có dòng tiêu đề, không có dòng dữ liệu',
  'csv.unterminated_quote': () => 'dấu ngoặc kép mở ở đây không được đóng',
  'csv.invalid_quote': () => 'sau dấu ngoặc kép đóng phải là dấu phân cách hoặc xuống dòng',
  'csv.invalid_encoding': (v) => `"${v}" chứa byte không phải UTF-8; hãy lưu tệp dạng "CSV UTF-8"`,
  'csv.nul_byte': () =>
    'ô chứa byte NUL (mã 0), văn bản không bao giờ có; hãy lưu tệp dạng "CSV UTF-8"',
  'csv.row_too_long': (_, d) =>
    `dòng dài hơn giới hạn ${d.count ?? MAX_ROW_CHARS} ký tự; dòng không được đọc`,
  'csv.cell_too_long': (v, d) =>
    `ô có ${d.other} ký tự, vượt giới hạn ${d.count ?? MAX_TEXT_CELL_CHARS}: "${v}"`,
  'csv.number_too_long': (v, d) =>
    `cần một số có tối đa ${d.count ?? MAX_NUMBER_DIGITS} chữ số, nhận được ${d.other} chữ số: "${v}"`,
  'csv.column_count': (_, d) => `cần ${d.count} trường, có ${d.other}`,
  'csv.missing_column': () => 'thiếu cột bắt buộc trong dòng tiêu đề',
  'csv.unknown_column': (v) => `"${v}" không phải cột đã biết; hãy đổi tên hoặc khai báo bí danh`,
  'csv.duplicate_column': (v, d) => `"${v}" trùng cột với trường thứ ${d.other}`,
  'csv.required': (_, d) => `bắt buộc có giá trị${exp(d, 'vi')}`,
  'csv.invalid_number': (v, d) => `cần một số${exp(d, 'vi')}, nhận được "${v}"`,
  'csv.ambiguous_number': (v) =>
    `"${v}" không rõ nghĩa (hàng nghìn hay thập phân?); hãy khai báo định dạng vi-VN hoặc en`,
  'csv.negative_number': (v) => `cần một số ≥ 0, nhận được "${v}"`,
  'csv.not_integer': (v) => `cần một số nguyên, nhận được "${v}"`,
  'csv.invalid_date': (v, d) => `cần một ngày${exp(d, 'vi')}, nhận được "${v}"`,
  'csv.impossible_date': (v) => `"${v}" không phải là ngày có thật trên lịch`,
  'csv.invalid_value': (v, d) => `"${v}" không hợp lệ${exp(d, 'vi')}`,
  'csv.period_inverted': (v) => `ngày kết thúc (${v}) trước ngày bắt đầu`,
  'csv.duplicate_key': (_, d) =>
    `trùng khóa với ${d.other === undefined ? 'một dòng trước' : `dòng ${d.other}`}; mỗi khóa chỉ được xuất hiện một lần`,
  'csv.indicator_conflict': (v, d) =>
    `chỉ tiêu "${v}" được mô tả khác ở dòng ${d.other}${exp(d, 'vi')}`,
  'csv.too_many_issues': (v) => `còn ${v} lỗi khác không được liệt kê`,
  'csv.formula_without_value': (v) =>
    `ô chứa công thức "${v}" chưa có giá trị lưu; hãy mở tệp bằng phần mềm bảng tính rồi lưu lại`,
};

// A size past a limit is measured on the whole input, before the echo is cut.
function sized(code: CsvIssueCode, input: string, d: IssueDetail): IssueDetail {
  if (d.other !== undefined) return d;
  if (code === 'csv.number_too_long') return { ...d, other: countDigits(input) };
  if (code === 'csv.cell_too_long') return { ...d, other: input.length };
  return d;
}

function exp(d: IssueDetail, lang: 'en' | 'vi'): string {
  if (!d.expected) return '';
  return lang === 'en' ? ` (expected ${d.expected.en})` : ` (cần ${d.expected.vi})`;
}

/**
 * Where an issue sits, in words: "targets.csv, line 7, column "Kế hoạch"".
 * @example
 * describeSite({ file: 'a.csv', line: 3, column: 'target' }, 'vi'); // 'a.csv, dòng 3, cột "target"'
 */
export function describeSite(site: IssueSite, lang: 'en' | 'vi'): string {
  if (site.line <= 0) return site.file;
  if (site.at !== undefined) return `${site.file}, ${site.at}`;
  const col =
    site.column === '*'
      ? ''
      : `, ${lang === 'en' ? 'column' : 'cột'} "${echoText(site.header ?? site.column)}"`;
  return `${site.file}, ${lang === 'en' ? 'line' : 'dòng'} ${site.line}${col}`;
}

/**
 * Builds a CSV issue: path `[line, column]`, the offending text as `input`, and messages in
 * English and Vietnamese that name the file, line and column and say what was expected.
 * @example
 * csvIssue('csv.negative_number', { file: 'targets.csv', line: 4, column: 'target' }, '-5');
 */
export function csvIssue(
  code: CsvIssueCode,
  site: IssueSite,
  input?: string,
  detail: IssueDetail = {},
): Issue {
  const v = echoText(input ?? '');
  const d = sized(code, input ?? '', detail);
  const out: Issue = {
    code,
    path: [site.line, site.column],
    message: `${describeSite(site, 'en')}: ${EN[code](v, d)}`,
    messageVi: `${describeSite(site, 'vi')}: ${VI[code](v, d)}`,
  };
  if (input !== undefined) out.input = v;
  return out;
}

/**
 * Moves an issue from another layer (the core's org-unit index, a zod schema) to a CSV cell:
 * the code stays, the path becomes `[line, column]` and the messages gain the site.
 * @example
 * siteIssue(resolved.issues[0], { file: 'actuals.csv', line: 9, column: 'org_unit' }, 'Bắc Cạn');
 */
export function siteIssue(source: Issue, site: IssueSite, input?: string): Issue {
  const out: Issue = {
    code: source.code,
    path: [site.line, site.column],
    message: `${describeSite(site, 'en')}: ${source.message}`,
    messageVi: `${describeSite(site, 'vi')}: ${source.messageVi ?? source.message}`,
  };
  const value = input ?? source.input;
  if (value !== undefined) out.input = typeof value === 'string' ? echoText(value) : value;
  return out;
}
