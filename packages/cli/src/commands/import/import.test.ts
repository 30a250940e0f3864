import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { capture, cli, FIXTURES } from '../../__fixtures__/run-cli.js';

const SEED = [join(FIXTURES, 'seed-004/targets.csv'), join(FIXTURES, 'seed-004/actuals.csv')];
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cadre-import-'));
  writeFileSync(
    join(dir, 'bad-actuals.csv'),
    [
      'programme,indicator,org_unit,date,value',
      '12-CTr/TU,rotation,Cao Bằng,2020-01-01,3',
      '12-CTr/TU,rotation,Cao Bằng,2020-13-01,2',
    ].join('\n'),
  );
});

// The first test loads the SQLite driver and the geography.
const SLOW = 60_000;

describe('cadre import into SQLite', () => {
  it(
    'seeds the geography, imports targets then actuals, and counts every row',
    async () => {
      // Actuals first on the command line: the import still applies targets before them.
      const r = await cli(['import', '--db', 'cadre.db', SEED[1]!, SEED[0]!, '--format', 'json'], {
        cwd: dir,
      });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout);
      // 34 provinces of 2025 and the 63 before them.
      expect(doc.geography).toEqual({ read: 97, imported: 97, updated: 0, ignored: 0 });
      expect(doc.files.map((f: { file: string; kind: string }) => [f.file, f.kind])).toEqual([
        ['targets.csv', 'targets'],
        ['actuals.csv', 'actuals'],
      ]);
      // 8 target rows; 9 actual rows (the import keeps the 30/6/2019 one; reports cut at --as-of).
      expect(doc.files[0]).toMatchObject({
        read: 8,
        imported: 8,
        updated: 0,
        ignored: 0,
        issues: [],
      });
      expect(doc.files[1]).toMatchObject({
        read: 9,
        imported: 9,
        updated: 0,
        ignored: 0,
        issues: [],
      });
      expect(doc.total).toEqual({ read: 17, imported: 17, updated: 0, ignored: 0, issues: 0 });
    },
    SLOW,
  );

  it(
    'imports the same files again as unchanged rows',
    async () => {
      const r = await cli(['import', '--db', 'cadre.db', ...SEED, '--lang', 'en'], {
        cwd: dir,
      });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(
        'Administrative geography: 97 units (0 imported, 0 updated, 97 unchanged)',
      );
      expect(r.stdout).toMatch(/Total\s+17\s+0\s+0\s+17\s+0/);
    },
    SLOW,
  );

  it(
    'writes nothing from a file with a bad row, and names its line and column (exit 1)',
    async () => {
      const r = await cli(
        [
          'import',
          '--db',
          'cadre.db',
          'bad-actuals.csv',
          '--geography',
          'none',
          '--format',
          'json',
        ],
        {
          cwd: dir,
        },
      );
      expect(r.code).toBe(1);
      const doc = JSON.parse(r.stdout);
      expect(doc.geography).toBeNull();
      expect(doc.files[0]).toMatchObject({ kind: 'actuals', read: 2, imported: 0, ignored: 2 });
      expect(doc.files[0].issues[0]).toMatchObject({
        file: 'bad-actuals.csv',
        line: 3,
        column: 'date',
      });
    },
    SLOW,
  );

  it('draws a progress bar on a terminal and nothing on a pipe', async () => {
    const tty = capture(true);
    const argv = ['import', '--db', 'cadre.db', SEED[1]!, '--geography', 'none'];
    expect(await cli(argv, { cwd: dir, stderr: tty })).toMatchObject({ code: 0 });
    expect(tty.text).toMatch(/actuals\.csv \[[#-]{20}\] \d+% [\d.]+ dòng\/giây/);
    const pipe = capture(false);
    expect(await cli(argv, { cwd: dir, stderr: pipe })).toMatchObject({ code: 0 });
    expect(pipe.text).toBe('');
  });

  it(
    'stops at Ctrl-C: bar cleared, the file rolled back, a line saying so, exit 130',
    async () => {
      // 12 000 rows, one a day from 1990: more than two batches, so the signal arrives while the
      // file is being read.
      const day = (k: number) => new Date(Date.UTC(1990, 0, 1 + k)).toISOString().slice(0, 10);
      const rows = Array.from(
        { length: 12_000 },
        (_, k) => `12-CTr/TU,rotation,Cao Bằng,${day(k)},1`,
      );
      writeFileSync(
        join(dir, 'many.csv'),
        ['programme,indicator,org_unit,date,value', ...rows].join('\n'),
      );
      const argv = ['import', '--db', 'interrupted.db', SEED[0]!, 'many.csv', '--format', 'json'];
      expect((await cli(argv.slice(0, 4), { cwd: dir })).code).toBe(0);
      const stop = new AbortController();
      const tty = capture(true);
      const stderr = {
        isTTY: true,
        write(chunk: string) {
          // The first drawing of the bar is the moment the user presses Ctrl-C.
          if (chunk.includes('many.csv [')) stop.abort();
          return tty.write(chunk);
        },
      };
      const r = await cli([...argv.slice(0, 3), 'many.csv'], {
        cwd: dir,
        stderr,
        signal: stop.signal,
      });
      expect(r.code).toBe(130);
      const lastBar = tty.text.lastIndexOf('many.csv [');
      expect(lastBar).toBeGreaterThan(-1);
      expect(tty.text.indexOf('\r\x1b[K', lastBar)).toBeGreaterThan(lastBar);
      // What stays on screen once the terminal has applied the erase codes.
      const screen = tty.text.split('\n').map((line) => line.split('\r\x1b[K').at(-1));
      expect(screen.filter((line) => line !== '').at(-1)).toBe(
        'Đã dừng theo yêu cầu (Ctrl-C): không ghi gì.',
      );
      // Nothing of the file was kept: importing it again finds every row new.
      const again = await cli([...argv.slice(0, 3), 'many.csv', '--format', 'json'], { cwd: dir });
      expect(again.code).toBe(0);
      expect(JSON.parse(again.stdout).files[0]).toMatchObject({ read: 12_000, imported: 12_000 });
    },
    SLOW,
  );

  it('is a failure of the environment when the database cannot be opened (exit 3)', async () => {
    const r = await cli(['import', '--db', join(dir, 'no-such-dir', 'x.db'), SEED[0]!], {
      cwd: dir,
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('Chạy lại với --debug để xem chi tiết.');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
