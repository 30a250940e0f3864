import { isCadreError } from '@cadre/core';
import { expect } from 'vitest';
import { CAO_BANG_PROGRAMME, ORG_UNITS, PERSON } from '../fixtures.js';
import { type ConformanceCase, expectCadreError, storeCase } from './context.js';

/** transaction(fn) commits together or not at all; close() ends the store. */
export const transactionCases: ConformanceCase[] = [
  storeCase('commits every write of a transaction together', async (store) => {
    const result = await store.transaction(async (tx) => {
      await tx.saveOrgUnits(ORG_UNITS);
      await tx.createProgramme(CAO_BANG_PROGRAMME);
      return 'done';
    });
    expect(result).toBe('done');
    expect((await store.listOrgUnits()).items).toHaveLength(ORG_UNITS.length);
    expect(await store.getProgramme('12-CTr/TU')).not.toBeNull();
  }),

  storeCase(
    'rolls back every write when the function throws, and rethrows the same error',
    async (store) => {
      await store.saveOrgUnits(ORG_UNITS.slice(0, 2));
      const boom = new Error('stop after the second write');
      let caught: unknown;
      try {
        await store.transaction(async (tx) => {
          await tx.saveOrgUnits(ORG_UNITS);
          await tx.createProgramme(CAO_BANG_PROGRAMME);
          await tx.createPerson(PERSON);
          throw boom;
        });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBe(boom);
      expect((await store.listOrgUnits()).items.map((u) => u.code)).toEqual(['04', 'VN']);
      expect(await store.getProgramme('12-CTr/TU')).toBeNull();
      expect(await store.getPerson(PERSON.id)).toBeNull();
    },
  ),

  storeCase(
    'rolls back a failed create inside a transaction with the rest of it',
    async (store) => {
      await store.saveOrgUnits(ORG_UNITS);
      const failed = store.transaction(async (tx) => {
        await tx.createProgramme(CAO_BANG_PROGRAMME);
        await tx.createOrgUnit(ORG_UNITS[0]!);
      });
      await expectCadreError(failed, 'duplicate_key');
      expect(await store.getProgramme('12-CTr/TU')).toBeNull();
    },
  ),

  storeCase('joins a nested transaction to the outer one', async (store) => {
    await expect(
      store.transaction(async (tx) => {
        await tx.transaction(async (inner) => {
          await inner.saveOrgUnits(ORG_UNITS);
        });
        throw new Error('outer fails after the inner one finished');
      }),
    ).rejects.toThrow('outer fails');
    expect((await store.listOrgUnits()).items).toEqual([]);
  }),

  storeCase(
    'fails with store_failure after close, and closing twice is harmless',
    async (store) => {
      await store.saveOrgUnits(ORG_UNITS.slice(0, 1));
      await store.close();
      await store.close();
      const error = await expectCadreError(store.getOrgUnit('VN'), 'store_failure');
      expect(isCadreError(error)).toBe(true);
    },
  ),
];
