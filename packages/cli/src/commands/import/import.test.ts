import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../__fixtures__/run-cli.js';
import { spawnCli } from '../../__fixtures__/spawn-cli.js';

// These run the bin in a child process: inside vitest's workers, Node is started with
// `--conditions import`, under which pg's CommonJS `require('pg-pool')` loads pg-pool's ES build
// and @cadre/sql cannot be imported in-process.

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

// A child process starts in 5–15 s on a busy machine.
const SLOW = 120_000;

describe('cadre import into SQLite', () => {
  it(
    'seeds the geography, imports targets then actuals, and counts every row',
    async () => {
      // Actuals first on the command line: the import still applies targets before them.
      const r = await spawnCli(
        ['import', '--db', 'cadre.db', SEED[1]!, SEED[0]!, '--format', 'json'],
        { cwd: dir },
      );
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
      const r = await spawnCli(['import', '--db', 'cadre.db', ...SEED, '--lang', 'en'], {
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
      const r = await spawnCli(
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
});
