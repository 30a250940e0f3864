import { TargetSchema } from '@cadre/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEST_UNITS } from '../__fixtures__/org-units.js';
import type { CsvImportMode } from '../read/import-tally.js';
import { programmesFromTargets } from './programmes-from-targets.js';
import { readTargetsCsv } from './read-targets.js';

// Targets of programme 12-CTr/TU (Cao Bằng, seed 004) as the review of 20/5/2019 implies them:
// 30 sent = 300% → 10; 117 = 285% → 41; 4 = 100% → 4; rotation 24 of 40. And NQ 39 for Nghệ An
// (seed 003): cut at least 10% of the 2015 headcount, about 82.300.
const TARGETS_VI = [
  'Chương trình;Chỉ tiêu;Tên chỉ tiêu;Đơn vị;Từ ngày;Đến ngày;Kế hoạch;Loại chỉ tiêu;Số gốc;Đơn vị tính',
  '12-CTr/TU;master_education;Cử đi đào tạo thạc sĩ ngành giáo dục;Cao Bằng;9/5/2016;31/12/2020;10;;;người',
  '12-CTr/TU;master_health;Đào tạo CKI, thạc sĩ ngành y tế;Cao Bằng;9/5/2016;31/12/2020;41;;;người',
  '12-CTr/TU;master_culture;Thạc sĩ văn hóa, du lịch;Cao Bằng;9/5/2016;31/12/2020;4;;;người',
  '12-CTr/TU;rotation;Luân chuyển cán bộ;Cao Bằng;9/5/2016;31/12/2020;40;;;người',
  '12-CTr/TU;phd;Đào tạo tiến sĩ;Cao Bằng;9/5/2016;31/12/2020;;;;người',
  '39-NQ/TW;staff_cut;Tinh giản biên chế;Nghệ An;01/01/2015;31/12/2021;10%;giảm;82.300;biên chế',
].join('\r\n');

