import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../__fixtures__/run-cli.js';
import { ReportJsonSchema } from './report-json.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cadre-report-'));
  writeFileSync(
    join(dir, 'targets.csv'),
    [
      'programme,indicator,org_unit,period_start,period_end,target',
      'P,a,Cao Bằng,2016-01-01,2020-12-31,10',
      'P,b,Cao Bằng,2016-01-01,2020-12-31,mười',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'actuals.csv'),
    [
      'programme,indicator,org_unit,date,value',
      'P,a,Cao Bằng,2019-01-01,4',
      'P,b,Cao Bằng,2019-01-01,-2',
      'P,a,Hà Tây Mới,2019-01-01,1',
      'P,z,Cao Bằng,2019-01-01,7',
      'Q,a,Cao Bằng,2019-01-01,1',
    ].join('\n'),
  );
});

const ARGS = [
  'report',
  '--targets',
  'targets.csv',
  '--actuals',
  'actuals.csv',
  '--as-of',
  '2019-05-20',
];

describe('cadre report with bad rows', () => {
  it('prints no report, lists every issue with file, line and column, and exits 1', async () => {
    const r = await cli(ARGS, { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('targets.csv, dòng 3, cột "target"');
    expect(r.stderr).toContain('actuals.csv, dòng 3, cột "value"');
    expect(r.stderr).toContain('actuals.csv, dòng 4, cột "org_unit"');
    expect(r.stderr).toContain('--skip-bad-rows');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('keeps the JSON contract, with the issues and no rows', async () => {
    const r = await cli([...ARGS, '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    const doc = ReportJsonSchema.parse(JSON.parse(r.stdout));
    expect(doc.rows).toEqual([]);
    const sites = doc.issues.map((i) => [i.file, i.line, i.column]);
    expect(sites).toEqual(
      expect.arrayContaining([
        ['targets.csv', 3, 'target'],
        ['actuals.csv', 3, 'value'],
        ['actuals.csv', 4, 'org_unit'],
      ]),
    );
    expect(doc.issues.find((i) => i.line === 4)?.message).toContain('actuals.csv, line 4');
  });

  it('reports the valid rows with --skip-bad-rows, and still exits 1', async () => {
    const r = await cli([...ARGS, '--format', 'json', '--skip-bad-rows'], { cwd: dir });
    expect(r.code).toBe(1);
    const doc = ReportJsonSchema.parse(JSON.parse(r.stdout));
    // Indicator a: 4 of 10 → 40%; b lost its target row, so it has no row.
    expect(doc.rows.map((x) => [x.indicator, x.percent])).toEqual([['a', '40']]);
    const codes = doc.issues.map((i) => i.code);
    expect(codes).toContain('observation.unknown_indicator');
    expect(codes).toContain('report.unknown_programme');
    expect(doc.issues.find((i) => i.code === 'report.unknown_programme')).toMatchObject({
      file: 'actuals.csv',
      column: 'programme',
    });
  });
});

describe('cadre report usage errors exit 2, never with a stack trace', () => {
  const cases: [string, string[], string][] = [
    [
      'a missing option',
      ['report', '--targets', 'targets.csv'],
      'thiếu tùy chọn bắt buộc --actuals',
    ],
    [
      'a missing file',
      ['report', '--targets', 'none.csv', '--actuals', 'actuals.csv'],
      '"none.csv" không tồn tại',
    ],
    [
      'an impossible date',
      [...ARGS.slice(0, 5), '--as-of', '2019-02-30'],
      '--as-of: "2019-02-30" không phải ngày có thật',
    ],
    [
      'an unknown format',
      [...ARGS, '--format', 'pdf'],
      'cần một trong: table, csv, json, md, markdown, narrative',
    ],
    ['an unknown rollup', [...ARGS, '--rollup', 'region'], 'none, parent, current'],
    ['an unknown option', [...ARGS, '--target', 'x.csv'], 'không có tùy chọn --target'],
    ['an option without its value', ['report', '--targets'], 'tùy chọn --targets cần một giá trị'],
  ];
  for (const [what, argv, message] of cases) {
    it(what, async () => {
      const r = await cli(argv, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).toContain('cadre report --help');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }
});
