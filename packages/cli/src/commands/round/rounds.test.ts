import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, FIXTURES } from '../../__fixtures__/run-cli.js';
import { ReportJsonSchema } from '../report/report-json.js';

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

    // The report says, under its title, the round its figures stand in.
    const report = (lang: string, format: string) =>
      cli(
        ['report', '--db', 'cadre.db', '--programme', '12-CTr/TU', '--as-of', '2019-12-31'].concat(
          '--lang',
          lang,
          '--format',
          format,
        ),
        { cwd: dir },
      );
    // The seed's targets sit at the Cao Bằng of 2019; its figures count toward today's 04,
    // whose round freezes them, so both are named. The communes were reopened and not submitted
    // again before the province's second approval, so none of them counts as approved.
    const en = (await report('en', 'table')).stdout.split('\n');
    expect(en[0]).toContain('Programme 12-CTr/TU');
    expect(en.slice(1, 4)).toEqual([
      'Cao Bằng (pre2025:cao-bang), 2019-01-01 – 2019-12-31: round: open',
      'Cao Bằng (04), 2019-01-01 – 2019-12-31: round: approved · 0 of 2 communes approved',
      '',
    ]);
    const viTable = (await report('vi', 'table')).stdout.split('\n');
    expect(viTable.slice(1, 3)).toEqual([
      'Cao Bằng (pre2025:cao-bang), 01/01/2019–31/12/2019: đợt báo cáo: đang mở',
      'Cao Bằng (04), 01/01/2019–31/12/2019: đợt báo cáo: đã duyệt · 0/2 xã đã duyệt',
    ]);
    const md = (await report('vi', 'md')).stdout;
    expect(md).toContain(
      '\n- Cao Bằng (04), 01/01/2019–31/12/2019: đợt báo cáo: đã duyệt · 0/2 xã đã duyệt\n',
    );
    const doc = ReportJsonSchema.parse(JSON.parse((await report('en', 'json')).stdout));
    expect(doc.rounds?.map((r) => `${r.org_unit.code} ${r.state}`)).toEqual([
      'pre2025:cao-bang open',
      '04 approved',
    ]);
    expect(doc.rounds?.[1]).toEqual({
      programme: '12-CTr/TU',
      org_unit: { code: '04', name: 'Cao Bằng' },
      period: { start: '2019-01-01', end: '2019-12-31' },
      state: 'approved',
      reason: null,
      children: 2,
      by_state: { open: 0, submitted: 0, approved: 0, locked: 0, reopened: 2 },
      exempt: 0,
      summary: 'round: approved · 0 of 2 communes approved',
    });
    // Before the round's period began there was no round to speak of.
    const early = await cli(
      ['report', '--db', 'cadre.db', '--programme', '12-CTr/TU', '--as-of', '2018-12-31'].concat(
        '--format',
        'json',
      ),
      { cwd: dir },
    );
    expect(JSON.parse(early.stdout).rounds).toBeUndefined();
  }, 120_000);

  it('shows a reopened round with its reason', async () => {
    const reopened = await round('reopen', '04', 'tinh-04', ['--reason', 'Bổ sung số liệu']);
    expect(reopened.code).toBe(0);
    expect(reopened.stdout).toContain(
      'round: reopened (reason: Bổ sung số liệu) · 0 of 2 communes approved',
    );
    const r = await cli(
      ['report', '--db', 'cadre.db', '--programme', '12-CTr/TU', '--as-of', '2019-12-31'],
      { cwd: dir },
    );
    expect(r.stdout.split('\n')[2]).toBe(
      'Cao Bằng (04), 01/01/2019–31/12/2019: đợt báo cáo: đã mở lại (lý do: Bổ sung số liệu) · 0/2 xã đã duyệt',
    );
  }, 120_000);

  it('counts every commune of a province, past one page of units', async () => {
    const many = Array.from({ length: 1200 }, (_, k) => `04${String(k + 100).padStart(4, '0')}`);
    writeFileSync(
      join(dir, 'many.csv'),
      ['code,name,level,parent_code', ...many.map((c) => `${c},Xã ${c},commune,04`)].join('\n'),
    );
    expect((await run(['import', 'many.csv', '--as', 'importer'])).code).toBe(0);
    const status = await run(['round', 'status', ...PERIOD, '--unit', '04', '--format', 'json']);
    expect(status.code).toBe(0);
    // The two communes of the flow and the 1,200 just imported.
    expect(JSON.parse(status.stdout).children).toBe(1202);
  }, 120_000);
});