describe('readTargetsCsv', () => {
  it('reads the Cao Bằng and Nghệ An plans from a Vietnamese Excel export', async () => {
    const r = await readTargetsCsv(
      { text: `\uFEFF${TARGETS_VI}\r\n`, name: 'chi-tieu.csv' },
      {
        orgUnits: TEST_UNITS,
        locale: 'vi-VN',
      },
    );
    expect(r.summary).toEqual({ read: 6, imported: 6, updated: 0, ignored: 0, issues: [] });
    expect(r.delimiter).toBe(';');
    expect(r.records.map((t) => [t.indicator, t.orgUnit, t.value])).toEqual([
      ['master_education', '04', '10'],
      ['master_health', '04', '41'],
      ['master_culture', '04', '4'],
      ['rotation', '04', '40'],
      ['phd', '04', null],
      ['staff_cut', '40', '10'],
    ]);
    expect(r.records[5]).toMatchObject({
      programme: '39-NQ/TW',
      period: { start: '2015-01-01', end: '2021-12-31' },
      baseline: '82300',
    });
    expect(r.lines).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('builds programmes whose indicators come from the rows', async () => {
    const r = await readTargetsCsv({ text: TARGETS_VI }, { orgUnits: TEST_UNITS, locale: 'vi-VN' });
    const p = programmesFromTargets(r, {
      titles: { '12-CTr/TU': 'Nâng cao chất lượng cán bộ trẻ' },
    });
    if (!p.ok) throw new Error(JSON.stringify(p.issues));
    const [cb, na] = p.value;
    expect(cb).toMatchObject({
      code: '12-CTr/TU',
      title: { vi: 'Nâng cao chất lượng cán bộ trẻ' },
      period: { start: '2016-05-09', end: '2020-12-31' },
    });
    expect(cb!.indicators.map((i) => [i.code, i.measure, i.direction, i.unit])).toContainEqual([
      'rotation',
      'count',
      'at_least',
      { vi: 'người', en: 'people' },
    ]);
    expect(cb!.targets).toHaveLength(5);
    expect(na!.indicators).toEqual([
      expect.objectContaining({
        code: 'staff_cut',
        name: { vi: 'Tinh giản biên chế' },
        measure: 'rate',
        direction: 'reduction',
        unit: { vi: 'biên chế', en: 'posts' },
      }),
    ]);
  });

  it('reports every bad row, and in skip mode lets the good ones through', async () => {
    const text = [
      'programme,indicator,org_unit,period_start,period_end,target',
      '12-CTr/TU,master_education,Bắc Cạn,2016-05-09,2020-12-31,10',
      '12-CTr/TU,master_health,Bắc Kạn,2016-05-09,2020-12-31,-1',
      '12-CTr/TU,rotation,Đăk Lăk,2016-05-09,2020-12-31,x',
      '12-CTr/TU,phd,Hòa Bình,2016-05-09,2020-12-31,2',
    ].join('\n');
    const r = await readTargetsCsv(
      { text, name: 't.csv' },
      { orgUnits: TEST_UNITS, mode: 'skip_bad_rows' },
    );
    expect(r.summary.issues.map((i) => [i.code, i.path])).toEqual([
      ['csv.negative_number', [3, 'target']],
      ['csv.invalid_number', [4, 'target']],
    ]);
    expect(r.summary).toMatchObject({ read: 4, imported: 2, ignored: 2 });
    expect(r.records.map((t) => t.orgUnit)).toEqual(['06', '17']);
    expect(r.summary.issues[0]!.message).toBe(
      't.csv, line 3, column "target": expected a number ≥ 0, got "-1"',
    );
  });

  it('maps the same file to the same records every time (idempotent input to a store)', async () => {
    const a = await readTargetsCsv({ text: TARGETS_VI }, { orgUnits: TEST_UNITS, locale: 'vi-VN' });
    const b = await readTargetsCsv({ text: TARGETS_VI }, { orgUnits: TEST_UNITS, locale: 'vi-VN' });
    expect(JSON.stringify(b.records)).toBe(JSON.stringify(a.records));
  });
});

/** A value with its key order and undefined-valued keys made visible to `toEqual`. */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (typeof value === 'object' && value !== null)
    return Object.keys(value).map((k) => [k, ordered((value as Record<string, unknown>)[k])]);
  return value;
}

describe('readTargetsCsv against the schema on every row', () => {
  // Each column's cells: the first ones a valid row holds, the rest anything a file may hold.
  const COLUMNS: [name: string, good: string[], other: string[]][] = [
    ['programme', ['12-CTr/TU', '39-NQ/TW'], ['', 'P=1']],
    ['indicator', ['master', 'staff_cut', 'rotation'], ['']],
    ['indicator_name', ['', 'Thạc sĩ', 'Tinh giản'], ["'=1+1"]],
    ['org_unit', ['Cao Bằng', '04', 'Bắc Cạn', 'Hà Giang'], ['Hà Tây', '', "'04"]],
    [
      'period_start',
      ['2016-05-09', '9/5/2016', '2015-01-01'],
      ['2019-02-29', '2026-07-01', 'x', ''],
    ],
    ['period_end', ['2020-12-31', '31/12/2021', '2016-01-01'], ['31/02/2020', '']],
    ['target', ['10', '0', '1.5', '007', '', ' 4 '], ['10%', '-1', 'x', '1.234,5']],
    ['measure', ['', 'count'], ['giảm', 'other']],
    ['baseline', ['', '82300', '0.5'], ['-5']],
    ['direction', ['', 'at_most', '≥'], ['reduction', 'sideways']],
    ['unit', ['', 'người', 'biên chế'], []],
    ['note', ['', 'ghi chú', "'=1+1"], []],
    ['category', ['', 'cc.y-te', 'x'], ['a=b', 'x\u0001course=y', "'cb", "'=x"]],
    ['course', ['', 'thac-si', 'x', 'y'], []],
  ];
  // Plans as most files write them (no hint columns but the name), and with every column.
  const PLAIN = ['measure', 'baseline', 'direction', 'unit', 'note'];
  const cell = ([, good, other]: (typeof COLUMNS)[number]) =>
    other.length === 0
      ? fc.constantFrom(...good)
      : fc.oneof({ arbitrary: fc.constantFrom(...good), weight: 30 }, fc.constantFrom(...other));
  const file = fc.boolean().chain((plain) => {
    const columns = COLUMNS.filter(([name]) => !plain || !PLAIN.includes(name));
    const row = fc.tuple(...columns.map(cell)).map((r) => r.join(','));
    // Rows, then a few of them again: duplicate keys.
    const rows = fc
      .array(row, { minLength: 1, maxLength: 10 })
      .chain((rs) =>
        fc
          .array(fc.nat(rs.length - 1), { maxLength: 3 })
          .map((again) => [...rs, ...again.map((i) => rs[i]!)]),
      );
    return rows.map((rs) => `${columns.map(([name]) => name).join(',')}\n${rs.join('\n')}\n`);
  });

  it('reads formula guards, percents and inverted periods on later rows as on first ones', async () => {
    const text = [
      'programme,indicator,indicator_name,org_unit,period_start,period_end,target,category',
      'P,sent,,04,2026-01-01,2030-12-31,1,a',
      "P,sent,'=1+1,04,2026-01-01,2030-12-31,1,b",
      "P,sent,,04,2026-01-01,2030-12-31,1,'=c",
      "P,sent,,'04,2026-01-01,2030-12-31,1,d",
      'P,sent,,04,2026-01-01,2030-12-31,5%,e',
      'P,sent,,04,2026-01-01,2025-12-31,1,f',
    ].join('\n');
    const options = {
      disaggregations: { category: ['Đối tượng'] },
      mode: 'skip_bad_rows' as const,
    };
    const r = await readTargetsCsv({ text, name: 't.csv' }, options);
    expect(r.indicators.map((h) => h.name)).toEqual(['=1+1']);
    expect(r.records.map((t) => t.disaggregation.category)).toEqual(['a', 'b', '=c', 'd']);
    expect(r.records.map((t) => t.orgUnit)).toEqual(['04', '04', '04', "'04"]);
    expect(r.summary.issues.map((i) => [i.code, i.path[0]])).toEqual([
      ['csv.invalid_number', 6],
      ['csv.period_inverted', 7],
    ]);
  });

  it('finds duplicates exactly where the key texts are equal, separators and all', async () => {
    const text = [
      'programme,indicator,org_unit,period_start,period_end,target,category,course',
      // The key text of both is "…category=x\u0001course=y": a duplicate, as it always was.
      'P,sent,04,2026-01-01,2030-12-31,1,x\u0001course=y,',
      'P,sent,04,2026-01-01,2030-12-31,1,x,y',
      // Same text in different breakdowns: no duplicate.
      'P,sent,04,2026-01-01,2030-12-31,1,z,',
      'P,sent,04,2026-01-01,2030-12-31,1,,z',
      // NUL inside cells would give "P" + "a\0b" and "P\0a" + "b" the same key text: no text
      // cell holds a NUL, so both are refused where it sits.
      'P,a\u0000b,04,2026-01-01,2030-12-31,1,,',
      'P\u0000a,b,04,2026-01-01,2030-12-31,1,,',
    ].join('\n');
    const options = { disaggregations: { category: ['Đối tượng'], course: ['Khóa'] } };
    const r = await readTargetsCsv({ text, name: 't.csv' }, options);
    // Structural checks (the NUL) run over a batch before its rows are mapped; the last line,
    // without a line break, comes in a batch of its own.
    expect(r.summary.issues.map((i) => [i.code, i.path, i.input])).toEqual([
      ['csv.nul_byte', [6, 'indicator'], undefined],
      [
        'csv.duplicate_key',
        [3, 'programme+indicator+org_unit+period_start+period_end'],
        'P\u0000sent\u000004\u00002026-01-01\u00002030-12-31\u0000category=x\u0001course=y',
      ],
      ['csv.nul_byte', [7, 'programme'], undefined],
    ]);
  });

  it('gives records the core schema and programme builder agree with (property)', async () => {
    let read = 0;
    let imported = 0;
    await fc.assert(
      fc.asyncProperty(
        file,
        fc.constantFrom('all_or_nothing', 'skip_bad_rows') as fc.Arbitrary<CsvImportMode>,
        fc.constantFrom<Record<string, string>>({}, { '12-CTr/TU': '' }),
        async (text, mode, titles) => {
          const options = {
            orgUnits: TEST_UNITS,
            mode,
            locale: 'vi-VN' as const,
            disaggregations: { category: ['Đối tượng'], course: ['Loại khóa học'] },
          };
          const fast = await readTargetsCsv({ text, name: 't.csv' }, options);
          if (mode === 'skip_bad_rows') {
            read += fast.summary.read;
            imported += fast.records.length;
          }
          for (const t of fast.records) {
            const { programme: _, ...target } = t;
            expect(ordered(target)).toEqual(ordered(TargetSchema.parse(t)));
          }
          // Records that are not plain objects skip the plain check: the whole programme, every
          // target included, goes through ProgrammeSchema.
          const unplain = fast.records.map((r) => Object.assign(Object.create({}), r));
          const programmes = programmesFromTargets(fast, { titles });
          const bySchema = programmesFromTargets({ ...fast, records: unplain }, { titles });
          expect(ordered(programmes)).toEqual(ordered(bySchema));
        },
      ),
      { numRuns: 300 },
    );
    // Most rows are good ones, so the comparison is about records, not only about issues.
    expect(imported).toBeGreaterThan(read * 0.15);
  });
});
