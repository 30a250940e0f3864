import type { CadreStore } from '@cadre/core';
import { STORE_WRITE_METHODS, type StoreWriteMethod } from '@cadre/core/adapter';
import { expect } from 'vitest';
import {
  CAO_BANG_ACTUALS,
  CAO_BANG_PROGRAMME,
  NGHE_AN_REDUCTION,
  ORG_UNITS,
  PERSON,
  TRAINING,
} from '../fixtures.js';
import { withStore } from '../harness.js';
import type { ConformanceCase, SuiteContext } from './context.js';

const NOT_IMPLEMENTED = 'the store does not implement the optional dataVersion()';

const ROTATION = {
  id: 'LC-0001',
  personId: 'CB-0001',
  from: { orgUnit: '04-SYT', post: 'Trưởng phòng' },
  to: { orgUnit: '04', post: 'Phó Giám đốc' },
  start: '2018-03-01',
  plannedEnd: '2021-02-28',
};

// One call per write method, each writing something new over the seed below. Typed by the
// method list, so a write method added to the port without a case here does not compile.
const WRITES: Record<StoreWriteMethod, (store: CadreStore) => Promise<unknown>> = {
  createOrgUnit: (s) =>
    s.createOrgUnit({ code: '04-SNV', name: 'Sở Nội vụ', parentCode: '04', level: 'agency' }),
  saveOrgUnits: (s) =>
    s.saveOrgUnits([{ code: '17', name: 'Hoà Bình', level: 'province', parentCode: 'VN' }]),
  createProgramme: (s) => s.createProgramme(NGHE_AN_REDUCTION),
  saveProgramme: (s) =>
    s.saveProgramme({ ...CAO_BANG_PROGRAMME, title: { vi: 'Chương trình 12-CTr/TU (sửa đổi)' } }),
  saveTargets: (s) =>
    s.saveTargets([
      {
        programme: '12-CTr/TU',
        indicator: 'master_education',
        orgUnit: '04',
        period: { start: '2016-05-09', end: '2020-12-31' },
        value: '12',
      },
    ]),
  saveObservations: (s) => s.saveObservations([{ ...CAO_BANG_ACTUALS[0]!, value: 31 }]),
  createPerson: (s) => s.createPerson({ ...PERSON, id: 'CB-0002' }),
  savePersons: (s) => s.savePersons([{ ...PERSON, name: 'Nông Thị Hòa' }]),
  saveTrainingRecords: (s) => s.saveTrainingRecords([{ ...TRAINING, status: 'enrolled' }]),
  saveRotations: (s) => s.saveRotations([ROTATION]),
  saveHeadcounts: (s) =>
    s.saveHeadcounts([{ orgUnit: '40', date: '2015-12-31', headcount: 82300 }]),
  importBatch: (s) => s.importBatch({ observations: [{ ...CAO_BANG_ACTUALS[1]!, value: 118 }] }),
  applyRoundTransition: (s) =>
    s.applyRoundTransition({
      action: 'submit',
      programme: '12-CTr/TU',
      orgUnit: '40',
      period: { start: '2030-01-01', end: '2030-06-30' },
      by: 'nghe-an',
      at: '2030-07-01T08:00:00+07:00',
    }),
};

async function seed(store: CadreStore): Promise<void> {
  await store.importBatch({
    orgUnits: ORG_UNITS,
    programmes: [CAO_BANG_PROGRAMME],
    observations: CAO_BANG_ACTUALS,
    persons: [PERSON],
    training: [TRAINING],
  });
}

// Every read method of the port, once.
async function readEverything(store: CadreStore): Promise<void> {
  await store.getOrgUnit('04');
  await store.listOrgUnits({ limit: 3 });
  await store.getProgramme('12-CTr/TU');
  await store.listProgrammes();
  await store.listTargets({ programme: '12-CTr/TU' });
  await store.listObservations({ programme: '12-CTr/TU' });
  await store.getPerson('CB-0001');
  await store.listPersons();
  await store.listTrainingRecords();
  await store.listRotations();
  await store.listHeadcounts();
  await store.listRounds({ programme: '12-CTr/TU' });
  await store.listAudit({ limit: 5 });
  await store.queryCellTotals({ programme: '12-CTr/TU', asOf: '2019-05-20' });
  await store.queryAttainment({ programme: '12-CTr/TU', asOf: '2019-05-20', rollup: 'parent' });
}

// A case on a fresh, seeded store that implements dataVersion; skipped (with the reason) otherwise.
function versionCase(
  name: string,
  body: (store: CadreStore, version: () => Promise<string>) => Promise<void>,
): ConformanceCase {
  return {
    name,
    run: (ctx: SuiteContext) =>
      withStore(ctx.create, async (store) => {
        const read = store.dataVersion?.bind(store);
        if (read === undefined) {
          if (ctx.skip) ctx.skip(NOT_IMPLEMENTED);
          throw new Error(`${name}: ${NOT_IMPLEMENTED}; skip the data-version suite`);
        }
        await seed(store);
        await body(store, read);
      }),
  };
}

/** dataVersion() changes after every committed write and never after a read. */
export const dataVersionCases: ConformanceCase[] = [
  versionCase(
    'gives a non-empty text that stays the same across every read',
    async (store, version) => {
      const before = await version();
      expect(typeof before).toBe('string');
      expect(before.length).toBeGreaterThan(0);
      await readEverything(store);
      expect(await version()).toBe(before);
    },
  ),

  versionCase(
    'changes after each write method, to a token not seen before',
    async (store, version) => {
      const seen = new Set([await version()]);
      for (const method of STORE_WRITE_METHODS) {
        await WRITES[method](store);
        const after = await version();
        expect(seen.has(after), `dataVersion() after ${method}: ${after} was seen before`).toBe(
          false,
        );
        seen.add(after);
        await readEverything(store);
        expect(await version(), `dataVersion() changed on reads after ${method}`).toBe(after);
      }
    },
  ),

  versionCase('changes after a write that stores nothing new', async (store, version) => {
    // An unchanged upsert still commits a write; only reads promise an unchanged token.
    const before = await version();
    expect(await store.saveOrgUnits(ORG_UNITS.slice(0, 1))).toMatchObject({
      imported: 0,
      updated: 0,
    });
    expect(await version()).not.toBe(before);
  }),

  versionCase(
    'changes once a transaction that wrote commits, not for one that only read',
    async (store, version) => {
      const before = await version();
      await store.transaction(async (tx) => {
        await readEverything(tx);
      });
      expect(await version()).toBe(before);
      await store.transaction(async (tx) => {
        await tx.saveObservations([{ ...CAO_BANG_ACTUALS[2]!, value: 5 }]);
        await tx.transaction((inner) =>
          inner.saveHeadcounts([{ orgUnit: '04', date: '2019-01-01', headcount: 3100 }]),
        );
      });
      const committed = await version();
      expect(committed).not.toBe(before);
      await readEverything(store);
      expect(await version()).toBe(committed);
    },
  ),

  versionCase(
    'names the data a reader sees: equal tokens give equal reports',
    async (store, version) => {
      const query = { programme: '12-CTr/TU', asOf: '2019-05-20' } as const;
      const at = async () => ({
        v: await version(),
        report: JSON.stringify(await store.queryAttainment(query)),
      });
      const first = await at();
      expect(await at()).toEqual(first);
      await store.saveObservations([{ ...CAO_BANG_ACTUALS[3]!, value: 25 }]);
      const second = await at();
      expect(second.report).not.toBe(first.report);
      expect(second.v).not.toBe(first.v);
    },
  ),
];
