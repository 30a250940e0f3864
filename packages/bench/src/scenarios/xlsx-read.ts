/**
 * XLSX1 — read a 100k-row workbook (five columns: codes, a date cell, a number) into rows:
 * cadre's `openSheet` (streamed, typed cells) against SheetJS's own `read` + `sheet_to_json`,
 * which loads the whole workbook, in the same process and run, so the ratio holds on a busy
 * machine. The workbook is written by SheetJS.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSheet } from '@cadre/xlsx';
import * as XLSX from '@e965/xlsx';
import { benchDir, benchRows, emit, measure } from '../lib/measure.js';

const SCENARIO = 'XLSX1';
const rows = benchRows(100_000);
const file = join(benchDir(), `xlsx-actuals-${rows}.xlsx`);
if (!existsSync(file)) {
  process.stderr.write(`generating ${rows} rows → ${file}\n`);
  const units = ['04', '06', '19', '01', '02'];
  const data: unknown[][] = [['Chương trình', 'Chỉ tiêu', 'Đơn vị', 'Ngày', 'Thực hiện']];
  for (let i = 0; i < rows; i++) {
    data.push([
      '12-CTr/TU',
      'sent',
      units[i % 5],
      new Date(Date.UTC(2019, i % 12, 1 + (i % 28))),
      (i % 97) + 1,
    ]);
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet(data, { UTC: true, dateNF: 'dd/mm/yyyy' } as XLSX.AOA2SheetOpts),
    'Sheet1',
  );
  writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
}

let seen = 0;
const cadre = async () => {
  const r = await openSheet(file);
  if (!r.ok) throw new Error(r.issues[0]?.message);
  seen = 0;
  for await (const _ of r.value.rows()) seen++;
};
const sheetjs = () => {
  const wb = XLSX.read(readFileSync(file), { cellDates: true });
  seen = XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]!]!, { header: 1 }).length;
};

// Interleaved so both see the same load: anchor, cadre, anchor, cadre, …
const anchorMs: number[] = [];
const cadreMs: number[] = [];
for (let i = 0; i < 3; i++) {
  anchorMs.push(await measure(sheetjs, 1));
  cadreMs.push(await measure(cadre, 1));
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
const anchor = med(anchorMs);
const ours = med(cadreMs);
process.stderr.write(
  `rows ${seen}; SheetJS ${Math.round(anchor)} ms, cadre ${Math.round(ours)} ms\n`,
);
emit({
  scenario: SCENARIO,
  name: `SheetJS read + sheet_to_json, ${rows} rows`,
  metric: 'ms',
  value: Math.round(anchor),
});
emit({
  scenario: SCENARIO,
  name: `cadre openSheet (streamed, typed cells), ${rows} rows`,
  metric: 'ms',
  value: Math.round(ours),
  baseline: 'SheetJS read + sheet_to_json',
  ratio: Math.round((ours / anchor) * 100) / 100,
});
