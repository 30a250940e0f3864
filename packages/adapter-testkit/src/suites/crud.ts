import { OrgUnitSchema, ProgrammeSchema } from '@cadre/core';
import { expect } from 'vitest';
import { CAO_BANG_ACTUALS, CAO_BANG_PROGRAMME, ORG_UNITS, PERSON, TRAINING } from '../fixtures.js';
import { type ConformanceCase, expectCadreError, readAll, storeCase } from './context.js';

const byIndicator = <T extends { indicator: string }>(a: T, b: T) =>
  a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0;

/** Save, read, update and list every kind of row; missing rows and bad input fail as specified. */
export const crudCases: ConformanceCase[] = [
  storeCase('creates an org unit and reads it back with the schema defaults', async (store) => {
    const created = await store.createOrgUnit({ code: 'VN', name: 'Việt Nam', level: 'country' });
    const expected = {
      code: 'VN',
      name: 'Việt Nam',
      level: 'country',
      parentCode: null,
      validFrom: null,
      validTo: null,
      successors: [],
      aliases: [],
    };
    expect(created).toEqual(expected);
    expect(await store.getOrgUnit('VN')).toEqual(expected);
    expect(await store.getOrgUnit('XX')).toBeNull();
  }),

  storeCase(
    'upserts org units by code: new, changed and unchanged rows are counted apart',
    async (store) => {
      expect(await store.saveOrgUnits(ORG_UNITS)).toEqual({
        imported: ORG_UNITS.length,
        updated: 0,
        ignored: 0,
      });
      const renamed = ORG_UNITS.map((u) =>
        u.code === '17' ? { ...u, name: 'Hoà Bình', aliases: ['Hòa Bình'] } : u,
      );
      expect(await store.saveOrgUnits(renamed)).toEqual({
        imported: 0,
        updated: 1,
        ignored: ORG_UNITS.length - 1,
      });
      expect((await store.getOrgUnit('17'))?.name).toBe('Hoà Bình');
      const bacKan = await store.getOrgUnit('06');
      expect(bacKan).toEqual(OrgUnitSchema.parse(ORG_UNITS.find((u) => u.code === '06')));
    },
  ),

  storeCase(
    'pages through org units in code order without losing or repeating any',
    async (store) => {
      await store.saveOrgUnits(ORG_UNITS);
      const first = await store.listOrgUnits({ limit: 3 });
      expect(first.items).toHaveLength(3);
      expect(first.nextCursor).not.toBeNull();
      const all = await readAll((p) => store.listOrgUnits(p), 3);
      const codes = ORG_UNITS.map((u) => u.code).sort();
      expect(all.map((u) => u.code)).toEqual(codes);
      const whole = await store.listOrgUnits({ limit: 1000 });
      expect(whole.nextCursor).toBeNull();
      expect(whole.items).toHaveLength(ORG_UNITS.length);
      expect((await store.listOrgUnits()).items).toHaveLength(ORG_UNITS.length);
    },
  ),

  storeCase(
    'stores a programme definition with its targets and returns it as the core parses it',
    async (store) => {
      await store.saveOrgUnits(ORG_UNITS);
      const created = await store.createProgramme(CAO_BANG_PROGRAMME);
      const parsed = ProgrammeSchema.parse(CAO_BANG_PROGRAMME);
      const expected = { ...parsed, targets: [...parsed.targets].sort(byIndicator) };
      expect(created).toEqual(expected);
      expect(await store.getProgramme('12-CTr/TU')).toEqual(expected);
      expect(await store.getProgramme('nope')).toBeNull();
      const listed = await store.listProgrammes();
      expect(listed.items).toEqual([expected]);
      expect(await store.saveProgramme(CAO_BANG_PROGRAMME)).toEqual({
        imported: 0,
        updated: 0,
        ignored: 1,
      });
    },
  ),

  storeCase(
    'keeps targets as a table: saveTargets adds cells, listTargets filters them',
    async (store) => {
      await store.saveOrgUnits(ORG_UNITS);
      await store.createProgramme(CAO_BANG_PROGRAMME);
      const health = {
        programme: '12-CTr/TU',
        indicator: 'master_health',
        orgUnit: '04-SYT',
        period: { start: '2019-01-01', end: '2019-12-31' },
        value: '12',
      };
      expect(await store.saveTargets([health])).toEqual({ imported: 1, updated: 0, ignored: 0 });
      expect(await store.saveTargets([{ ...health, value: '13' }])).toEqual({
        imported: 0,
        updated: 1,
        ignored: 0,
      });
      const rows = await readAll((p) =>
        store.listTargets({ ...p, programme: '12-CTr/TU', indicator: 'master_health' }),
      );
      expect(rows.map((t) => [t.orgUnit, t.value])).toEqual([
        ['04', '41'],
        ['04-SYT', '13'],
      ]);
      const programme = await store.getProgramme('12-CTr/TU');
      expect(programme?.targets).toHaveLength(CAO_BANG_PROGRAMME.targets!.length + 1);
    },
  ),

  storeCase(
    'saves observations and lists them by indicator, unit and inclusive date range',
    async (store) => {
      await store.importBatch({ orgUnits: ORG_UNITS, programmes: [CAO_BANG_PROGRAMME] });
      expect(await store.saveObservations(CAO_BANG_ACTUALS)).toEqual({
        imported: 4,
        updated: 0,
        ignored: 0,
      });
      const all = await readAll((p) => store.listObservations({ ...p, programme: '12-CTr/TU' }));
      expect(all).toHaveLength(4);
      const rotation = await store.listObservations({
        programme: '12-CTr/TU',
        indicator: 'rotation',
        from: '2019-05-20',
        to: '2019-05-20',
      });
      expect(rotation.items).toEqual([{ ...CAO_BANG_ACTUALS[3], disaggregation: {} }]);
      const before = await store.listObservations({ programme: '12-CTr/TU', to: '2019-05-19' });
      expect(before.items).toEqual([]);
      const unit = await store.listObservations({ programme: '12-CTr/TU', orgUnit: '04-SYT' });
      expect(unit.items.map((o) => o.value)).toEqual([117]);
    },
  ),

  storeCase(
    'saves persons, training, rotations and headcounts and reads them back',
    async (store) => {
      await store.importBatch({ orgUnits: ORG_UNITS, programmes: [CAO_BANG_PROGRAMME] });
      const person = await store.createPerson(PERSON);
      expect(person).toMatchObject({ ...PERSON, plannedPosts: [], attributes: {} });
      expect(await store.getPerson('CB-0001')).toEqual(person);
      expect(await store.getPerson('CB-9999')).toBeNull();
      await store.saveTrainingRecords([TRAINING]);
      const rotation = {
        id: 'LC-0001',
        personId: 'CB-0001',
        from: { orgUnit: '04-SYT', post: 'Trưởng phòng' },
        to: { orgUnit: '04', post: 'Phó Giám đốc' },
        start: '2018-03-01',
        plannedEnd: '2021-02-28',
      };
      await store.saveRotations([rotation]);
      await store.saveHeadcounts([
        { orgUnit: '40', date: '2015-12-31', headcount: 82300 },
        { orgUnit: '40', date: '2018-12-31', headcount: 75634, approved: 76000 },
      ]);
      expect((await store.listPersons({ orgUnit: '04-SYT' })).items).toEqual([person]);
      expect((await store.listTrainingRecords({ personId: 'CB-0001' })).items).toEqual([
        { ...TRAINING, hours: 0 },
      ]);
      expect((await store.listRotations({ orgUnit: '04' })).items).toEqual([
        { ...rotation, status: 'planned' },
      ]);
      const levels = await store.listHeadcounts({ orgUnit: '40' });
      expect(levels.items.map((h) => [h.date, h.headcount])).toEqual([
        ['2015-12-31', 82300],
        ['2018-12-31', 75634],
      ]);
    },
  ),

  storeCase(
    'throws not_found for a programme, unit or person that does not exist',
    async (store) => {
      await store.saveOrgUnits(ORG_UNITS);
      await expectCadreError(store.saveObservations(CAO_BANG_ACTUALS), 'not_found');
      await expectCadreError(store.listTargets({ programme: 'nope' }), 'not_found');
      await expectCadreError(
        store.queryAttainment({ programme: 'nope', asOf: '2019-05-20' }),
        'not_found',
      );
      await expectCadreError(store.saveTrainingRecords([TRAINING]), 'not_found');
      expect((await store.listTrainingRecords()).items).toEqual([]);
    },
  ),

  storeCase(
    'refuses invalid direct writes with invalid_argument and the issues as details',
    async (store) => {
      await store.importBatch({ orgUnits: ORG_UNITS, programmes: [CAO_BANG_PROGRAMME] });
      const bad = { ...CAO_BANG_ACTUALS[0]!, value: -5 };
      const error = await expectCadreError(store.saveObservations([bad]), 'invalid_argument');
      expect(Array.isArray(error.details)).toBe(true);
      expect((error.details as { path: unknown[] }[])[0]?.path.slice(0, 3)).toEqual([
        'observations',
        0,
        'value',
      ]);
      await expectCadreError(store.listOrgUnits({ limit: 0 }), 'invalid_argument');
      await expectCadreError(store.listOrgUnits({ cursor: 'not a cursor' }), 'invalid_argument');
      expect((await store.listObservations({ programme: '12-CTr/TU' })).items).toEqual([]);
    },
  ),
];
