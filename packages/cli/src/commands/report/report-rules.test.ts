import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../../__fixtures__/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cadre-report-rules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PERIOD = { start: '2016-05-09', end: '2020-12-31' };
// Cao Bằng as the administrative geography codes it before the 2025 re-coding.
const UNIT = 'pre2025:cao-bang';
const FIELDS = ['master_education', 'specialist_health', 'master_culture_tourism'];
const programme = {
  code: '12-CTr/TU',
  title: { vi: 'Cán bộ lãnh đạo, quản lý trẻ giai đoạn 2016 - 2020' },
  period: { kind: 'custom', ...PERIOD },
  indicators: ['master_level', ...FIELDS].map((code) => ({ code, name: { vi: code } })),
  targets: [
    { indicator: 'master_level', orgUnit: UNIT, period: PERIOD, value: null },
    { indicator: 'master_education', orgUnit: UNIT, period: PERIOD, value: 10 },
    { indicator: 'specialist_health', orgUnit: UNIT, period: PERIOD, value: 41 },
    { indicator: 'master_culture_tourism', orgUnit: UNIT, period: PERIOD, value: 4 },
  ],
  validationRules: [
    {
      code: 'masters_by_field',
      name: {
        vi: 'Thạc sĩ theo lĩnh vực không vượt tổng số',
        en: "Master's by field within the total",
      },
      left: FIELDS.map((indicator) => ({ indicator })),
      op: '<=',
      right: [{ indicator: 'master_level' }],
    },
  ],
};

/** Seed 004's master's figures: 30 in education, 117 in health, 4 in culture; `total` in all. */
function actuals(total: number): string {
  const rows = [
    ['master_level', total],
    ['master_education', 30],
    ['specialist_health', 117],
    ['master_culture_tourism', 4],
  ];
  return `programme,indicator,org_unit,date,value\n${rows
    .map(([i, v]) => `12-CTr/TU,${i},Cao Bằng,2019-05-20,${v}`)
    .join('\n')}\n`;
}

describe('validation rules in cadre report --db (seed 004)', () => {
  it('is quiet for 30 + 117 + 4 ≤ 173 and reports a total entered as 150', async () => {
    const db = join(dir, 'rules.db');
    writeFileSync(join(dir, 'programme.json'), JSON.stringify(programme));
    writeFileSync(join(dir, 'actuals.csv'), actuals(173));
    const imported = await cli(['import', '--db', db, 'programme.json', 'actuals.csv'], {
      cwd: dir,
    });
    expect(imported.stderr).toBe('');
    const report = ['report', '--db', db, '--programme', '12-CTr/TU', '--as-of', '2019-05-20'];
    const fine = await cli(report, { cwd: dir });
    expect(fine.code).toBe(0);
    expect(fine.stderr).toBe('');

    writeFileSync(join(dir, 'actuals.csv'), actuals(150));
    await cli(['import', '--db', db, 'actuals.csv'], { cwd: dir });
    const short = await cli(report, { cwd: dir });
    expect(short.code).toBe(1);
    expect(short.stderr).toContain(
      'quy tắc kiểm tra masters_by_field (Thạc sĩ theo lĩnh vực không vượt tổng số) không thỏa tại',
    );
    expect(short.stderr).toContain('151 ≤ 150 là sai');
    const validated = await cli(
      ['validate', 'programme.json', 'actuals.csv', '--as-of', '2019-05-20'],
      {
        cwd: dir,
      },
    );
    expect(validated.code).toBe(1);
    expect(validated.stdout).toContain('Quy tắc kiểm tra không thỏa (báo cáo ngày 2019-05-20): 1');
    expect(validated.stdout).toContain('12-CTr/TU: quy tắc kiểm tra masters_by_field');
    const json = await cli([...report, '--format', 'json', '--lang', 'en'], { cwd: dir });
    const doc = JSON.parse(json.stdout) as { issues: { code: string; message: string }[] };
    expect(doc.issues.map((i) => i.code)).toEqual(['validation_rule.violated']);
    expect(doc.issues[0]?.message).toContain('151 ≤ 150 is false');
  });

  it('is checked by cadre validate: a rule naming an unknown indicator', async () => {
    const bad = {
      ...programme,
      validationRules: [
        { ...programme.validationRules[0], right: [{ indicator: 'master_total' }] },
      ],
    };
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    const r = await cli(['validate', 'bad.json', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'validationRules[0].right[0].indicator: "master_total" is not an indicator of the programme',
    );
  });
});
