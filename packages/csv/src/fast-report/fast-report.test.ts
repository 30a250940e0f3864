import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DISAGGREGATIONS,
  PROGRAMME,
  smallIndex,
  smallProgramme,
} from '../__fixtures__/small-national.js';
import {
  type ActualsReportOptions,
  generalActualsReport,
  reportFromActualsCsv,
} from './fast-report.js';

const AS_OF = '2019-05-20';
const options = (extra: Partial<ActualsReportOptions> = {}): ActualsReportOptions => ({
  programme: smallProgramme(),
  asOf: AS_OF,
  orgUnits: smallIndex(),
  disaggregations: DISAGGREGATIONS,
  fileName: 'actuals.csv',
  ...extra,
});
const bytes = (text: string) => new TextEncoder().encode(text);
const HEADER = 'programme,indicator,org_unit,date,value,category,course\n';

/** The two paths must agree on everything a caller sees: rows, issues and the import summary. */
async function bothPaths(csv: Uint8Array, opts: ActualsReportOptions) {
  const quick = await reportFromActualsCsv(csv, opts);
  const general = await generalActualsReport(csv, opts);
  const seen = (r: typeof quick) =>
    JSON.parse(JSON.stringify({ report: r.report, summary: r.summary, others: r.otherProgrammes }));
  expect(seen(quick)).toEqual(seen(general));
  return quick;
}

describe('reportFromActualsCsv on the 12-CTr/TU review of 20/5/2019 (seed 004)', () => {
  // Cao Bằng's figures spread over its communes: 30 + 117 + 4 masters, 24 rotations, plus rows
  // that must not count: one after the review date, one in another province.
  const csv = [
    HEADER,
    `${PROGRAMME},master,01279,2017-09-05,18,education,master\n`,
    `${PROGRAMME},master,01288,2018-09-04,12,education,master\n`,
    `${PROGRAMME},master,01279,2017-09-05,60,health,ck1\n`,
    `${PROGRAMME},master,01288,2018-03-01,57,health,master\n`,
    `${PROGRAMME},master,01279,2018-09-04,4,culture,master\n`,
    `${PROGRAMME},rotation,01279,2017-01-10,10,,\n`,
    `${PROGRAMME},rotation,Phường Thục Phán,2018-01-10,14,,\n`,
    `${PROGRAMME},master,01279,2019-06-01,5,education,master\n`,
    `${PROGRAMME},master,05500,2018-09-04,7,education,master\n`,
  ].join('');

  it('takes the fast path and gives the reported percentages', async () => {
    const r = await bothPaths(bytes(csv), options());
    expect(r.path).toBe('fast');
    const row = (indicator: string, unit: string, category?: string) =>
      r.report!.rows.find(
        (x) =>
          x.indicator === indicator && x.orgUnit === unit && x.disaggregation.category === category,
      )!;
    // "đạt 300% chỉ tiêu": 30 of 10.
    expect(row('master', '04', 'education').actual.toString()).toBe('30');
    expect(row('master', '04', 'education').percent?.toString()).toBe('300');
    // "bằng 285% KH": 117 of 41 is 285.37 %.
    expect(row('master', '04', 'health').percent?.toFixed(2)).toBe('285.37');
    // "đạt 100%": 4 of 4, culture masters only.
    expect(row('master', '04', 'culture').status).toBe('met');
    // "luân chuyển 24 cán bộ trong tổng số chỉ tiêu 40 … bằng 60% KH".
    expect(row('rotation', '04').percent?.toString()).toBe('60');
    expect(row('rotation', '04').status).toBe('not_met');
    expect(r.summary).toMatchObject({ read: 9, imported: 9, ignored: 0, issues: [] });
  });

  it('gives a file back to the general reader on the first row it cannot take, with the same result', async () => {
    const quoted = csv.replace('01279,2017-01-10', '"01279",2017-01-10');
    const twice = `${csv}${PROGRAMME},rotation,01279,2017-01-10,3,,\n`;
    const decimal = csv.replace(',4,culture', ',4.5,culture');
    for (const [text, reason] of [
      [quoted, 'quoted_field'],
      [twice, 'duplicate_key'],
      [decimal, 'not_a_count'],
    ] as const) {
      const r = await bothPaths(bytes(text), options());
      expect(r.path).toBe('general');
      expect(r.fallback).toBe(reason);
    }
  });

  it('refuses a value or a cell past its limit on both paths, with line and column', async () => {
    const digits = csv.replace(',4,culture', `,${'9'.repeat(900_000)},culture`);
    const past = csv.replace(',4,culture', `,${'9'.repeat(31)},culture`);
    const nul = csv.replace(',4,culture', ',4,cul\u0000ture');
    const name = csv.replace('Phường Thục Phán', 'Phường Thục Phán'.repeat(300));
    const row = csv.replace(',4,culture', `,${'1'.repeat(2 * 1024 * 1024)},culture`);
    for (const [text, reason, issue] of [
      [digits, 'long_cell', ['csv.number_too_long', 6, 'value']],
      [past, 'not_a_count', ['csv.number_too_long', 6, 'value']],
      [nul, 'encoding', ['csv.nul_byte', 6, 'category']],
      [name, 'long_cell', ['csv.cell_too_long', 8, 'org_unit']],
      [row, 'long_cell', ['csv.row_too_long', 6, '*']],
    ] as const) {
      const r = await bothPaths(bytes(text), options());
      expect(r.fallback).toBe(reason);
      expect(r.report).toBeNull();
      expect(r.summary.issues.map((i) => [i.code, ...i.path])).toEqual([issue]);
    }
  });

  it('reads a file from disk in chunks smaller than the file', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const path = join(mkdtempSync(join(tmpdir(), 'cadre-quick-')), 'actuals.csv');
    writeFileSync(path, csv);
    const fromDisk = await reportFromActualsCsv(path, options({ chunkBytes: 128 }));
    const inMemory = await reportFromActualsCsv(bytes(csv), options());
    expect(fromDisk.path).toBe('fast');
    expect(JSON.stringify(fromDisk.report)).toBe(JSON.stringify(inMemory.report));
  });
});

