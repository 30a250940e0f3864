import { createReportAccumulator } from '@cadre/core/adapter';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DISAGGREGATIONS,
  PROGRAMME,
  smallIndex,
  smallProgramme,
} from '../__fixtures__/small-national.js';
import { iterateObservations } from './iterate-observations.js';
import {
  type ActualsReport,
  type ActualsReportOptions,
  reportFromActualsCsv,
} from './report-from-actuals.js';

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

/**
 * The reference: the same rows imported as observations and streamed into the core's report
 * accumulator, which is `computeReport` over them.
 */
async function byObservations(csv: Uint8Array, opts: ActualsReportOptions): Promise<ActualsReport> {
  const { programme, asOf, orgUnits, rollup, mode, ...read } = opts;
  const stream = iterateObservations(csv, { ...read, ...(orgUnits && { orgUnits }) });
  const cells = createReportAccumulator({
    programme,
    asOf,
    ...(orgUnits && { orgUnits }),
    ...(rollup && { rollup }),
  });
  const otherProgrammes: Record<string, number> = {};
  for await (const batch of stream) {
    cells.addMany(batch);
    for (const o of batch) {
      if (o.programme !== programme.code)
        otherProgrammes[o.programme] = (otherProgrammes[o.programme] ?? 0) + 1;
    }
  }
  const summary = stream.summary;
  if ((mode ?? 'all_or_nothing') === 'all_or_nothing' && summary.issues.length > 0) {
    return {
      report: null,
      summary: { ...summary, imported: 0, ignored: summary.read },
      otherProgrammes,
    };
  }
  cells.refused(summary.ignored);
  return { report: cells.report(), summary, otherProgrammes };
}

/** The report and the import must agree on everything a caller sees: rows, issues and summary. */
async function bothPaths(csv: Uint8Array, opts: ActualsReportOptions) {
  const folded = await reportFromActualsCsv(csv, opts);
  const imported = await byObservations(csv, opts);
  const seen = (r: ActualsReport) =>
    JSON.parse(JSON.stringify({ report: r.report, summary: r.summary, others: r.otherProgrammes }));
  expect(seen(folded)).toEqual(seen(imported));
  return folded;
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

  it('gives the reported percentages', async () => {
    const r = await bothPaths(bytes(csv), options());
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

  it('takes quoted cells, a key given twice and decimal values as the import does', async () => {
    const quoted = csv.replace('01279,2017-01-10', '"01279",2017-01-10');
    const twice = `${csv}${PROGRAMME},rotation,01279,2017-01-10,3,,\n`;
    const decimal = csv.replace(',4,culture', ',4.5,culture');
    for (const text of [quoted, twice, decimal]) await bothPaths(bytes(text), options());
    const r = await bothPaths(bytes(twice), options());
    expect(r.summary.issues.map((i) => [i.code, ...i.path])).toEqual([
      ['csv.duplicate_key', 11, 'programme+indicator+org_unit+date'],
    ]);
  });

  it('refuses a value or a cell past its limit on import and report alike, with line and column', async () => {
    const digits = csv.replace(',4,culture', `,${'9'.repeat(900_000)},culture`);
    const past = csv.replace(',4,culture', `,${'9'.repeat(31)},culture`);
    const nul = csv.replace(',4,culture', ',4,cul\u0000ture');
    const name = csv.replace('Phường Thục Phán', 'Phường Thục Phán'.repeat(300));
    const row = csv.replace(',4,culture', `,${'1'.repeat(2 * 1024 * 1024)},culture`);
    for (const [text, issue] of [
      [digits, ['csv.number_too_long', 6, 'value']],
      [past, ['csv.number_too_long', 6, 'value']],
      [nul, ['csv.nul_byte', 6, 'category']],
      [name, ['csv.cell_too_long', 8, 'org_unit']],
      [row, ['csv.row_too_long', 6, '*']],
    ] as const) {
      const r = await bothPaths(bytes(text), options());
      expect(r.report).toBeNull();
      expect(r.summary.issues.map((i) => [i.code, ...i.path])).toEqual([issue]);
    }
  });

  it('reads a file from disk as it reads bytes in memory', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const path = join(mkdtempSync(join(tmpdir(), 'cadre-quick-')), 'actuals.csv');
    writeFileSync(path, csv);
    const fromDisk = await reportFromActualsCsv(path, options());
    const inMemory = await reportFromActualsCsv(bytes(csv), options());
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

describe('reportFromActualsCsv equals iterateObservations + the core accumulator', () => {
  it('on any mix of good and bad rows', async () => {
    const shape = fc.record({
      crlf: fc.boolean(),
      bom: fc.boolean(),
      quote: fc.integer({ min: 0, max: 60 }),
      blank: fc.integer({ min: 0, max: 60 }),
      repeat: fc.integer({ min: 0, max: 40 }),
    });
    const outcomes = { report: 0, refused: 0 };
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
          outcomes[r.report ? 'report' : 'refused']++;
        },
      ),
      { numRuns: 200 },
    );
    // Clean and bad files must both have been met, or the comparison proved little.
    expect(outcomes.report).toBeGreaterThan(20);
    expect(outcomes.refused).toBeGreaterThan(20);
  });

  it('on clean files', async () => {
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
          expect(result.report === null).toBe(unique.length === 0);
        },
      ),
      { numRuns: 100 },
    );
  });
});
