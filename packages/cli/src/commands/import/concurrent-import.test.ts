import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CadreStore } from '@cadre/core';
import { openStore } from '@cadre/sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../__fixtures__/run-cli.js';
import { spawnCli } from '../../__fixtures__/spawn-cli.js';

const TARGETS = join(FIXTURES, 'seed-004/targets.csv');
const INDICATORS = [
  'master_education',
  'master_health',
  'master_culture',
  'qlnn',
  'dept_leadership',
  'leadership_skills',
  'rotation',
  'phd',
];
const UNITS = ['Cao Bằng', 'Lạng Sơn', 'Sơn La', 'Lai Châu'];
const FIRST_DAY = Date.UTC(2016, 5, 1);
// Two files of 30,000 rows sharing 10,000 keys (the issue's 30k + 30k): 50,000 in the union.
const ROWS = 30_000;
const A = [0, ROWS] as const;
const B = [20_000, 50_000] as const;

function actuals(from: number, to: number): string {
  const lines = ['programme,indicator,org_unit,date,value'];
  for (let k = from; k < to; k++) {
    const date = new Date(FIRST_DAY + Math.floor(k / 32) * 86_400_000).toISOString().slice(0, 10);
    const unit = UNITS[Math.floor(k / 8) % 4];
    lines.push(`12-CTr/TU,${INDICATORS[k % 8]},${unit},${date},${(k % 5) + 1}`);
  }
  return `${lines.join('\n')}\n`;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cadre-concurrent-'));
  writeFileSync(join(dir, 'a.csv'), actuals(...A));
  writeFileSync(join(dir, 'b.csv'), actuals(...B));
  writeFileSync(join(dir, 'union.csv'), actuals(A[0], B[1]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function held(url: string): Promise<Map<string, string>> {
  const store: CadreStore = await openStore(url);
  try {
    const out = new Map<string, string>();
    let cursor: string | null = null;
    do {
      const page = await store.listObservations({ programme: '12-CTr/TU', cursor, limit: 1000 });
      for (const o of page.items) out.set(`${o.indicator} ${o.orgUnit} ${o.date}`, String(o.value));
      cursor = page.nextCursor;
    } while (cursor !== null);
    return out;
  } finally {
    await store.close();
  }
}

async function importOnce(db: string, ...files: string[]) {
  const r = await spawnCli(['import', '--db', db, ...files, '--format', 'json'], { cwd: dir });
  expect(r.stderr, r.stdout).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

/** Two imports at once, then one import of the union into a clean database: same rows. */
async function overlappingImports(db: string, clean: string): Promise<void> {
  await importOnce(db, TARGETS);
  const [a, b] = await Promise.all([
    spawnCli(['import', '--db', db, 'a.csv', '--format', 'json'], { cwd: dir }),
    spawnCli(['import', '--db', db, 'b.csv', '--format', 'json'], { cwd: dir }),
  ]);
  for (const r of [a, b]) {
    expect(r.stderr, r.stdout).toBe('');
    expect(r.code).toBe(0);
    const file = JSON.parse(r.stdout).files[0];
    expect(file.issues).toEqual([]);
    expect(file.read).toBe(ROWS);
  }
  await importOnce(clean, TARGETS, 'union.csv');
  const both = await held(db);
  expect(both.size).toBe(B[1] - A[0]);
  expect(both).toEqual(await held(clean));
}

const SLOW = 180_000;

describe('two cadre import processes with overlapping keys', () => {
  it(
    'on one SQLite file: the second waits its turn, and all rows land',
    () => overlappingImports(join(dir, 'shared.db'), join(dir, 'clean.db')),
    SLOW,
  );

  const url = process.env.CADRE_TEST_PG_URL;
  const onPostgres = url ? it : it.skip;
  onPostgres(
    `on PostgreSQL: both land${url ? '' : ' (skipped: CADRE_TEST_PG_URL is not set)'}`,
    async () => {
      const run = `cadre_cli_${randomBytes(4).toString('hex')}`;
      const at = (schema: string) => `${url}?schema=${schema}`;
      try {
        await overlappingImports(at(`${run}_shared`), at(`${run}_clean`));
      } finally {
        for (const schema of [`${run}_shared`, `${run}_clean`]) {
          execFileSync('psql', [url as string, '-qc', `drop schema if exists ${schema} cascade`]);
        }
      }
    },
    SLOW,
  );
});
