import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CsvColumn } from './column-spec.js';
import { readCsv } from './read-csv.js';
import type { RecordSchema } from './record-schema.js';

/** A column of every type, nested fields included. */
const COLUMNS: CsvColumn[] = [
  { name: 'code', required: true },
  { name: 'count', type: 'integer', field: 'figures.count' },
  { name: 'amount', type: 'decimal', field: 'figures.amount' },
  { name: 'share', type: 'percent' },
  { name: 'day', type: 'date', field: 'period.start' },
  { name: 'sex', type: 'enum', values: { nam: 'male', nữ: 'female' } },
  { name: 'kind', type: 'enum', values: { a: 'A' }, open: true },
  { name: 'active', type: 'boolean' },
  { name: 'tags', type: 'list' },
];

const CELLS: string[][] = [
  ['04', "'=1+1", 'Cao Bằng', ''],
  ['40', '1.234', '7', '-2', 'x', ''],
  ['1.234', '0,5', '82.300', '-1', ''],
  ['10%', '5', 'abc', ''],
  ['9/5/2016', '2016-05-09', '31/02/2019', '2019-13-40', ''],
  ['Nam', 'NỮ', 'khác', ''],
  ['a', 'B', ''],
  ['x', 'không', 'maybe', ''],
  ['a|b', ' c | ', ''],
];

const row = fc.tuple(...CELLS.map((c) => fc.constantFrom(...c)));

const schema: RecordSchema<Record<string, unknown>> = {
  safeParse: (input) => ({ success: true, data: input as Record<string, unknown> }),
};

async function read(rows: string[][]) {
  const text = `${COLUMNS.map((c) => c.name).join(';')}\n${rows.map((r) => r.join(';')).join('\n')}\n`;
  return readCsv(
    { text, name: 'x.csv' },
    { columns: COLUMNS, schema, mode: 'skip_bad_rows', locale: 'vi-VN' },
  );
}

describe('readCsv', () => {
  it('reads a row the same wherever it sits and however often its cells repeat (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 20 }), async (rows) => {
        const all = await read(rows);
        const alone = await Promise.all(rows.map((r) => read([r])));
        expect(all.records).toEqual(alone.flatMap((r) => r.records));
        // The same issues, moved from line 2 of a file of its own to the row's line.
        const moved = alone.flatMap((r, i) =>
          r.summary.issues.map((issue) => ({
            ...issue,
            path: [i + 2, issue.path[1]],
            message: issue.message.replace('line 2,', `line ${i + 2},`),
            messageVi: issue.messageVi?.replace('dòng 2,', `dòng ${i + 2},`),
          })),
        );
        expect(all.summary.issues).toEqual(moved);
        // Lists are arrays each record owns.
        const lists = all.records.map((r) => r.tags).filter((t) => t !== undefined);
        expect(new Set(lists).size).toBe(lists.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the row a prepare hook sees', () => {
  it('keeps its cell and site functions when a hook takes them apart', async () => {
    const seen: unknown[] = [];
    const text = 'code;count\n04;7\n40;\n';
    await readCsv(new TextEncoder().encode(text), {
      columns: [
        { name: 'code', required: true },
        { name: 'count', type: 'integer' },
      ],
      schema,
      delimiter: ';',
      fileName: 'units.csv',
      prepare: (_input, row) => {
        const { cell, site, line } = row;
        seen.push([line, cell('code'), cell('count'), cell('missing'), site('count').line]);
        return [];
      },
    });
    expect(seen).toEqual([
      [2, '04', '7', undefined, 2],
      [3, '40', '', undefined, 3],
    ]);
  });
});
