import { basename } from 'node:path';
import { fail, ok, type Result } from '@cadre/core';
import { dateStyles } from './cell-styles.js';
import { sharedStrings } from './shared-strings.js';
import type { SheetRow } from './sheet-cell.js';
import { sheetRows } from './sheet-rows.js';
import { unreadable, workbookIssue } from './workbook-issues.js';
import { workbookKind } from './workbook-kind.js';
import { type WorkbookProps, workbookProps } from './workbook-props.js';
import { type ZipPart, zipParts } from './zip-parts.js';

/** Which sheet to read and what to call the file in issues. */
export interface OpenSheetOptions {
  /** The sheet to read, hidden or not; default the first visible sheet. */
  sheet?: string;
  /** The file name issues quote (default: the path's base name, or "workbook.xlsx"). */
  file?: string;
}

/** A sheet opened for reading: its name, date system, and its rows as typed cells, streamed. */
export interface SheetSource {
  file: string;
  sheet: string;
  date1904: boolean;
  /** Rows in sheet order (rows the file leaves out are skipped; `row` says where each is). */
  rows(): AsyncGenerator<SheetRow>;
}

function fileName(source: string | Uint8Array, declared?: string): string {
  if (declared !== undefined) return declared;
  return typeof source === 'string' ? basename(source) : 'workbook.xlsx';
}

async function head(source: string | Uint8Array): Promise<Uint8Array> {
  if (typeof source !== 'string') return source.subarray(0, 8);
  const { open } = await import('node:fs/promises');
  const f = await open(source, 'r');
  try {
    const buf = new Uint8Array(8);
    await f.read(buf, 0, 8, 0);
    return buf;
  } finally {
    await f.close();
  }
}

function chooseSheet(
  props: WorkbookProps,
  wanted: string | undefined,
  file: string,
): Result<WorkbookProps['sheets'][number]> {
  if (wanted === undefined) {
    const first = props.sheets.find((s) => !s.hidden);
    if (first) return ok(first);
    return fail([
      workbookIssue('xlsx.no_sheet', file, null, {
        en: 'the workbook has no visible sheet; name one with --sheet',
        vi: 'sổ tính không có trang tính nào đang hiện; hãy chỉ rõ bằng --sheet',
      }),
    ]);
  }
  const found = props.sheets.find((s) => s.name.normalize('NFC') === wanted.normalize('NFC'));
  if (found) return ok(found);
  const names = props.sheets.map((s) => `"${s.name}"`).join(', ');
  return fail([
    workbookIssue('xlsx.missing_sheet', file, wanted, {
      en: `the workbook has no sheet "${wanted}"; expected one of ${names}`,
      vi: `sổ tính không có trang tính "${wanted}"; cần một trong ${names}`,
    }),
  ]);
}

/**
 * Opens one sheet of an .xlsx workbook as a source of typed rows. The zip is read through its
 * central directory and the sheet's XML is parsed as it streams (unzipper and saxes, the parts
 * exceljs itself is built on), so a sheet of a million rows is never held whole and parts may
 * come in any order. Hidden sheets are passed over unless named. A password-protected or damaged
 * file, or a sheet that is not there, is an issue and no source.
 * @example
 * const r = await openSheet('targets.xlsx', { sheet: 'Biểu 01' });
 * if (r.ok) for await (const row of r.value.rows()) console.log(row.row, row.cells);
 */
export async function openSheet(
  source: string | Uint8Array,
  options: OpenSheetOptions = {},
): Promise<Result<SheetSource>> {
  const file = fileName(source, options.file);
  const kind = workbookKind(await head(source));
  if (kind !== 'zip') return fail([unreadable(file, kind)]);
  let parts: Map<string, ZipPart>;
  let props: WorkbookProps;
  try {
    parts = await zipParts(source);
    props = await workbookProps(parts);
  } catch (error) {
    return fail([unreadable(file, 'zip', (error as Error).message)]);
  }
  const chosen = chooseSheet(props, options.sheet, file);
  if (!chosen.ok) return chosen;
  const { name: sheet, part: path } = chosen.value;
  const part = path === undefined ? undefined : parts.get(path);
  if (part === undefined) return fail([unreadable(file, 'zip', `no part for sheet "${sheet}"`)]);
  async function* rows(): AsyncGenerator<SheetRow> {
    const context = {
      strings: await sharedStrings(parts),
      dateStyles: await dateStyles(parts),
      date1904: props.date1904,
    };
    yield* sheetRows(part!, context);
  }
  return ok({ file, sheet, date1904: props.date1904, rows });
}