// Cells drawn from what agencies' files hold, good and bad, so both paths meet every case.
const cell = {
  programme: fc.constantFrom(PROGRAMME, PROGRAMME, PROGRAMME, 'OTHER', '', ` ${PROGRAMME} `),
  indicator: fc.constantFrom('master', 'master', 'rotation', 'unknown', ''),
  unit: fc.constantFrom(
    '01279',
    '01288',
    '05500',
    '05800',
    '04',
    'Phường Thục Phán',
    'Xã Hòa An',
    'Thục Phán'.normalize('NFD'),
    'zz',
    '',
    ' 01288 ',
  ),
  date: fc.oneof(
    fc
      .integer({ min: 0, max: 2400 })
      .map((d) => new Date(Date.UTC(2016, 0, 1 + d)).toISOString().slice(0, 10)),
    fc.constantFrom('20/5/2019', '2019-02-30', 'x', '', '2026-01-01', ' 2018-03-01'),
  ),
  value: fc.oneof(
    fc.integer({ min: 0, max: 99 }).map(String),
    fc.constantFrom('1.5', '6.666', '-1', '', ' 7 ', '1e3', '007'),
  ),
  category: fc.constantFrom('education', 'health', 'culture', '', 'Health'),
  course: fc.constantFrom('master', 'ck1', '', 'phd'),
};
// Mostly clean rows, one in twenty from the bad cells, so files go both ways.
const clean = fc.record({
  programme: fc.constantFrom(PROGRAMME, PROGRAMME, 'OTHER'),
  indicator: fc.constantFrom('master', 'rotation'),
  unit: fc.constantFrom('01279', '01288', '05500', '04', 'Phường Thục Phán'),
  date: fc
    .integer({ min: 0, max: 2400 })
    .map((d) => new Date(Date.UTC(2016, 0, 1 + d)).toISOString().slice(0, 10)),
  value: fc.integer({ min: 0, max: 99 }).map(String),
  category: fc.constantFrom('education', 'health', 'culture', ''),
  course: fc.constantFrom('master', 'ck1', ''),
});
const row = fc.oneof({ weight: 19, arbitrary: clean }, { weight: 1, arbitrary: fc.record(cell) });
type Row = { [K in keyof typeof cell]: string };

