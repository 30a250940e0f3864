import { ACTUAL_COLUMNS, readActualsCsv, TARGET_COLUMNS } from '@cadre/csv';
import { describe, expect, it } from 'vitest';
import { day, sheetjsWorkbook } from '../__fixtures__/sheetjs-workbook.js';
import { bridgeSheetToCsv } from './sheet-to-csv.js';

const SPECS = [TARGET_COLUMNS, ACTUAL_COLUMNS];

// The same actuals as CSV and as a workbook with a title block, a two-row header, date cells,
// a vi-VN number typed as text and a total row.
const CSV = [
  'Chương trình,Chỉ tiêu,Đơn vị,Ngày,Thực hiện',
  '12-CTr/TU,sent,04,20/05/2019,114',
  '12-CTr/TU,sent,06,28/02/2019,"1.033,5"',
  '12-CTr/TU,sent,19,13/11/2018,41',
  '',
].join('\n');

function workbook(options: { date1904?: boolean; total?: number } = {}) {
  return sheetjsWorkbook(
    [
      {
        name: 'Ẩn',
        hidden: true,
        rows: [['Chương trình', 'Chỉ tiêu', 'Đơn vị', 'Ngày', 'Thực hiện']],
      },
      {
        name: 'Biểu 01',
        merges: ['A1:B1', 'C1:E1', 'A4:E4', 'A6:A7', 'B6:B7', 'C6:C7', 'D6:E6'],
        rows: [
          ['TỈNH ỦY CAO BẰNG', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
          [null, null, 'Độc lập - Tự do - Hạnh phúc'],
          [],
          ['BÁO CÁO KẾT QUẢ CỬ CÁN BỘ ĐI ĐÀO TẠO'],
          [],
          ['Chương trình', 'Chỉ tiêu', 'Đơn vị', 'Kết quả'],
          [null, null, null, 'Ngày', 'Thực hiện'],
          ['12-CTr/TU', 'sent', '04', day('2019-05-20'), 114],
          ['12-CTr/TU', 'sent', '06', day('2019-02-28'), '1.033,5'],
          ['12-CTr/TU', 'sent', '19', day('2018-11-13'), 41],
          [null, null, 'Tổng cộng', null, options.total ?? 1188.5],
        ],
      },
    ],
    options,
  );
}

async function bridged(bytes: Uint8Array, extra: { sheet?: string } = {}) {
  const r = await bridgeSheetToCsv(bytes, {
    columns: SPECS,
    locale: 'vi-VN',
    file: 'actuals.xlsx',
    ...extra,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('bridgeSheetToCsv', () => {
  for (const date1904 of [false, true]) {
    it(`reads the same records as the same data in CSV (${date1904 ? '1904' : '1900'} dates)`, async () => {
      const sheet = await bridged(workbook({ date1904 }));
      expect(sheet.sheet).toBe('Biểu 01');
      expect(sheet.header.rows).toEqual([6, 7]);
      expect(sheet.issues).toEqual([]);
      expect(sheet.totals).toBe(1);
      const fromSheet = await readActualsCsv(sheet.path, { locale: 'vi-VN' });
      const fromCsv = await readActualsCsv({ text: CSV, name: 'actuals.csv' }, { locale: 'vi-VN' });
      expect(fromSheet.summary.issues).toEqual([]);
      expect(fromSheet.records).toEqual(fromCsv.records);
      await sheet.dispose();
    });
  }

  it('checks the total row against the rows it sums, and never imports it', async () => {
    const sheet = await bridged(workbook({ total: 1190 }));
    expect(sheet.issues.map((i) => [i.code, i.path])).toEqual([
      ['xlsx.total_mismatch', ['actuals.xlsx', "'Biểu 01'!E11"]],
    ]);
    expect(sheet.issues[0]?.messageVi).toContain('1188.5');
    const read = await readActualsCsv(sheet.path, { locale: 'vi-VN' });
    expect(read.records).toHaveLength(3);
    await sheet.dispose();
  });

  it("cites the sheet's cells in the CSV readers' issues", async () => {
    const bytes = sheetjsWorkbook([
      {
        name: 'Sheet1',
        rows: [
          ['Chương trình', 'Chỉ tiêu', 'Đơn vị', 'Ngày', 'Thực hiện'],
          ['12-CTr/TU', 'sent', '04', day('2019-05-20'), 'mười'],
        ],
      },
    ]);
    const sheet = await bridged(bytes);
    const read = await readActualsCsv(sheet.path, { locale: 'vi-VN' });
    const [issue] = sheet.resite(read.summary.issues);
    expect(issue?.path).toEqual([2, 'value']);
    expect(issue?.message).toMatch(
      /^actuals\.xlsx, Sheet1!E2 \(column "Thực hiện"\): expected a number/,
    );
    expect(issue?.messageVi).toMatch(/^actuals\.xlsx, Sheet1!E2 \(cột "Thực hiện"\)/);
    await sheet.dispose();
  });

  it('names a formula without a cached value and keeps its row out', async () => {
    const bytes = sheetjsWorkbook([
      {
        name: 'Sheet1',
        rows: [
          ['Chương trình', 'Chỉ tiêu', 'Đơn vị', 'Ngày', 'Thực hiện'],
          ['12-CTr/TU', 'sent', '04', day('2019-05-20'), { t: 'n', f: '100+14' }],
          ['12-CTr/TU', 'sent', '06', day('2019-05-20'), { t: 'n', f: '1000+33', v: 1033 }],
        ],
      },
    ]);
    const sheet = await bridged(bytes);
    expect(sheet.issues.map((i) => [i.code, i.path, i.input])).toEqual([
      ['xlsx.formula_without_value', ['actuals.xlsx', 'Sheet1!E2'], '=100+14'],
    ]);
    const read = await readActualsCsv(sheet.path, { locale: 'vi-VN' });
    expect(read.records.map((r) => r.value.toString())).toEqual(['1033']);
    await sheet.dispose();
  });

  it('skips hidden sheets unless named, and names a missing sheet', async () => {
    const bytes = workbook();
    const hidden = await bridged(bytes, { sheet: 'Ẩn' });
    expect(hidden.sheet).toBe('Ẩn');
    await hidden.dispose();
    const missing = await bridgeSheetToCsv(bytes, {
      columns: SPECS,
      sheet: 'Biểu 02',
      file: 'a.xlsx',
    });
    expect(!missing.ok && missing.issues[0]?.message).toBe(
      'a.xlsx, Biểu 02: the workbook has no sheet "Biểu 02"; expected one of "Ẩn", "Biểu 01"',
    );
  });

  it('gives clear issues for a damaged zip, a password-protected file and no header', async () => {
    const bytes = workbook();
    const damaged = await bridgeSheetToCsv(bytes.slice(0, bytes.length - 100), {
      columns: SPECS,
      file: 'a.xlsx',
    });
    expect(!damaged.ok && damaged.issues[0]?.code).toBe('xlsx.unreadable');
    const cfb = new Uint8Array(512);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const locked = await bridgeSheetToCsv(cfb, { columns: SPECS, file: 'a.xlsx' });
    expect(!locked.ok && locked.issues[0]?.code).toBe('xlsx.encrypted');
    const none = await bridgeSheetToCsv(sheetjsWorkbook([{ name: 'S', rows: [['a', 'b']] }]), {
      columns: SPECS,
      file: 'a.xlsx',
    });
    expect(!none.ok && none.issues[0]?.code).toBe('xlsx.no_header');
  });
});
