import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, FIXTURES } from '../../__fixtures__/run-cli.js';

const ROTATION = [
  'rules',
  'rotation',
  '--people',
  'rules/persons.csv',
  '--rotations',
  'rules/rotations.csv',
];
const PLANNING = ['rules', 'planning', '--pool', 'rules/persons.csv'];

describe('cadre rules rotation (QĐ 98-QĐ/TW for rotations starting 1/1/2019)', () => {
  it('prints each violation with its rule reference, and the counts per code', async () => {
    const r = await cli([...ROTATION, '--as-of', '2019-05-20']);
    expect(r.code).toBe(1);
    // R1: P1 retires 1/4/2025, 75 months after 1/1/2019, under the 120 of two terms.
    expect(r.stdout).toContain('Luân chuyển R1 (cán bộ P1) — rotations.csv, dòng 2:');
    expect(r.stdout).toContain('chỉ còn 75 tháng công tác');
    expect(r.stdout).toContain('(căn cứ 98-QĐ/TW ngày 7/10/2017) [rotation.remaining_time_short]');
    // R2: 1/1/2019–30/6/2020 is 18 months, under 36.
    expect(r.stdout).toContain('Luân chuyển R2 (cán bộ P2) — rotations.csv, dòng 3:');
    expect(r.stdout).toContain('[rotation.duration_short]');
    expect(r.stdout).not.toContain('R3 (cán bộ P3)');
    expect(r.stdout).toMatch(
      /Số vi phạm theo mã:\n\s+rotation\.duration_short\s+1\n\s+rotation\.remaining_time_short\s+1\n/,
    );
  });

  it('gives the same as JSON', async () => {
    const r = await cli([...ROTATION, '--as-of', '2019-05-20', '--format', 'json', '--lang', 'en']);
    const doc = JSON.parse(r.stdout);
    expect(doc.checked).toBe(3);
    expect(doc.counts).toEqual({
      'rotation.duration_short': 1,
      'rotation.remaining_time_short': 1,
    });
    expect(doc.violations[0]).toMatchObject({
      code: 'rotation.remaining_time_short',
      severity: 'error',
      reference: '98-QĐ/TW ngày 7/10/2017',
      file: 'rotations.csv',
      line: 2,
    });
  });

  it('reports a rotation of someone missing from the persons file (exit 1, nothing checked)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-rules-'));
    const rows = readFileSync(join(FIXTURES, 'rules/rotations.csv'), 'utf8').trim().split('\n');
    writeFileSync(
      join(dir, 'rotations.csv'),
      [...rows, 'R9,P9,Cao Bằng,Chuyên viên,Bắc Kạn,Trưởng phòng,2019-01-01,2021-12-31'].join('\n'),
    );
    const r = await cli(
      [
        'rules',
        'rotation',
        '--people',
        join(FIXTURES, 'rules/persons.csv'),
        '--rotations',
        'rotations.csv',
        '--as-of',
        '2019-05-20',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'rotations.csv, dòng 5, cột "person_id": cán bộ "P9" không có trong persons.csv',
    );
    expect(r.stderr).toContain('Chưa kiểm tra vì dữ liệu có lỗi');
  });
});

