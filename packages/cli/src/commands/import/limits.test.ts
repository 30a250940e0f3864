import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_ECHO_CHARS } from '@cadre/csv';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../__fixtures__/run-cli.js';

// Files past the CSV limits, made here rather than committed: a 50 MB cell and a 900,000-digit value.
const FIFTY_MB = 50 * 1024 * 1024;
const ACTUALS = 'programme,indicator,org_unit,date,value';
const TARGETS =
  'programme,indicator,org_unit,period_start,period_end,target\nP,a,Cao Bằng,2016-01-01,2020-12-31,10\n';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cadre-limits-'));
  writeFileSync(join(dir, 'targets.csv'), TARGETS);
  writeFileSync(
    join(dir, 'huge-cell.csv'),
    `${ACTUALS}\nP,a,Cao Bằng,2019-01-01,4\nP,a,Cao Bằng,2019-01-02,${'1'.repeat(FIFTY_MB)}\n`,
  );
  writeFileSync(
    join(dir, 'many-digits.csv'),
    `${ACTUALS}\nP,a,Cao Bằng,2019-01-01,4\nP,a,Cao Bằng,2019-01-02,${'9'.repeat(900_000)}\n`,
  );
  writeFileSync(
    join(dir, 'huge-header.csv'),
    `${'h'.repeat(FIFTY_MB)}\nP,a,Cao Bằng,2019-01-01,4\n`,
  );
});

const SLOW = 60_000;
const CASES = [
  ['huge-cell.csv', 'csv.row_too_long', 3, null],
  ['many-digits.csv', 'csv.number_too_long', 3, 'value'],
  ['huge-header.csv', 'csv.row_too_long', 1, null],
] as const;

describe('cadre import and cadre report refuse values past the CSV limits', () => {
  it('import cannot tell the kind of a file whose header is past the limit (exit 2)', async () => {
    const r = await cli(['import', '--db', 'cadre.db', 'huge-header.csv'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--kind');
    expect(r.stderr.length).toBeLessThan(2000);
  });

  it.each(CASES)(
    'import refuses %s with %s at line %i, writing nothing (exit 1)',
    async (file, code, line, column) => {
      // The targets are imported first, so only the limit stands between the rows and the store.
      await cli(['import', '--db', 'cadre.db', 'targets.csv', '--geography', 'province'], {
        cwd: dir,
      });
      const argv = ['import', '--db', 'cadre.db', file, '--kind', 'actuals', '--geography', 'none'];
      const r = await cli([...argv, '--format', 'json'], { cwd: dir });
      expect(r.code).toBe(1);
      const doc = JSON.parse(r.stdout);
      expect(doc.files[0]).toMatchObject({ imported: 0 });
      expect(doc.files[0].issues).toEqual([expect.objectContaining({ code, file, line, column })]);
      // Nothing of the value reaches the terminal but a short prefix.
      const text = await cli(argv, { cwd: dir });
      expect(text.code).toBe(1);
      expect(text.stderr.length).toBeLessThan(2000 + MAX_ECHO_CHARS);
      expect(r.stdout.length).toBeLessThan(4000 + MAX_ECHO_CHARS);
    },
    SLOW,
  );

  it.each(CASES)(
    'report refuses %s with %s at line %i (exit 1)',
    async (file, code, line, column) => {
      const argv = [
        'report',
        '--targets',
        'targets.csv',
        '--actuals',
        file,
        '--as-of',
        '2019-05-20',
      ];
      const r = await cli([...argv, '--format', 'json', '--lang', 'en'], { cwd: dir });
      expect(r.code).toBe(1);
      const doc = JSON.parse(r.stdout);
      expect(doc.rows).toEqual([]);
      expect(doc.issues).toEqual([expect.objectContaining({ code, file, line, column })]);
      const text = await cli(argv, { cwd: dir });
      expect(text.code).toBe(1);
      expect(text.stderr).toContain(`${file}, dòng ${line}`);
      expect(text.stderr.length).toBeLessThan(2000 + MAX_ECHO_CHARS);
    },
    SLOW,
  );
});
