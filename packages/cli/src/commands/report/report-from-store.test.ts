import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toDecimal } from '@cadre/core';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../../__fixtures__/run-cli.js';
import { ReportJsonSchema } from './report-json.js';

// The Cao Bằng example's quick-path files, as a user imports them.
const DATA = fileURLToPath(
  new URL('../../../../../examples/cao-bang-12-ctr-tu/data/', import.meta.url),
);
const TARGETS = join(DATA, 'targets.csv');
const ACTUALS = join(DATA, 'actuals.csv');
const FILES = ['--targets', TARGETS, '--actuals', ACTUALS];
const PROGRAMME = ['--programme', '12-CTr/TU'];

const dir = mkdtempSync(join(tmpdir(), 'cadre-report-db-'));
const pgUrl = process.env.CADRE_TEST_PG_URL;
const schema = `cadre_report_${randomBytes(4).toString('hex')}`;
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  if (pgUrl) spawnSync('psql', [pgUrl, '-c', `drop schema if exists "${schema}" cascade`]);
});

const STORES: { name: string; url: string }[] = [
  { name: 'a SQLite file', url: join(dir, 'cadre.db') },
  ...(pgUrl ? [{ name: 'PostgreSQL', url: `${pgUrl}?schema=${schema}` }] : []),
];

async function imported(url: string) {
  const r = await cli(['import', '--db', url, TARGETS, ACTUALS]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
}

for (const store of STORES) {
  describe(`cadre report --db on ${store.name}`, () => {
    it('prints what the files print, in every format and at any date', async () => {
      await imported(store.url);
      for (const format of ['table', 'json', 'csv', 'narrative']) {
        for (const asOf of ['2019-05-20', '2021-01-01']) {
          const args = ['--as-of', asOf, '--format', format];
          const fromFiles = await cli(['report', ...FILES, ...args]);
          const fromStore = await cli(['report', '--db', store.url, ...PROGRAMME, ...args]);
          expect(fromFiles.code, `${format} ${asOf}`).toBe(0);
          expect(fromStore, `${format} ${asOf}`).toEqual(fromFiles);
        }
      }
    }, 120_000);
  });
}

describe('cadre report --db usage', () => {
  it('needs --programme, names the programmes held, and refuses files beside it', async () => {
    const url = join(dir, 'cadre.db');
    await imported(url);
    const none = await cli(['report', '--db', url, '--lang', 'en']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--db needs --programme CODE');
    const unknown = await cli(['report', '--db', url, '--programme', 'X', '--lang', 'en']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('the store holds no programme "X"; it holds: 12-CTr/TU');
    const both = await cli(['report', '--db', url, ...PROGRAMME, ...FILES, '--lang', 'en']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--targets does not go with --db');
  });
});

const psql = spawnSync('psql', ['--version']).status === 0;
const sqlite3 = spawnSync('sqlite3', ['--version']).status === 0;

/** CSV with a header line (no commas or quotes inside the selected columns) as records. */
function records(csv: string): Record<string, string>[] {
  const [head, ...lines] = csv.trimEnd().split('\n');
  const names = head!.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, k) => [names[k], v])));
}

/** `psql --csv` run as an analyst would, with the store's schema first on the search path. */
function query(sqlText: string): Record<string, string>[] {
  const r = spawnSync('psql', [pgUrl!, '--csv', '-v', 'ON_ERROR_STOP=1', '-c', sqlText], {
    encoding: 'utf8',
    env: { ...process.env, PGOPTIONS: `-c search_path=${schema}` },
  });
  expect(r.stderr).toBe('');
  return records(r.stdout);
}

const figures = (r: {
  indicator: string;
  unit: string;
  start: string;
  end: string;
  target: string | null;
  actual: string;
  percent: string | null;
  status: string;
}) => ({
  ...r,
  target: r.target === null ? null : toDecimal(r.target).toString(),
  actual: toDecimal(r.actual).toString(),
  // Percent to 2 places, rounded half up in both: a figure to read, not to decide a status.
  percent: r.percent === null ? null : toDecimal(r.percent).toFixed(2),
});

async function reportFigures(asOf: string) {
  const r = await cli(['report', ...FILES, '--as-of', asOf, '--format', 'json']);
  return ReportJsonSchema.parse(JSON.parse(r.stdout)).rows.map((row) =>
    figures({
      indicator: row.indicator,
      unit: row.org_unit.code,
      start: row.period.start,
      end: row.period.end,
      target: row.target,
      actual: row.actual,
      percent: row.percent,
      status: row.status,
    }),
  );
}

function viewFigures(rows: Record<string, string>[]) {
  return rows.map((v) =>
    figures({
      indicator: v.indicator!,
      unit: v.unit!,
      start: v.period_start!,
      end: v.period_end!,
      target: v.target === '' ? null : v.target!,
      actual: v.actual!,
      percent: v.percent === '' ? null : v.percent!,
      status: v.status!,
    }),
  );
}

const COLUMNS = 'indicator, unit, period_start, period_end, target, actual, percent, status';
const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();

if (pgUrl && psql) {
  describe('psql on the example data in PostgreSQL', () => {
    it("gives cadre report's figures from select * from attainment", async () => {
      await imported(`${pgUrl}?schema=${schema}`);
      const all = query('select * from attainment');
      expect(all.length).toBeGreaterThan(0);
      const [{ today }] = query('select current_date as today') as [{ today: string }];
      const picked = all.map((r) => Object.fromEntries(COLUMNS.split(', ').map((c) => [c, r[c]!])));
      expect(sorted(viewFigures(picked))).toEqual(sorted(await reportFigures(today)));
      const review = query(`select ${COLUMNS} from attainment_as_of('2019-05-20')`);
      expect(sorted(viewFigures(review))).toEqual(sorted(await reportFigures('2019-05-20')));
    }, 120_000);
  });
} else {
  describe.skip('psql on the example data (skipped: needs CADRE_TEST_PG_URL and the psql client)', () => {
    it('compares select * from attainment with cadre report', () => undefined);
  });
}

if (sqlite3) {
  describe('the sqlite3 shell on the example data in a SQLite file', () => {
    it("gives cadre report's figures from select * from attainment, with no cadre function", async () => {
      const file = join(dir, 'analyst.db');
      await imported(file);
      const run = (sqlText: string) => {
        const r = spawnSync('sqlite3', ['-csv', '-header', '-readonly', file, sqlText], {
          encoding: 'utf8',
        });
        expect(r.stderr).toBe('');
        return records(r.stdout);
      };
      const [{ today }] = run("select date('now') as today") as [{ today: string }];
      const rows = run(`select ${COLUMNS} from attainment`);
      expect(rows.length).toBeGreaterThan(0);
      expect(sorted(viewFigures(rows))).toEqual(sorted(await reportFigures(today)));
    }, 120_000);
  });
} else {
  describe.skip('sqlite3 on the example data (skipped: the sqlite3 shell is not installed)', () => {
    it('compares select * from attainment with cadre report', () => undefined);
  });
}
