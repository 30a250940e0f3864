import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toDecimal } from '@cadre/core';
import * as XLSX from '@e965/xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, FIXTURES } from '../../__fixtures__/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cadre-report-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const AT = ['--as-of', '2019-05-20', '--format', 'json'];
// Under CI=true a missing LibreOffice fails the test instead of skipping it.
const SOFFICE =
  process.env.CI === 'true' ||
  process.env.CI === '1' ||
  spawnSync('soffice', ['--version']).status === 0;

const VI: Record<string, string> = {
  programme: 'Chương trình',
  indicator: 'Chỉ tiêu',
  indicator_name: 'Tên chỉ tiêu',
  org_unit: 'Đơn vị',
  period_start: 'Từ ngày',
  period_end: 'Đến ngày',
  target: 'Kế hoạch',
  date: 'Ngày',
  value: 'Thực hiện',
};
const DATES = new Set(['period_start', 'period_end', 'date']);
const NUMBERS = new Set(['target', 'value']);

// The seed's CSV as an office would keep it in Excel, written by SheetJS: a title block,
// Vietnamese headers, date and number cells, and a total row under the figures.
function workbookOf(csvName: string, total?: (sum: string) => string): string {
  const [head, ...lines] = readFileSync(join(FIXTURES, 'seed-004', csvName), 'utf8')
    .trim()
    .split('\n');
  const names = head!.split(',');
  const rows = lines.map((l) =>
    l.split(',').map((v, i) => {
      const name = names[i]!;
      if (DATES.has(name)) return new Date(`${v}T00:00:00Z`);
      if (v === '') return null;
      return NUMBERS.has(name) ? Number(v) : v;
    }),
  );
  const numberAt = names.findIndex((n) => NUMBERS.has(n));
  const sum = lines
    .map((l) => l.split(',')[numberAt]!)
    .filter((v) => v !== '')
    .reduce((s, v) => s.plus(v), toDecimal('0'))
    .toFixed();
  const totalRow = names.map((n, i) =>
    n === 'org_unit' ? 'Tổng cộng' : i === numberAt ? Number(total ? total(sum) : sum) : null,
  );
  const ws = XLSX.utils.aoa_to_sheet(
    [
      ['TỈNH ỦY CAO BẰNG', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      [null, null, null, 'Độc lập - Tự do - Hạnh phúc'],
      ['BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH 12-CTr/TU'],
      [],
      names.map((n) => VI[n] ?? n),
      ...rows,
      totalRow,
    ],
    { UTC: true, dateNF: 'dd/mm/yyyy' } as XLSX.AOA2SheetOpts,
  );
  ws['!merges'] = [XLSX.utils.decode_range('A3:F3')];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Biểu 01');
  const path = join(dir, `${csvName.replace('.csv', '')}${total ? '-bad' : ''}.xlsx`);
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
  return path;
}

describe('cadre report on workbooks', () => {
  it('gives the same report from .xlsx files as from the same data in CSV', async () => {
    const fromCsv = await cli([
      'report',
      '--targets',
      'seed-004/targets.csv',
      '--actuals',
      'seed-004/actuals.csv',
      ...AT,
    ]);
    const fromXlsx = await cli([
      'report',
      '--targets',
      workbookOf('targets.csv'),
      '--actuals',
      workbookOf('actuals.csv'),
      ...AT,
    ]);
    expect(fromXlsx.stderr).toBe('');
    expect(fromXlsx.code).toBe(0);
    expect(JSON.parse(fromXlsx.stdout)).toEqual(JSON.parse(fromCsv.stdout));
  });

  it('names a total row that differs from the rows above, at its cell, and reports nothing', async () => {
    const targets = workbookOf('targets.csv', (sum) => toDecimal(sum).plus(1).toFixed());
    const r = await cli([
      'report',
      '--targets',
      targets,
      '--actuals',
      workbookOf('actuals.csv'),
      ...AT,
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as {
      rows: unknown[];
      issues: { code: string; message: string }[];
    };
    expect(doc.rows).toEqual([]);
    expect(doc.issues.map((i) => i.code)).toEqual(['xlsx.total_mismatch']);
    expect(doc.issues[0]?.message).toMatch(
      /^targets-bad\.xlsx, 'Biểu 01'!G14: the total row shows/,
    );
  });

  it('names a missing sheet, and refuses .ods until it is read', async () => {
    const r = await cli([
      'report',
      '--targets',
      workbookOf('targets.csv'),
      '--actuals',
      workbookOf('actuals.csv'),
      ...AT,
      '--sheet',
      'Biểu 9',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('the workbook has no sheet \\"Biểu 9\\"');
    const ods = join(dir, 'targets.ods');
    writeFileSync(ods, 'x');
    const refused = await cli([
      'report',
      '--targets',
      ods,
      '--actuals',
      'seed-004/actuals.csv',
      ...AT,
      '--lang',
      'en',
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('save it as .xlsx');
  });

  it.skipIf(!SOFFICE)(
    'reads workbooks LibreOffice made from the CSV files',
    { timeout: 180_000 },
    async () => {
      const out = join(dir, 'lo');
      for (const name of ['targets.csv', 'actuals.csv']) {
        const r = spawnSync('soffice', [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--infilter=CSV:44,34,76,1',
          '--convert-to',
          'xlsx',
          '--outdir',
          out,
          join(FIXTURES, 'seed-004', name),
        ]);
        expect(r.status).toBe(0);
      }
      const fromCsv = await cli([
        'report',
        '--targets',
        'seed-004/targets.csv',
        '--actuals',
        'seed-004/actuals.csv',
        ...AT,
      ]);
      const fromLo = await cli([
        'report',
        '--targets',
        join(out, 'targets.xlsx'),
        '--actuals',
        join(out, 'actuals.xlsx'),
        ...AT,
      ]);
      expect(fromLo.stderr).toBe('');
      expect(JSON.parse(fromLo.stdout)).toEqual(JSON.parse(fromCsv.stdout));
    },
  );
  if (!SOFFICE)
    it.skip('LibreOffice fixtures: skipped, soffice is not installed (apt-get install libreoffice-calc-nogui; under CI=true this test fails instead)', () => {});
});

describe('cadre import and validate on workbooks', () => {
  it('refuse .xlsx files with the way out instead of reading zip bytes as CSV', async () => {
    const book = workbookOf('targets.csv');
    for (const command of [['validate'], ['import', '--db', join(dir, 'x.db')]]) {
      const r = await cli([...command, book, '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('does not read .xlsx files yet');
    }
  });
});