function render(
  given: Row[],
  shape: { crlf: boolean; bom: boolean; quote: number; blank: number; repeat: number },
) {
  const eol = shape.crlf ? '\r\n' : '\n';
  // A row given again with another value: the same key twice.
  const again = given[shape.repeat];
  const rows = again ? [...given, { ...again, value: '1' }] : given;
  const lines = rows.map((r, i) => {
    const cells = [r.programme, r.indicator, r.unit, r.date, r.value, r.category, r.course];
    if (i === shape.quote) cells[2] = `"${cells[2]}"`;
    return cells.join(',');
  });
  if (shape.blank < lines.length) lines.splice(shape.blank, 0, '');
  return `${shape.bom ? '\uFEFF' : ''}${HEADER.trim()}${eol}${lines.join(eol)}${eol}`;
}

describe('reportFromActualsCsv equals iterateObservations + computeReport', () => {
  it('on any mix of good and bad rows', async () => {
    const shape = fc.record({
      crlf: fc.boolean(),
      bom: fc.boolean(),
      quote: fc.integer({ min: 0, max: 60 }),
      blank: fc.integer({ min: 0, max: 60 }),
      repeat: fc.integer({ min: 0, max: 40 }),
    });
    const paths = { fast: 0, general: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 15 }),
        shape,
        fc.boolean(),
        fc.constantFrom('all_or_nothing', 'skip_bad_rows' as const),
        fc.constantFrom('none', 'parent', 'current' as const),
        async (rows, s, dup, mode, rollup) => {
          const r = await bothPaths(
            bytes(render(rows, s)),
            options({ checkDuplicates: dup, mode, rollup }),
          );
          paths[r.path]++;
        },
      ),
      { numRuns: 200 },
    );
    // Both paths must have been exercised, or the comparison proved nothing.
    expect(paths.fast).toBeGreaterThan(20);
    expect(paths.general).toBeGreaterThan(20);
  });

  it('on clean files, which the fast path takes whole', async () => {
    const clean = fc.record({
      unit: fc.constantFrom('01279', '01288', '05500', 'Phường Thục Phán'),
      day: fc.integer({ min: 0, max: 1600 }),
      value: fc.integer({ min: 0, max: 1_000_000 }),
      indicator: fc.constantFrom('master', 'rotation'),
      category: fc.constantFrom('education', 'health', 'culture', ''),
      course: fc.constantFrom('master', 'ck1', ''),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(clean, {
          selector: (r) => `${r.unit}|${r.day}|${r.indicator}|${r.category}|${r.course}`,
          maxLength: 40,
        }),
        fc.constantFrom('none', 'parent', 'current' as const),
        async (rows, rollup) => {
          // Two spellings of one unit share a series: keep one per (day, breakdown).
          const seen = new Set<string>();
          const unique = rows.filter((r) => {
            const key = `${r.unit === 'Phường Thục Phán' ? '01279' : r.unit}|${r.day}|${r.indicator}|${r.category}|${r.course}`;
            return !seen.has(key) && seen.add(key);
          });
          const text = unique
            .map((r) => {
              const date = new Date(Date.UTC(2016, 0, 1 + r.day)).toISOString().slice(0, 10);
              return `${PROGRAMME},${r.indicator},${r.unit},${date},${r.value},${r.category},${r.course}\n`;
            })
            .join('');
          const result = await bothPaths(bytes(HEADER + text), options({ rollup }));
          expect(result.path).toBe(unique.length > 0 ? 'fast' : 'general');
        },
      ),
      { numRuns: 100 },
    );
  });
});
