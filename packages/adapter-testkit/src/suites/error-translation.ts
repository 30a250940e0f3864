import { expect } from 'vitest';
import { CAO_BANG_PROGRAMME, ORG_UNITS, PERSON } from '../fixtures.js';
import { type ConformanceCase, expectCadreError, storeCase } from './context.js';

/** A driver's unique violation (SQLITE_CONSTRAINT_UNIQUE, PG 23505…) reaches callers as CadreError. */
export const errorTranslationCases: ConformanceCase[] = [
  storeCase('turns a duplicate org unit code on create into duplicate_key', async (store) => {
    await store.createOrgUnit(ORG_UNITS[0]!);
    const error = await expectCadreError(store.createOrgUnit(ORG_UNITS[0]!), 'duplicate_key');
    expect(error.name).toBe('CadreError');
    expect(error.message).toContain('VN');
  }),

  storeCase('treats an NFD spelling of an existing key as the same key', async (store) => {
    await store.createOrgUnit({ code: 'Bắc Kạn', name: 'Bắc Kạn', level: 'province' });
    const nfd = 'Bắc Kạn'.normalize('NFD');
    await expectCadreError(
      store.createOrgUnit({ code: nfd, name: nfd, level: 'province' }),
      'duplicate_key',
    );
    expect((await store.listOrgUnits()).items).toHaveLength(1);
  }),

  storeCase(
    'turns a duplicate programme code and a duplicate person id into duplicate_key',
    async (store) => {
      await store.saveOrgUnits(ORG_UNITS);
      await store.createProgramme(CAO_BANG_PROGRAMME);
      await expectCadreError(store.createProgramme(CAO_BANG_PROGRAMME), 'duplicate_key');
      await store.createPerson(PERSON);
      await expectCadreError(store.createPerson({ ...PERSON, name: 'Other' }), 'duplicate_key');
      expect((await store.getPerson(PERSON.id))?.name).toBe(PERSON.name);
    },
  ),

  storeCase(
    'turns a key repeated inside one direct write into duplicate_key, writing nothing',
    async (store) => {
      const unit = ORG_UNITS[0]!;
      await expectCadreError(
        store.saveOrgUnits([unit, { ...unit, name: 'Another name' }]),
        'duplicate_key',
      );
      expect(await store.getOrgUnit(unit.code)).toBeNull();
    },
  ),
];
