import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../__fixtures__/run-cli.js';

const TARGETS =
  'programme,indicator,org_unit,period_start,period_end,target\nP,a,Cao Bằng,2016-01-01,2020-12-31,10\n';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cadre-encodings-'));
  // UTF-16 LE and BE without a byte-order mark, as some exports write it.
  writeFileSync(join(dir, 'targets-le.csv'), Buffer.from(TARGETS, 'utf16le'));
  writeFileSync(join(dir, 'targets-be.csv'), Buffer.from(TARGETS, 'utf16le').swap16());
  writeFileSync(join(dir, 'targets-nul.csv'), TARGETS.replace('P,a,', 'P,a\u0000,'));
});

const SLOW = 60_000;

describe('cadre import and file encodings', () => {
  it.each(['targets-le.csv', 'targets-be.csv'])(
    'reads %s (UTF-16 without a byte-order mark) like UTF-8',
    async (file) => {
      const argv = ['import', '--db', 'cadre.db', file, '--geography', 'province'];
      const r = await cli([...argv, '--format', 'json'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).files[0]).toMatchObject({ kind: 'targets', read: 1, issues: [] });
    },
    SLOW,
  );

  it(
    'reports a NUL byte in a targets file with line and column, in Vietnamese (exit 1)',
    async () => {
      const argv = ['import', '--db', 'nul.db', 'targets-nul.csv', '--geography', 'province'];
      const r = await cli(argv, { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('targets-nul.csv, dòng 2, cột "indicator"');
      expect(r.stderr).toContain('byte NUL');
      const json = await cli([...argv, '--format', 'json', '--lang', 'en'], { cwd: dir });
      expect(JSON.parse(json.stdout).files[0].issues).toEqual([
        expect.objectContaining({ code: 'csv.nul_byte', line: 2, column: 'indicator' }),
      ]);
    },
    SLOW,
  );
});
