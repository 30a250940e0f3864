import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { AS_OF, fixtureReport } from '../__fixtures__/report-data.js';
import { NO_SOFFICE, SOFFICE, sofficeConvert } from '../__fixtures__/soffice.js';
import { writeAttainmentWorkbook } from './attainment-workbook.js';

const UNITS: Record<string, string> = { '04': 'Cao Bằng', '06': 'Bắc Kạn', '19': 'Thái Nguyên' };
const unitName = (code: string) => UNITS[code];

// Read back with SheetJS, a library other than the one that wrote it.
async function written(lang: 'vi' | 'en' = 'vi') {
  const { programme, rows } = await fixtureReport();
  const bytes = await writeAttainmentWorkbook([{ programme, rows }], {
    asOf: AS_OF,
    lang,
    issuer: 'Tỉnh ủy Cao Bằng',
    unitName,
  });
  const wb = XLSX.read(bytes, { cellStyles: true, cellNF: true });
  return { bytes, rows, wb, ws: wb.Sheets[wb.SheetNames[0]!]! };
}

describe('writeAttainmentWorkbook', () => {
  it('writes the title block: issuing body left, national motto right, title, date line', async () => {
    const { ws, wb } = await written();
    expect(wb.SheetNames).toEqual(['12-CTr-TU']);
    expect(ws.A1?.v).toBe('TỈNH ỦY CAO BẰNG');
    const texts = Object.values(ws)
      .filter((c) => typeof c === 'object' && c !== null && 't' in c && c.t === 's')
      .map((c) => String((c as XLSX.CellObject).v));
    expect(texts).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(texts).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(texts).toContain('…, ngày … tháng … năm …');
    expect(texts.some((t) => t.startsWith('BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU'))).toBe(true);
    expect(texts).toContain('(Số liệu tính đến ngày 20/05/2019)');
    expect(texts).toContain('THỦ TRƯỞNG ĐƠN VỊ');
    expect(ws['!merges']?.length).toBeGreaterThanOrEqual(8);
  });

  it('writes targets, actuals and the ratio as numeric cells with number formats', async () => {
    const { ws, rows } = await written();
    const grid = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null });
    const header = grid.findIndex((r) => r[0] === 'STT');
    expect(header).toBe(7); // row 8
    const cols = grid[header] as string[];
    const at = (name: string) => cols.indexOf(name);
    rows.forEach((row, i) => {
      const excelRow = header + 2 + i;
      const cell = (name: string) => ws[XLSX.utils.encode_cell({ r: excelRow - 1, c: at(name) })];
      expect(cell('Kế hoạch')?.t).toBe('n');
      expect(cell('Kế hoạch')?.v).toBe(Number(row.target?.toFixed()));
      expect(cell('Thực hiện')?.v).toBe(Number(row.actual.toFixed()));
      expect(cell('Tỷ lệ đạt')?.v).toBe(Number(row.ratio?.toFixed()));
      expect(cell('Tỷ lệ đạt')?.z).toBe('0.0%');
      expect(String(cell('Thực hiện')?.z)).toMatch(/^#,##0/);
    });
    // 12.5 keeps its decimal in the format; whole counts show #,##0.
    expect(grid.flat()).toContain(12.5);
  });

  it('writes periods as date cells', async () => {
    const { ws } = await written();
    const cell = ws.D9;
    expect(cell?.t).toBe('n');
    expect(XLSX.SSF.format('yyyy-mm-dd', cell?.v as number)).toBe('2016-05-09');
  });

  it('speaks English with lang en', async () => {
    const { ws } = await written('en');
    const texts = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1 }).flat();
    expect(texts).toContain('SOCIALIST REPUBLIC OF VIET NAM');
    expect(texts).toContain('Target');
    expect(texts).toContain('exceeded');
  });

  it('sets A4 landscape, a frozen header and the header repeated on each page', async () => {
    const { bytes } = await written();
    // SheetJS does not surface page setup; read the sheet's XML as any client would.
    const zip = XLSX.CFB.read(bytes, { type: 'buffer' });
    const sheet = XLSX.CFB.find(zip, '/xl/worksheets/sheet1.xml');
    const xml = Buffer.from(sheet?.content as Uint8Array).toString('utf8');
    expect(xml).toMatch(/<pageSetup[^>]*paperSize="9"/);
    expect(xml).toMatch(/<pageSetup[^>]*orientation="landscape"/);
    expect(xml).toMatch(/<pane[^>]*ySplit="8"[^>]*state="frozen"/);
    const book = XLSX.CFB.find(zip, '/xl/workbook.xml');
    const wbXml = Buffer.from(book?.content as Uint8Array).toString('utf8');
    expect(wbXml).toMatch(/_xlnm\.Print_Titles[^>]*>[^<]*\$8:\$8/);
  });

  it.skipIf(!SOFFICE)(
    'opens in LibreOffice with the same numbers',
    { timeout: 120_000 },
    async () => {
      const { bytes, rows } = await written();
      // 76 = UTF-8; the CSV export writes what the cells show, so compare the shown figures.
      const csv = sofficeConvert(
        bytes,
        'report.xlsx',
        'csv:Text - txt - csv (StarCalc):44,34,76',
      ).toString('utf8');
      const lines = csv.split('\n');
      const header = lines.findIndex((l) => l.startsWith('STT,'));
      const data = lines.slice(header + 1, header + 1 + rows.length);
      rows.forEach((row, i) => {
        const text = data[i] ?? '';
        expect(text).toContain(Number(row.actual.toFixed()).toLocaleString('en-US'));
        const shown = (Number(row.ratio?.toFixed()) * 100).toFixed(1);
        expect(text).toContain(`${shown}%`);
      });
    },
  );
  if (!SOFFICE) it.skip(`LibreOffice round trip: ${NO_SOFFICE}`, () => {});
});
