import { ObservationSchema } from '@cadre/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEST_UNITS } from '../__fixtures__/org-units.js';
import { iterateObservations, readActualsCsv } from './iterate-observations.js';

const HEADER = 'programme,indicator,org_unit,date,value';

describe('iterateObservations', () => {
  it('streams batches and keeps the summary for after the loop', async () => {
    // 3 000 rows, about 120 KB: several pieces, so several batches.
    const rows = Array.from({ length: 3000 }, (_, i) => {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
      const year = 2016 + Math.floor(i / 336);
      return `12-CTr/TU,rotation,${i % 2 === 0 ? 'Cao Bằng' : 'Bắc Cạn'},${year}-${month}-${day},${i % 7}`;
    });
    const stream = iterateObservations(
      { text: [HEADER, ...rows].join('\n') },
      { orgUnits: TEST_UNITS },
    );
    const sizes: number[] = [];
    let total = 0;
    for await (const batch of stream) {
      sizes.push(batch.length);
      for (const o of batch) total += o.value as number;
    }
    expect(sizes.length).toBeGreaterThan(5);
    // Sum of i mod 7 over i < 3000: 428 full cycles of 21, plus 0+1+2+3 for i = 2996…2999.
    expect(total).toBe(428 * 21 + 6);
    expect(stream.summary).toEqual({
      read: 3000,
      imported: 3000,
      updated: 0,
      ignored: 0,
      issues: [],
    });
  });

  it('catches a key repeated thousands of rows later, in another batch', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `P,ind${i},04,2019-05-20,1`);
    rows.push('P,ind7,Cao Bằng,20/05/2019,1');
    const r = await readActualsCsv(
      { text: [HEADER, ...rows].join('\n'), name: 'a.csv' },
      { orgUnits: TEST_UNITS },
    );
    expect(r.summary.issues.map((i) => [i.code, i.path, i.input])).toEqual([
      ['csv.duplicate_key', [2002, 'programme+indicator+org_unit+date'], 'P, ind7, 04, 2019-05-20'],
    ]);
    expect(r.records).toEqual([]);
    const off = await readActualsCsv(
      { text: [HEADER, ...rows].join('\n') },
      { orgUnits: TEST_UNITS, checkDuplicates: false },
    );
    expect(off.summary.imported).toBe(2001);
  });

  it('resolves org units on the row date: Hòa Bình until 30/6/2025, not after', async () => {
    const text = [
      HEADER,
      'P,i,Hoà Bình,2025-06-30,1',
      'P,i,Hòa Bình,2025-07-01,1',
      'P,i,Phú Thọ,2025-07-01,1',
    ].join('\n');
    const r = await readActualsCsv({ text }, { orgUnits: TEST_UNITS, mode: 'skip_bad_rows' });
    expect(r.records.map((o) => o.orgUnit)).toEqual(['17', '25']);
    expect(r.summary.issues.map((i) => [i.code, i.path[0]])).toEqual([['org_unit.unknown', 3]]);
  });

  it('carries declared breakdown columns into disaggregation', async () => {
    const text = [
      'programme,indicator,org_unit,date,value,Giới tính',
      'P,i,04,2019-05-20,3,nữ',
      'P,i,04,2019-05-20,2,nam',
    ].join('\n');
    const r = await readActualsCsv({ text }, { disaggregations: { sex: ['Giới tính'] } });
    expect(r.records.map((o) => [o.disaggregation, o.value])).toEqual([
      [{ sex: 'nữ' }, 3],
      [{ sex: 'nam' }, 2],
    ]);
  });

  it('yields only records the core schema accepts, whatever the cells hold', async () => {
    const cell = fc.oneof(
      fc.constantFrom(
        '',
        ' ',
        '0',
        '7',
        '-1',
        '1.5',
        '1.500',
        '1,5',
        '2019-02-29',
        '2020-02-29',
        '20/05/2019',
        'x',
        "'=1",
      ),
      fc.string({ maxLength: 5 }),
    );
    const row = fc.tuple(cell, cell, cell, cell, cell);
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 10 }), async (rows) => {
        const quote = (c: string) => `"${c.replaceAll('"', '""')}"`;
        const text = [HEADER, ...rows.map((r) => r.map(quote).join(','))].join('\n');
        const stream = iterateObservations({ text }, { checkDuplicates: false });
        let yielded = 0;
        for await (const batch of stream) {
          for (const o of batch) expect(ObservationSchema.safeParse(o).success).toBe(true);
          yielded += batch.length;
        }
        const s = stream.summary;
        expect(s.imported).toBe(yielded);
        expect(s.read).toBe(s.imported + s.ignored);
        expect(s.ignored === 0 || s.issues.length > 0).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
