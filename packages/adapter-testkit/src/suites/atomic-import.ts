import type { CadreStore, ImportSummary, ObservationInput } from '@cadre/core';
import { expect } from 'vitest';
import { CAO_BANG_PROGRAMME, ORG_UNITS } from '../fixtures.js';
import { type ConformanceCase, storeCase } from './context.js';

const obs = (day: number, value: number | string, orgUnit = '04'): ObservationInput => ({
  programme: '12-CTr/TU',
  indicator: 'rotation',
  orgUnit,
  date: `2018-03-${String(day).padStart(2, '0')}`,
  value,
});

async function isEmpty(store: CadreStore): Promise<void> {
  expect((await store.listOrgUnits()).items).toEqual([]);
  expect(await store.getProgramme('12-CTr/TU')).toBeNull();
}

function expectBilingual(summary: ImportSummary): void {
  for (const i of summary.issues) {
    expect(i.message.length, `message of ${i.code}`).toBeGreaterThan(0);
    expect(i.messageVi?.length ?? 0, `messageVi of ${i.code}`).toBeGreaterThan(0);
  }
}

/** An all-or-nothing import that fails anywhere leaves the store exactly as it was. */
export const atomicImportCases: ConformanceCase[] = [
  storeCase(
    'writes nothing when row k of a batch is invalid, and reports that row',
    async (store) => {
      const observations = [obs(1, 1), obs(2, 2), obs(3, 3), obs(4, -5), obs(5, 5), obs(6, 'x')];
      const summary = await store.importBatch(
        { orgUnits: ORG_UNITS, programmes: [CAO_BANG_PROGRAMME], observations },
        { mode: 'all_or_nothing' },
      );
      const read = ORG_UNITS.length + 1 + observations.length;
      expect(summary).toMatchObject({ read, imported: 0, updated: 0, ignored: read });
      const paths = summary.issues.map((i) => i.path.slice(0, 3));
      expect(paths).toEqual([
        ['observations', 3, 'value'],
        ['observations', 5, 'value'],
      ]);
      expectBilingual(summary);
      await isEmpty(store);
    },
  ),

  storeCase('writes nothing when a key repeats inside the batch', async (store) => {
    const observations = [obs(1, 1), obs(2, 2), obs(1, 7)];
    const summary = await store.importBatch({
      orgUnits: ORG_UNITS,
      programmes: [CAO_BANG_PROGRAMME],
      observations,
    });
    expect(summary.issues.map((i) => [i.code, i.path])).toEqual([
      ['import.duplicate_in_batch', ['observations', 2]],
    ]);
    expect(summary.imported + summary.updated).toBe(0);
    expectBilingual(summary);
    await isEmpty(store);
  }),

  storeCase('writes nothing when a row names an org unit nobody holds', async (store) => {
    const summary = await store.importBatch({
      orgUnits: ORG_UNITS,
      programmes: [CAO_BANG_PROGRAMME],
      observations: [obs(1, 1), obs(2, 2, 'Bắc Cạn')],
    });
    expect(summary.issues.map((i) => [i.code, i.path])).toEqual([
      ['import.unknown_org_unit', ['observations', 1, 'orgUnit']],
    ]);
    expectBilingual(summary);
    await isEmpty(store);
  }),

  storeCase('keeps earlier data intact when a later batch fails', async (store) => {
    await store.importBatch({ orgUnits: ORG_UNITS, programmes: [CAO_BANG_PROGRAMME] });
    await store.importBatch({ observations: [obs(1, 1)] });
    const summary = await store.importBatch({ observations: [obs(1, 100), obs(2, -1)] });
    expect(summary.imported + summary.updated).toBe(0);
    const values = (await store.listObservations({ programme: '12-CTr/TU' })).items;
    expect(values.map((o) => o.value)).toEqual([1]);
  }),

  storeCase('with skip_bad_rows writes the good rows and reports the bad ones', async (store) => {
    const observations = [obs(1, 1), obs(2, 2), obs(3, -3), obs(2, 9), obs(5, 5)];
    const summary = await store.importBatch(
      { orgUnits: ORG_UNITS, programmes: [CAO_BANG_PROGRAMME], observations },
      { mode: 'skip_bad_rows' },
    );
    const read = ORG_UNITS.length + 1 + observations.length;
    // Units, programme and three observations go in; rows 2 (negative) and 3 (repeat) do not.
    expect(summary).toMatchObject({ read, imported: read - 2, updated: 0, ignored: 2 });
    expect(summary.issues.map((i) => i.path.slice(0, 2))).toEqual([
      ['observations', 2],
      ['observations', 3],
    ]);
    const values = (await store.listObservations({ programme: '12-CTr/TU' })).items;
    expect(values.map((o) => o.value)).toEqual([1, 2, 5]);
  }),

  storeCase('rolls an import back with the transaction that contains it', async (store) => {
    await expect(
      store.transaction(async (tx) => {
        const s = await tx.importBatch({ orgUnits: ORG_UNITS, programmes: [CAO_BANG_PROGRAMME] });
        expect(s.imported).toBe(ORG_UNITS.length + 1);
        throw new Error('abandon the import');
      }),
    ).rejects.toThrow('abandon the import');
    await isEmpty(store);
  }),
];