describe('cadre rules planning (QĐ 50-QĐ/TW on 1/6/2023, province level)', () => {
  it('prints the pool figures and the violations', async () => {
    const r = await cli([...PLANNING, '--as-of', '2023-06-01']);
    expect(r.code).toBe(1);
    // 4 persons, posts GD-SO and PGD-SO, 5 entries (P1 holds two).
    expect(r.stdout).toContain('Số cán bộ: 4; số chức danh: 2; số lượt quy hoạch: 5');
    // Young (under 40): P2 only, 1 of 4 = 25%; women: P2 only, 1 of 4 = 25%.
    expect(r.stdout).toContain('Cán bộ trẻ (dưới 40 tuổi): 1/4 (25%); cần ít nhất 15%');
    expect(r.stdout).toContain('Cán bộ nữ: 1/4 (25%); cần ít nhất 25%');
    expect(r.stdout).toContain('[planning.too_many_persons_per_post]');
    // P1 retires 1/10/2026: 40 months left, under a 60-month term.
    expect(r.stdout).toContain('chỉ còn 40 tháng công tác');
    expect(r.stdout).not.toContain('planning.young_share_low');
    expect(r.stdout).not.toContain('planning.women_share_low');
  });

  it('gives exact shares in JSON', async () => {
    const r = await cli([...PLANNING, '--as-of', '2023-06-01', '--format', 'json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.figures).toMatchObject({
      persons: 4,
      young: 1,
      young_share: '0.25',
      women_share: '0.25',
    });
    expect(doc.counts).toEqual({
      'planning.time_left_short': 1,
      'planning.too_many_persons_per_post': 1,
    });
    expect(doc.pack.reference).toContain('50-QĐ/TW');
  });

  it('refuses a level the rules do not know (exit 2)', async () => {
    const r = await cli([...PLANNING, '--as-of', '2023-06-01', '--level', 'hamlet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cấp "hamlet" chưa có ngưỡng tuổi trẻ');
  });

  it('exits 1, not 2, when no planning rule is in force at --as-of, and says so in one language', async () => {
    // QĐ 50-QĐ/TW came into force in 2021: on 1/1/2020 there is nothing to check against.
    const vi = await cli([...PLANNING, '--as-of', '2020-01-01']);
    expect(vi.code).toBe(1);
    expect(vi.stderr).toContain(
      'không có gói quy tắc quy hoạch nào có hiệu lực vào ngày 1/1/2020 (phạm vi toàn quốc)',
    );
    expect(vi.stderr).not.toMatch(/planning|national|cú pháp/);
    const en = await cli([...PLANNING, '--as-of', '2020-01-01', '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('no planning rule pack is in force on 2020-01-01');
  });

  it('names the level in the language of the line: "cấp tỉnh", "province level"', async () => {
    const vi = await cli([...PLANNING, '--as-of', '2023-06-01']);
    expect(vi.stdout).toContain('Danh sách quy hoạch cấp tỉnh ngày 01/06/2023');
    expect(vi.stdout).not.toContain('cấp province');
    const en = await cli([...PLANNING, '--as-of', '2023-06-01', '--lang', 'en']);
    expect(en.stdout).toContain('Succession pool, province level, on 2023-06-01');
  });
});

describe('cadre rules list', () => {
  it('prints the packs in force with references and unverified items, in Vietnamese', async () => {
    const r = await cli(['rules', 'list', '--as-of', '2026-01-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Quy định có hiệu lực ngày 01/01/2026:');
    expect(r.stdout).toContain('Căn cứ: 335/2025/NĐ-CP');
    expect(r.stdout).toContain('CHƯA ĐỐI CHIẾU văn bản: reference.date, params.taskWeights');
    expect(r.stdout).not.toContain('refresher_training');
  });

  it('filters by kind, in English: NĐ 101/2017 in 2020, nothing in 2023', async () => {
    const in2020 = await cli([
      'rules',
      'list',
      '--as-of',
      '2020-06-30',
      '--kind',
      'refresher_training',
      '--lang',
      'en',
    ]);
    expect(in2020.stdout).toContain('Under: 101/2017/NĐ-CP ngày 1/9/2017');
    expect(in2020.stdout).toContain('In force: 2017-10-15 – 2021-12-09');
    const in2023 = await cli([
      'rules',
      'list',
      '--as-of',
      '2023-06-30',
      '--kind',
      'refresher_training',
      '--lang',
      'en',
    ]);
    expect(in2023.stdout).toContain(
      'No rule of kind refresher_training is in force on 2023-06-30.',
    );
  });

  it('gives the same as JSON', async () => {
    const r = await cli([
      'rules',
      'list',
      '--as-of',
      '2025-07-01',
      '--kind',
      'training_posting',
      '--format',
      'json',
    ]);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ as_of: '2025-07-01', kind: 'training_posting' });
    expect(doc.packs.map((p: { id: string }) => p.id)).toEqual(['vn.training-posting.nd-171-2025']);
    expect(doc.packs[0]).toMatchObject({
      reference: '171/2025/NĐ-CP ngày 30/6/2025',
      effectiveTo: null,
    });
  });
});

describe('cadre rules list --programme (gaps over the programme period)', () => {
  let dir: string;
  const write = (name: string, start: string, end: string) => {
    const programme = {
      code: 'KH-TGBC',
      title: { vi: 'Kế hoạch tinh giản biên chế' },
      orgUnit: '04',
      period: { kind: 'custom', start, end },
      indicators: [{ code: 'headcount', name: { vi: 'Biên chế' }, direction: 'reduction' }],
    };
    writeFileSync(join(dir, name), JSON.stringify(programme));
    return name;
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cadre-rules-gaps-'));
  });
  const list = (file: string, ...more: string[]) =>
    cli(['rules', 'list', '--as-of', '2022-03-01', '--programme', file, ...more], { cwd: dir });

  it('reports the months between NQ 39 and KL 40 in a 2021–2022 plan (exit 1)', async () => {
    const r = await list(write('kh.json', '2021-06-01', '2022-12-31'), '--kind', 'staff_reduction');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Không có quy định loại staff_reduction nào có hiệu lực ngày');
    expect(r.stdout).toContain(
      'Chương trình KH-TGBC (01/06/2021 – 31/12/2022): 1 khoảng thời gian không có quy định có hiệu lực',
    );
    expect(r.stdout).toContain('  - staff_reduction: 01/01/2022 – 17/07/2022 [rules.gap]');
  });

  it('finds no gap from the day KL 40 takes effect, and lists every kind by default in JSON', async () => {
    const fromKl40 = await list(
      write('kl40.json', '2022-07-18', '2026-12-31'),
      '--kind',
      'staff_reduction',
    );
    expect(fromKl40.code).toBe(0);
    const r = await list(
      write('all.json', '2022-07-18', '2026-12-31'),
      '--format',
      'json',
      '--lang',
      'en',
    );
    const doc = JSON.parse(r.stdout);
    expect(doc.programme).toMatchObject({
      code: 'KH-TGBC',
      start: '2022-07-18',
      end: '2026-12-31',
    });
    expect(doc.programme.kinds).toContain('performance_evaluation');
    const gaps = doc.programme.gaps.map((g: { message: string }) => g.message);
    // NĐ 335/2025 grades civil servants from 1/1/2026 only; NĐ 89/2021 left no yearly minimum.
    expect(
      gaps.some((m: string) =>
        m.includes('no performance_evaluation rule pack is in force from 2022-07-18 to 2025-12-31'),
      ),
    ).toBe(true);
    expect(
      gaps.some((m: string) =>
        m.includes('no refresher_training rule pack is in force from 2022-07-18 to 2026-12-31'),
      ),
    ).toBe(true);
    expect(gaps.some((m: string) => m.includes('no staff_reduction rule'))).toBe(false);
    expect(
      gaps.some((m: string) =>
        m.includes('no staff_reduction_regime rule pack is in force from 2022-07-18 to 2025-06-15'),
      ),
    ).toBe(true);
    expect(r.code).toBe(1);
  });

  it('refuses a programme file that is not valid, with its issues', async () => {
    writeFileSync(join(dir, 'broken.json'), '{\n  "code": "x",\n  "title": }\n');
    const r = await list('broken.json');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('ở dòng 3, cột');
  });
});
