import { describe, expect, it } from 'vitest';
import { PROGRAMME, smallIndex, smallProgramme } from '../__fixtures__/small-national.js';
import { iterateObservations, readActualsCsv } from '../actuals/iterate-observations.js';
import { reportFromActualsCsv } from '../actuals/report-from-actuals.js';
import type { Cell, TabularSource } from './tabular-source.js';

const letter = (column: number) => String.fromCharCode(65 + column);

/** A sheet as a spreadsheet library would give it: typed cells, rows numbered from 1. */
function sheet(rows: Cell[][]): TabularSource {
  return {
    kind: 'tabular',
    name: 'thuc-hien.xlsx',
    async *rows() {
      yield { rows: rows.slice(0, 2), places: [1, 2].slice(0, Math.min(2, rows.length)) };
      yield { rows: rows.slice(2), places: rows.slice(2).map((_, i) => i + 3) };
    },
    cite: (place, column) => `Sheet1!${letter(column)}${place}`,
  };
}

const HEADER = ['programme', 'indicator', 'org_unit', 'date', 'value'];
const date = (iso: string): Cell => ({ kind: 'date', iso });
const number = (value: number): Cell => ({ kind: 'number', value });

describe('a TabularSource', () => {
  it('gives the observations its typed cells hold, numbers never re-read by locale', async () => {
    const r = await readActualsCsv(
      sheet([
        HEADER,
        [PROGRAMME, 'rotation', number(1279), date('2017-01-10'), number(10)],
        [PROGRAMME, 'rotation', '01288', '10/1/2017', '1.500'],
      ]),
      { locale: 'vi-VN' },
    );
    expect(r.summary.issues).toEqual([]);
    expect(r.records.map((o) => [o.orgUnit, o.date, o.value])).toEqual([
      ['1279', '2017-01-10', 10],
      ['01288', '2017-01-10', 1500],
    ]);
  });

  it('names bad cells the source way, and the report refuses them alike', async () => {
    const rows: Cell[][] = [
      HEADER,
      [
        PROGRAMME,
        'rotation',
        '01279',
        date('2017-01-10'),
        { kind: 'formula', formula: 'SUM(E1:E9)' },
      ],
      [PROGRAMME, 'rotation', '01279', number(42_000), number(3)],
      [PROGRAMME, 'rotation', '01279', date('2017-02-10'), number(-2)],
      [PROGRAMME, 'rotation', { kind: 'empty' }, date('2017-03-10'), number(1.5)],
      [PROGRAMME, { kind: 'formula', formula: 'A1' }, '01279', date('2017-04-10'), number(1)],
    ];
    const stream = iterateObservations(sheet(rows), {});
    for await (const _ of stream);
    const seen = stream.summary.issues.map((i) => [i.code, i.path, i.message.split(':')[0]]);
    expect(seen).toEqual([
      ['csv.formula_without_value', [2, 'value'], 'thuc-hien.xlsx, Sheet1!E2'],
      ['csv.invalid_date', [3, 'date'], 'thuc-hien.xlsx, Sheet1!D3'],
      ['csv.negative_number', [4, 'value'], 'thuc-hien.xlsx, Sheet1!E4'],
      ['csv.required', [5, 'org_unit'], 'thuc-hien.xlsx, Sheet1!C5'],
      ['csv.formula_without_value', [6, 'indicator'], 'thuc-hien.xlsx, Sheet1!B6'],
    ]);
    const report = await reportFromActualsCsv(sheet(rows), {
      programme: smallProgramme(),
      asOf: '2019-05-20',
      orgUnits: smallIndex(),
    });
    expect(report.report).toBeNull();
    expect(report.summary.issues.map((i) => [i.code, i.path])).toEqual(
      seen.map(([code, path]) => [code, path]),
    );
  });
});
