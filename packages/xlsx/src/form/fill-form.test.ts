import { toDecimal } from '@cadre/core';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AGENCY_MAPPING, agencyForm } from '../__fixtures__/agency-form.js';
import { AS_OF, fixtureReport } from '../__fixtures__/report-data.js';
import { NO_SOFFICE, SOFFICE, sofficeConvert } from '../__fixtures__/soffice.js';
import { fillForm } from './fill-form.js';

const UNITS: Record<string, string> = { '04': 'Cao Bằng', '06': 'Bắc Kạn', '19': 'Thái Nguyên' };
const options = { name: 'bieu-01.xlsx', unitName: (c: string) => UNITS[c] };

async function filled(mapping: unknown = AGENCY_MAPPING) {
  const { programme, rows } = await fixtureReport();
  const result = await fillForm(
    await agencyForm(),
    mapping,
    { programme, rows, asOf: AS_OF },
    options,
  );
  return { result, rows: rows.filter((r) => r.indicator === 'sent') };
}

async function bytesOf(mapping?: unknown) {
  const { result, rows } = await filled(mapping);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return { bytes: result.value, rows };
}

describe('fillForm', () => {
  it('writes the mapped figures and keeps merged cells, styles and formulas', async () => {
    const { bytes, rows } = await bytesOf();
    // Read with SheetJS, not with the library that filled the form.
    const ws = XLSX.read(bytes, { sheetStubs: true }).Sheets['Biểu 01']!;
    const merges = (ws['!merges'] ?? []).map((m) => XLSX.utils.encode_range(m));
    expect(merges).toEqual(expect.arrayContaining(['A1:C1', 'A3:F3']));
    rows.forEach((row, i) => {
      expect(ws[`B${6 + i}`]?.v).toBe(UNITS[row.orgUnit]);
      expect(ws[`C${6 + i}`]?.v).toBe(Number(row.target?.toFixed()));
      expect(ws[`D${6 + i}`]?.v).toBe(Number(row.actual.toFixed()));
    });
    expect(ws.C11?.f).toBe('SUM(C6:C10)');
    expect(ws.E6?.f).toBe('IF(N(C6)=0,"",D6/C6)');
    expect(ws.F2?.t).toBe('n');
    expect(XLSX.SSF.format('yyyy-mm-dd', ws.F2?.v as number)).toBe(AS_OF);
    // Styles: the header keeps its fill and the number formats stay on the reserved rows.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = wb.getWorksheet('Biểu 01')!;
    expect(sheet.getCell('C5').fill).toMatchObject({ fgColor: { argb: 'FFFFFF00' } });
    expect(sheet.getCell('C6').numFmt).toBe('#,##0');
    expect(sheet.getColumn(2).width).toBe(28);
  });

  it.skipIf(!SOFFICE)(
    'recalculates the form formulas in LibreOffice',
    { timeout: 120_000 },
    async () => {
      const { bytes, rows } = await bytesOf();
      const csv = sofficeConvert(
        bytes,
        'bieu-01.xlsx',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false',
      )
        .toString('utf8')
        .split('\n')
        .map((l) => l.split(','));
      const total = csv.find((cells) => cells[1] === 'Tổng cộng')!;
      const sum = (f: (r: (typeof rows)[number]) => string) =>
        rows.reduce((s, r) => s.plus(f(r)), toDecimal('0'));
      // Raw values (the "false" above turns off formatted export): the totals are LibreOffice's sums.
      expect(Number(total[2])).toBeCloseTo(sum((r) => r.target!.toFixed()).toNumber(), 9);
      expect(Number(total[3])).toBeCloseTo(sum((r) => r.actual.toFixed()).toNumber(), 9);
      rows.forEach((row, i) => {
        // Unformatted export still writes a percent cell with its sign: 285% for 2.85.
        const shown = csv[5 + i]![4]!;
        expect(shown.endsWith('%')).toBe(true);
        expect(Number(shown.slice(0, -1)) / 100).toBeCloseTo(row.ratio!.toNumber(), 9);
      });
    },
  );
  if (!SOFFICE) it.skip(`LibreOffice recalculation: ${NO_SOFFICE}`, () => {});

  it('refuses to write over a formula of the form, and gives no workbook', async () => {
    const { result } = await filled({ ...AGENCY_MAPPING, cells: { C11: 'as_of' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['form.formula_cell', ['bieu-01.xlsx', 'Biểu 01!C11']],
    ]);
    expect(result.issues[0]?.messageVi).toContain('=SUM(C6:C10)');
  });

  it('names a report with more rows than the form reserves', async () => {
    const { result } = await filled({
      ...AGENCY_MAPPING,
      rows: { ...AGENCY_MAPPING.rows, last: 7 },
    });
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual(['form.too_many_rows']);
  });

  it('names a bad mapping, a missing sheet and a file that is not a workbook', async () => {
    const { programme, rows } = await fixtureReport();
    const report = { programme, rows, asOf: AS_OF };
    const bad = await fillForm(
      await agencyForm(),
      { rows: { first: 6, last: 9, columns: { B: 'nope' } } },
      report,
    );
    expect(!bad.ok && bad.issues[0]?.path).toEqual(['mapping', 'rows', 'columns', 'B']);
    const sheet = await fillForm(await agencyForm(), { sheet: 'Biểu 02' }, report, options);
    expect(!sheet.ok && sheet.issues[0]?.message).toContain('expected one of "Biểu 01"');
    const zip = await agencyForm();
    const broken = await fillForm(zip.slice(0, 200), {}, report, options);
    expect(!broken.ok && broken.issues[0]?.code).toBe('xlsx.unreadable');
  });
});
