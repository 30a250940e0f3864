import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, FIXTURES } from '../../__fixtures__/run-cli.js';

const TARGETS = join(FIXTURES, 'seed-004/targets.csv');
const PERIOD = ['--programme', '12-CTr/TU', '--period', '2019-01-01..2019-12-31'];
let dir: string;

const actuals = (a: number, b: number) =>
  [
    'programme,indicator,org_unit,date,value',
    `12-CTr/TU,master_education,04001,2019-05-20,${a}`,
    `12-CTr/TU,master_education,04002,2019-05-20,${b}`,
  ].join('\n');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cadre-rounds-'));
  writeFileSync(
    join(dir, 'communes.csv'),
    ['code,name,level,parent_code', '04001,Xã Một,commune,04', '04002,Xã Hai,commune,04'].join(
      '\n',
    ),
  );
  writeFileSync(join(dir, 'actuals.csv'), actuals(3, 4));
  writeFileSync(join(dir, 'changed.csv'), actuals(5, 4));
});

const run = (args: string[]) => cli([...args, '--db', 'cadre.db', '--lang', 'en'], { cwd: dir });
const round = (action: string, unit: string, as: string, extra: string[] = []) =>
  run(['round', action, ...PERIOD, '--unit', unit, '--as', as, ...extra]);
const figures = async () => JSON.parse((await run(['audit', '--format', 'json'])).stdout);

describe('a reporting round on an embedded SQLite file', () => {
  it('submit, approve, lock, refuse, reopen, re-import, approve, and the audit of it all', async () => {
    const first = await run(['import', 'communes.csv', TARGETS, 'actuals.csv', '--as', 'importer']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);

    expect((await round('submit', '04001', 'xa-04001')).code).toBe(0);
    expect((await round('submit', '04002', 'xa-04002')).code).toBe(0);
    const approved = await round('approve', '04', 'tinh-04');
    expect(approved.stdout).toContain('round: approved · 2 of 2 communes approved');
    const locked = await round('lock', '04', 'tinh-04');
    expect(locked.stdout).toContain('round: locked · 2 of 2 communes approved');

    const before = await figures();
    const refused = await run(['import', 'changed.csv', '--as', 'importer']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('2019-01-01..2019-12-31');
    expect(refused.stderr).toContain('locked');
    expect(await figures()).toEqual(before);

    const noReason = await round('reopen', '04', 'tinh-04');
    expect(noReason.code).toBe(1);
    expect(noReason.stderr).toContain('reason');
    const reopened = await round('reopen', '04', 'tinh-04', ['--reason', 'Sửa số liệu xã Một']);
    expect(reopened.code).toBe(0);
    expect((await run(['import', 'changed.csv', '--as', 'importer'])).code).toBe(0);
    expect((await round('approve', '04', 'tinh-04')).code).toBe(0);

    const log = await run(['audit', '--unit', '04001']);
    expect(log.code).toBe(0);
    const lines = log.stdout.trim().split('\n');
    expect(lines.map((l) => l.split(' ').slice(2, 4).join(' '))).toEqual([
      'importer write',
      'xa-04001 submit',
      'importer write',
    ]);
    expect(lines[0]).toContain('master_education 2019-05-20: ∅ → 3');
    expect(lines[2]).toContain('master_education 2019-05-20: 3 → 5');
    const province = (await run(['audit', '--unit', '04'])).stdout;
    expect(province).toContain('tinh-04 approve');
    expect(province).toContain('tinh-04 lock');
    expect(province).toContain('tinh-04 reopen');
    expect(province).toContain('reason: Sửa số liệu xã Một');
    const vi = await cli(['audit', '--db', 'cadre.db', '--unit', '04', '--lang', 'vi'], {
      cwd: dir,
    });
    expect(vi.stdout).toContain('khóa sổ');
  }, 120_000);
});
