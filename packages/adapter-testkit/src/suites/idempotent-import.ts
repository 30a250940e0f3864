import type { ImportBatch } from '@cadre/core';
import { expect } from 'vitest';
import {
  CAO_BANG_ACTUALS,
  CAO_BANG_PROGRAMME,
  NGHE_AN_REDUCTION,
  ORG_UNITS,
  PERSON,
  TRAINING,
} from '../fixtures.js';
import { type ConformanceCase, storeCase } from './context.js';

function fullBatch(): ImportBatch {
  return {
    orgUnits: ORG_UNITS,
    programmes: [CAO_BANG_PROGRAMME, NGHE_AN_REDUCTION],
    targets: [
      {
        programme: '12-CTr/TU',
        indicator: 'rotation',
        orgUnit: '04',
        period: { start: '2019-01-01', end: '2019-12-31' },
        value: '8',
      },
    ],
    observations: CAO_BANG_ACTUALS,
    persons: [PERSON],
    training: [TRAINING],
    rotations: [
      {
        id: 'LC-0001',
        personId: PERSON.id,
        from: { orgUnit: '04-SYT', post: 'Trưởng phòng' },
        to: { orgUnit: '04', post: 'Phó Giám đốc' },
        start: '2018-03-01',
        plannedEnd: '2021-02-28',
      },
    ],
    headcounts: [{ orgUnit: '40', date: '2015-12-31', headcount: 82300 }],
  };
}

const rowsIn = (b: ImportBatch) =>
  Object.values(b).reduce((n, rows) => n + (Array.isArray(rows) ? rows.length : 0), 0);

/** The same batch twice changes nothing; counts say so, DHIS2-style. */
export const idempotentImportCases: ConformanceCase[] = [
  storeCase('imports a batch once, then ignores every row of the same batch', async (store) => {
    const batch = fullBatch();
    const n = rowsIn(batch);
    const first = await store.importBatch(batch);
    expect(first).toEqual({ read: n, imported: n, updated: 0, ignored: 0, issues: [] });
    const before = await store.listObservations({ programme: '12-CTr/TU' });
    const second = await store.importBatch(fullBatch());
    expect(second).toEqual({ read: n, imported: 0, updated: 0, ignored: n, issues: [] });
    expect(await store.listObservations({ programme: '12-CTr/TU' })).toEqual(before);
  }),

  storeCase('counts a changed value as updated and the rest as ignored', async (store) => {
    await store.importBatch(fullBatch());
    const batch = fullBatch();
    batch.observations = CAO_BANG_ACTUALS.map((o) =>
      o.indicator === 'rotation' ? { ...o, value: 25 } : o,
    );
    const summary = await store.importBatch(batch);
    expect(summary).toMatchObject({ imported: 0, updated: 1, ignored: rowsIn(batch) - 1 });
    const rotation = await store.listObservations({
      programme: '12-CTr/TU',
      indicator: 'rotation',
    });
    expect(rotation.items.map((o) => o.value)).toEqual([25]);
  }),

  storeCase('treats a programme whose embedded target changed as updated', async (store) => {
    await store.importBatch({ orgUnits: ORG_UNITS, programmes: [CAO_BANG_PROGRAMME] });
    const changed = {
      ...CAO_BANG_PROGRAMME,
      targets: CAO_BANG_PROGRAMME.targets!.map((t) =>
        t.indicator === 'phd' ? { ...t, value: '2' } : t,
      ),
    };
    const summary = await store.importBatch({ programmes: [changed] });
    expect(summary).toMatchObject({ read: 1, imported: 0, updated: 1, ignored: 0 });
    const phd = (await store.getProgramme('12-CTr/TU'))?.targets.find((t) => t.indicator === 'phd');
    expect(phd?.value).toBe('2');
  }),

  storeCase('does nothing for a batch whose idempotency key was applied before', async (store) => {
    const batch = fullBatch();
    const n = rowsIn(batch);
    await store.importBatch(batch, { idempotencyKey: 'cao-bang-2019-05-20' });
    const changed = fullBatch();
    changed.observations = CAO_BANG_ACTUALS.map((o) => ({ ...o, value: 0 }));
    const again = await store.importBatch(changed, { idempotencyKey: 'cao-bang-2019-05-20' });
    expect(again).toEqual({ read: n, imported: 0, updated: 0, ignored: n, issues: [] });
    const values = (await store.listObservations({ programme: '12-CTr/TU' })).items;
    expect(values.map((o) => Number(o.value)).sort((a, b) => a - b)).toEqual([4, 24, 30, 117]);
  }),

  storeCase('lets a failed batch be retried under the same idempotency key', async (store) => {
    const bad = fullBatch();
    bad.observations = [{ ...CAO_BANG_ACTUALS[0]!, value: -1 }];
    const failed = await store.importBatch(bad, { idempotencyKey: 'retry-me' });
    expect(failed.issues.length).toBeGreaterThan(0);
    const retried = await store.importBatch(fullBatch(), { idempotencyKey: 'retry-me' });
    expect(retried.imported).toBe(rowsIn(fullBatch()));
  }),
];
