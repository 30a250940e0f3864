import ExcelJS from 'exceljs';

/**
 * An agency's own form, "Biểu 01": a merged heading, a styled header, five rows reserved for
 * units (row 6–10) whose ratio column is a formula, and a total row of SUM formulas.
 */
export async function agencyForm(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu 01');
  ws.mergeCells('A1:C1');
  ws.getCell('A1').value = 'UBND TỈNH CAO BẰNG';
  ws.getCell('E2').value = 'Ngày báo cáo:';
  ws.mergeCells('A3:F3');
  ws.getCell('A3').value = 'BIỂU TỔNG HỢP KẾT QUẢ CỬ CÁN BỘ ĐI ĐÀO TẠO';
  ws.getCell('A3').font = { bold: true, size: 14 };
  const header = ['STT', 'Đơn vị', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ'];
  header.forEach((h, i) => {
    const cell = ws.getCell(5, i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  });
  for (let r = 6; r <= 10; r++) {
    ws.getCell(`C${r}`).numFmt = '#,##0';
    ws.getCell(`D${r}`).numFmt = '#,##0.0';
    ws.getCell(`E${r}`).value = { formula: `IF(N(C${r})=0,"",D${r}/C${r})` };
    ws.getCell(`E${r}`).numFmt = '0.0%';
  }
  ws.getCell('B11').value = 'Tổng cộng';
  ws.getCell('C11').value = { formula: 'SUM(C6:C10)' };
  ws.getCell('D11').value = { formula: 'SUM(D6:D10)' };
  ws.getCell('E11').value = { formula: 'D11/C11' };
  ws.getCell('E11').numFmt = '0.0%';
  ws.getColumn(2).width = 28;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The mapping of `agencyForm`: the review date in F2, unit rows of one indicator from row 6. */
export const AGENCY_MAPPING = {
  sheet: 'Biểu 01',
  cells: { F2: 'as_of' },
  rows: {
    first: 6,
    last: 10,
    indicator: 'sent',
    columns: { A: 'no', B: 'org_unit_name', C: 'target', D: 'actual' },
  },
};
