import { type Issue, issue } from '@cadre/core';

/** Issue codes of reading and filling workbooks. */
export type WorkbookIssueCode =
  | 'xlsx.unreadable'
  | 'xlsx.encrypted'
  | 'xlsx.missing_sheet'
  | 'xlsx.no_sheet'
  | 'xlsx.no_header'
  | 'xlsx.formula_without_value'
  | 'xlsx.error_value'
  | 'xlsx.total_mismatch'
  | 'xlsx.too_large'
  | 'form.formula_cell'
  | 'form.merged_cell'
  | 'form.too_many_rows'
  | 'form.no_figure'
  | 'form.ambiguous_figure';

/**
 * A workbook issue: path `[file, site]` where the site is `Sheet1!C12` (or the sheet, or
 * nothing), messages in English and Vietnamese, each naming the file and the site.
 * @example
 * workbookIssue('xlsx.missing_sheet', 'targets.xlsx', 'Biểu 2', { en: 'no such sheet', vi: 'không có trang tính này' });
 */
export function workbookIssue(
  code: WorkbookIssueCode,
  file: string,
  site: string | null,
  text: { en: string; vi: string },
  input?: unknown,
): Issue {
  const where = site === null ? file : `${file}, ${site}`;
  return issue(
    code,
    site === null ? [file] : [file, site],
    `${where}: ${text.en}`,
    `${where}: ${text.vi}`,
    input,
  );
}

/**
 * The issue for bytes that are not a workbook cadre can open: a password-protected file (an
 * encrypted compound file) or a damaged zip.
 * @example
 * unreadable('form.xlsx', 'cfb');
 */
export function unreadable(file: string, kind: 'cfb' | 'zip' | 'unknown', detail = ''): Issue {
  if (kind === 'cfb') {
    return workbookIssue('xlsx.encrypted', file, null, {
      en: 'the file is password-protected (or an old .xls saved as .xlsx); remove the password in Excel (File › Info › Protect Workbook) and save as .xlsx',
      vi: 'tệp có mật khẩu (hoặc là tệp .xls cũ đặt tên .xlsx); hãy gỡ mật khẩu trong Excel (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu dạng .xlsx',
    });
  }
  return workbookIssue('xlsx.unreadable', file, null, {
    en: `the file is not a readable .xlsx workbook (damaged or not a spreadsheet)${detail ? `: ${detail}` : ''}; open it in Excel or LibreOffice and save it again`,
    vi: `tệp không phải sổ tính .xlsx đọc được (hỏng hoặc không phải bảng tính)${detail ? `: ${detail}` : ''}; hãy mở bằng Excel hoặc LibreOffice rồi lưu lại`,
  });
}
