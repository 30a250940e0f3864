import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../../__fixtures__/run-cli.js';
import { ReportJsonSchema } from './report-json.js';

const SEED = ['--targets', 'seed-004/targets.csv', '--actuals', 'seed-004/actuals.csv'];
const AT = ['--as-of', '2019-05-20'];
const dir = mkdtempSync(join(tmpdir(), 'cadre-report-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function jsonRows(extra: string[] = []) {
  const r = await cli(['report', ...SEED, ...AT, '--format', 'json', ...extra]);
  return ReportJsonSchema.parse(JSON.parse(r.stdout)).rows;
}

// Read back with SheetJS, not with the library that wrote the workbook.
function sheetRows(path: string) {
  const wb = XLSX.read(readFileSync(path));
  const grid = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, {
    header: 1,
    defval: null,
  });
  const header = grid.findIndex((r) => r[0] === 'STT' || r[0] === 'No.');
  const cols = grid[header] as string[];
  const body = grid.slice(header + 1).filter((r) => typeof r[0] === 'number');
  return body.map((r) => Object.fromEntries(cols.map((c, i) => [c, r[i]])));
}

describe('cadre report --format xlsx', () => {
  it('writes the workbook to --out with the figures of the JSON report', async () => {
    const out = join(dir, 'bao-cao.xlsx');
    const r = await cli(['report', ...SEED, ...AT, '--format', 'xlsx', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const json = await jsonRows();
    const rows = sheetRows(out);
    expect(rows).toHaveLength(json.length);
    json.forEach((j, i) => {
      expect(rows[i]!['Kế hoạch']).toBe(j.target === null ? null : Number(j.target));
      expect(rows[i]!['Thực hiện']).toBe(Number(j.actual));
      const ratio = rows[i]!['Tỷ lệ đạt'];
      if (j.percent === null) expect(ratio).toBeNull();
      else expect(ratio).toBeCloseTo(Number(j.percent) / 100, 12);
      expect(rows[i]!['Kết quả']).toBe(j.phrase);
      expect(rows[i]!['Đơn vị']).toBe(j.org_unit.name);
    });
  });

  it('writes the same workbook rows from a store with --db', async () => {
    const db = join(dir, 'cadre.db');
    const imported = await cli([
      'import',
      '--db',
      db,
      'seed-004/targets.csv',
      'seed-004/actuals.csv',
    ]);
    expect(imported.code).toBe(0);
    const fromFiles = join(dir, 'files.xlsx');
    const fromStore = join(dir, 'store.xlsx');
    await cli(['report', ...SEED, ...AT, '--format', 'xlsx', '--out', fromFiles]);
    const r = await cli([
      'report',
      '--db',
      db,
      '--programme',
      '12-CTr/TU',
      ...AT,
      '--format',
      'xlsx',
      '--out',
      fromStore,
    ]);
    expect(r.code).toBe(0);
    expect(sheetRows(fromStore)).toEqual(sheetRows(fromFiles));
  });

  it('speaks English with --lang en', async () => {
    const out = join(dir, 'report-en.xlsx');
    const r = await cli([
      'report',
      ...SEED,
      ...AT,
      '--format',
      'xlsx',
      '--out',
      out,
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    const json = await jsonRows(['--lang', 'en']);
    expect(sheetRows(out).map((row) => row.Result)).toEqual(json.map((j) => j.phrase));
  });

  it('asks for --out, and writes no file from data with issues', async () => {
    const none = await cli(['report', ...SEED, ...AT, '--format', 'xlsx', '--lang', 'en']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('add --out FILE');
    const out = join(dir, 'bad.xlsx');
    const bad = await cli([
      'report',
      '--targets',
      'seed-004/targets.csv',
      '--actuals',
      'seed-004/targets.csv',
      ...AT,
      '--format',
      'xlsx',
      '--out',
      out,
    ]);
    expect(bad.code).toBe(1);
    expect(() => readFileSync(out)).toThrow(/ENOENT/);
  });
});

describe('cadre report --format xlsx --template', () => {
  // The agency's form, made with SheetJS: a merged heading, rows 6–20 for the report and a total
  // row of SUM formulas.
  function form(path: string) {
    const ws = XLSX.utils.aoa_to_sheet([
      ['SỞ NỘI VỤ TỈNH CAO BẰNG'],
      [],
      ['BIỂU SỐ 01'],
      [],
      ['STT', 'Chỉ tiêu', 'Đơn vị', 'Kế hoạch', 'Thực hiện'],
    ]);
    ws['!merges'] = [XLSX.utils.decode_range('A1:C1'), XLSX.utils.decode_range('A3:E3')];
    XLSX.utils.sheet_add_aoa(
      ws,
      [['', 'Tổng cộng', '', { t: 'n', f: 'SUM(D6:D20)' }, { t: 'n', f: 'SUM(E6:E20)' }]],
      {
        origin: 'A21',
      },
    );
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Biểu 01');
    writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
  }
  const mapping = {
    cells: { E2: 'as_of' },
    rows: {
      first: 6,
      last: 20,
      columns: { A: 'no', B: 'indicator_name', C: 'org_unit_name', D: 'target', E: 'actual' },
    },
  };

  it('fills the form and keeps its merged cells and formulas', async () => {
    const template = join(dir, 'bieu-01.xlsx');
    const mappingFile = join(dir, 'bieu-01.json');
    form(template);
    writeFileSync(mappingFile, JSON.stringify(mapping));
    const out = join(dir, 'bieu-01-filled.xlsx');
    const r = await cli([
      'report',
      ...SEED,
      ...AT,
      '--format',
      'xlsx',
      '--out',
      out,
      '--template',
      template,
      '--mapping',
      mappingFile,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const ws = XLSX.read(readFileSync(out), { sheetStubs: true }).Sheets['Biểu 01']!;
    const json = await jsonRows();
    json.forEach((j, i) => {
      expect(ws[`E${6 + i}`]?.v).toBe(Number(j.actual));
      expect(ws[`C${6 + i}`]?.v).toBe(j.org_unit.name);
    });
    expect(ws.D21?.f).toBe('SUM(D6:D20)');
    expect((ws['!merges'] ?? []).map((m) => XLSX.utils.encode_range(m))).toEqual(
      expect.arrayContaining(['A1:C1', 'A3:E3']),
    );
  });

  it('writes nothing when the mapping writes over a formula', async () => {
    const template = join(dir, 'bieu-02.xlsx');
    const mappingFile = join(dir, 'bieu-02.json');
    form(template);
    writeFileSync(mappingFile, JSON.stringify({ ...mapping, cells: { D21: 'as_of' } }));
    const out = join(dir, 'bieu-02-filled.xlsx');
    const r = await cli([
      'report',
      ...SEED,
      ...AT,
      '--format',
      'xlsx',
      '--out',
      out,
      '--template',
      template,
      '--mapping',
      mappingFile,
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Biểu 01!D21');
    expect(r.stderr).toContain('[form.formula_cell]');
    expect(() => readFileSync(out)).toThrow(/ENOENT/);
  });
});

describe('cadre report --format csv --excel', () => {
  it('writes BOM, semicolons, vi-VN numbers and dd/mm/yyyy dates', async () => {
    const out = join(dir, 'bao-cao.csv');
    const r = await cli(['report', ...SEED, ...AT, '--format', 'csv', '--excel', '--out', out]);
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toContain('Chương trình;Chỉ tiêu;');
    const json = await jsonRows();
    const health = json.findIndex((j) => j.indicator === 'master_health');
    const cells = lines[health + 1]!.split(';');
    // 117/41 = 285.3658…%: cut to two decimals, written with a decimal comma.
    expect(cells).toContain('285,36');
    expect(cells).toContain('09/05/2016');
    expect(text).not.toMatch(/\d{2}\.\d{10}/);
  });

  it('refuses --excel with another format', async () => {
    const r = await cli(['report', ...SEED, ...AT, '--format', 'json', '--excel', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--excel goes with --format csv');
  });
});
