import type { CadreStore, ProgrammeInput } from '@cadre/core';
import { expect } from 'vitest';
import { NGHE_AN_REDUCTION, ORG_UNITS } from '../fixtures.js';
import { type ConformanceCase, storeCase } from './context.js';

const PERIOD = { start: '2016-01-01', end: '2020-12-31' };

const COUNTS: ProgrammeInput = {
  code: 'DEC',
  title: { vi: 'Kiểm tra số thập phân' },
  period: { kind: 'custom', ...PERIOD },
  indicators: [{ code: 'hours', name: { vi: 'Số giờ' } }],
  targets: [{ indicator: 'hours', orgUnit: '04', period: PERIOD, value: '0.3' }],
};

async function load(store: CadreStore, values: (number | string)[]) {
  const summary = await store.importBatch({
    orgUnits: ORG_UNITS,
    programmes: [COUNTS],
    observations: values.map((value, n) => ({
      programme: 'DEC',
      indicator: 'hours',
      orgUnit: '04',
      date: `2019-01-${String(n + 1).padStart(2, '0')}`,
      value,
    })),
  });
  expect(summary.issues).toEqual([]);
}

/** Decimals travel as exact text: no float drift on the way in, in sums, or on the way out. */
export const decimalCases: ConformanceCase[] = [
  storeCase('sums "0.1" and "0.2" to exactly "0.3" and meets a target of "0.3"', async (store) => {
    await load(store, ['0.1', '0.2']);
    const [cell] = await store.queryCellTotals({ programme: 'DEC', asOf: '2020-12-31' });
    expect(cell?.actual).toBe('0.3');
    expect(cell?.target).toBe('0.3');
    const report = await store.queryAttainment({ programme: 'DEC', asOf: '2020-12-31' });
    expect(report.rows[0]?.actual.toString()).toBe('0.3');
    expect(report.rows[0]?.ratio?.toString()).toBe('1');
    expect(report.rows[0]?.status).toBe('met');
  }),

  storeCase(
    'keeps counts near 2^53 exact, as numbers up to 2^53 − 1 and as text beyond',
    async (store) => {
      // 2^53 − 1 = 9007199254740991; adding 2 gives 9007199254740993, which no double can hold.
      await load(store, [9007199254740991, 2, '9007199254740993']);
      const page = await store.listObservations({ programme: 'DEC' });
      expect(page.items.map((o) => o.value)).toEqual([9007199254740991, 2, '9007199254740993']);
      const [cell] = await store.queryCellTotals({ programme: 'DEC', asOf: '2020-12-31' });
      // 9007199254740991 + 2 + 9007199254740993 = 18014398509481986
      expect(cell?.actual).toBe('18014398509481986');
      expect(cell?.count).toBe(3);
    },
  ),

  storeCase('writes decimals in canonical form: "010.50" is read back as "10.5"', async (store) => {
    await store.saveOrgUnits(ORG_UNITS);
    await store.createProgramme({
      ...COUNTS,
      targets: [{ indicator: 'hours', orgUnit: '04', period: PERIOD, value: '010.50' }],
    });
    await store.saveObservations([
      { programme: 'DEC', indicator: 'hours', orgUnit: '04', date: '2019-02-01', value: '2.50' },
      { programme: 'DEC', indicator: 'hours', orgUnit: '04', date: '2019-02-02', value: '7.0' },
    ]);
    expect((await store.getProgramme('DEC'))?.targets[0]?.value).toBe('10.5');
    const values = (await store.listObservations({ programme: 'DEC' })).items.map((o) => o.value);
    expect(values).toEqual(['2.5', 7]);
  }),

  storeCase(
    'keeps the Nghệ An baseline "82300" and computes 6.666 cut as 8,0996…% of it',
    async (store) => {
      await store.importBatch({
        orgUnits: ORG_UNITS,
        programmes: [NGHE_AN_REDUCTION],
        observations: [
          {
            programme: 'NQ39-NA',
            indicator: 'staff_cut',
            orgUnit: '40',
            date: '2018-12-31',
            value: 6666,
          },
        ],
      });
      const target = (await store.getProgramme('NQ39-NA'))?.targets[0];
      expect([target?.value, target?.baseline]).toEqual(['10', '82300']);
      const [cell] = await store.queryCellTotals({ programme: 'NQ39-NA', asOf: '2018-12-31' });
      expect([cell?.actual, cell?.target, cell?.baseline]).toEqual(['6666', '10', '82300']);
      const [row] = (await store.queryAttainment({ programme: 'NQ39-NA', asOf: '2018-12-31' }))
        .rows;
      // 6666 / 82300 = 0.0809963547…; against a 10% target that is 0.809963547… of the plan.
      expect(row?.progressPercent?.toFixed(4)).toBe('8.0996');
      expect(row?.ratio?.toFixed(6)).toBe('0.809964');
      expect(row?.status).toBe('not_met');
    },
  ),
];
