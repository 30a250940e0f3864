import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../__fixtures__/run-cli.js';
import { ACTUALS_BATCH_ROWS } from './import-actuals.js';

const TARGETS =
  'programme,indicator,org_unit,period_start,period_end,target\nP,a,Cao Bằng,2016-01-01,2020-12-31,10\n';
// Rows over three store calls; every row past the first call names an indicator P lacks.
const ROWS = 2 * ACTUALS_BATCH_ROWS + 500;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cadre-store-lines-'));
  writeFileSync(join(dir, 'targets.csv'), TARGETS);
  // One day per row from 1/1/2000: the key (programme, indicator, unit, date) never repeats.
  const day = (i: number) => new Date(Date.UTC(2000, 0, 1) + i * 864e5).toISOString().slice(0, 10);
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const indicator = i < ACTUALS_BATCH_ROWS ? 'a' : 'zz';
    return `P,${indicator},Cao Bằng,${day(i)},${i % 7}`;
  });
  writeFileSync(
    join(dir, 'actuals.csv'),
    `programme,indicator,org_unit,date,value\n${rows.join('\n')}\n`,
  );
});

describe('store issues of cadre import', () => {
  it('name the source line, and checking goes on through every batch of the file', async () => {
    const base = ['import', '--db', 'cadre.db', '--geography', 'province'];
    expect((await cli([...base, 'targets.csv'], { cwd: dir })).code).toBe(0);
    const r = await cli([...base, 'actuals.csv', '--format', 'json', '--lang', 'en'], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    const issues = doc.files[0].issues as { line: number; message: string; code: string }[];
    expect(new Set(issues.map((i) => i.code))).toEqual(new Set(['import.unknown_indicator']));
    expect(issues.length).toBe(ROWS - ACTUALS_BATCH_ROWS);
    // Line 1 is the header: row i sits on line i + 2.
    expect(issues[0]!.line).toBe(ACTUALS_BATCH_ROWS + 2);
    expect(issues.at(-1)!.line).toBe(ROWS + 1);
    expect(issues[0]!.message).toContain(`actuals.csv, line ${ACTUALS_BATCH_ROWS + 2}`);
    expect(issues[0]!.message).toBe(
      `actuals.csv, line ${ACTUALS_BATCH_ROWS + 2}: indicator: expected a known indicator of the programme, got "zz"`,
    );
    expect(doc.files[0]).toMatchObject({ read: ROWS, imported: 0 });
  }, 120_000);
});

describe('a targets file the reader already fails', () => {
  it('is still checked by the database, row by row, and nothing is written', async () => {
    const base = ['import', '--db', 'targets.db', '--geography', 'province'];
    expect((await cli([...base, 'targets.csv'], { cwd: dir })).code).toBe(0);
    writeFileSync(
      join(dir, 'targets-2.csv'),
      [
        'programme,indicator,org_unit,period_start,period_end,target',
        'P,a,Cao Bằng,2016-01-01,2020-12-31,mười',
        'P,zz,Cao Bằng,2016-01-01,2020-12-31,5',
        'P,a,Cao Bằng,2021-01-01,2025-12-31,12',
      ].join('\n'),
    );
    const r = await cli([...base, 'targets-2.csv', '--format', 'json', '--lang', 'en'], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    const file = JSON.parse(r.stdout).files[0];
    expect(file).toMatchObject({ read: 3, imported: 0, updated: 0 });
    expect(file.issues.map((i: { code: string; line: number }) => [i.code, i.line])).toEqual([
      ['csv.invalid_number', 2],
      ['import.unknown_indicator', 3],
      // P runs 2016–2020: the database sees this row past its period.
      ['import.target_outside_period', 4],
    ]);
  }, 60_000);
});
