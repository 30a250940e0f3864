import ExcelJS from 'exceljs';
const rows = Number(process.argv[2]);
const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `/tmp/uniq-${rows}.xlsx`, useSharedStrings: true });
const ws = wb.addWorksheet('Sheet1');
ws.addRow(['Chương trình', 'Chỉ tiêu', 'Đơn vị', 'Ngày', 'Thực hiện']).commit();
const units = ['04', '06', '19', '01', '02'];
for (let i = 0; i < rows; i++) {
  const r = ws.addRow(['12-CTr/TU', 'sent', units[i % 5], new Date(Date.UTC(1900, 2, 1) + Math.floor(i / 5) * 86400000), i === rows - 7 ? 'mười' : (i % 97) + 1]);
  r.getCell(4).numFmt = 'dd/mm/yyyy';
  r.commit();
}
ws.commit();
await wb.commit();
