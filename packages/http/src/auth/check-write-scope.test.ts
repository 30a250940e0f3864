import { createMemoryStore, type OrgUnitInput } from '@cadre/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERIOD, PROGRAMME, seededStore } from '../__fixtures__/seed.js';
import { checkWriteScope } from './check-write-scope.js';
import type { Principal } from './principal.js';

const caoBang: Principal = { id: 'cb', scopes: ['write'], orgUnits: ['04'] };
const national: Principal = { id: 'nat', scopes: ['write'], orgUnits: ['*'] };
const obs = (orgUnit: string) => ({
  programme: PROGRAMME.code,
  indicator: 'rotation',
  orgUnit,
  date: '2019-05-10',
  value: 1,
});

describe('checkWriteScope', () => {
  it('lets national scope write anywhere', async () => {
    const store = await seededStore();
    expect(
      await checkWriteScope(store, national, { observations: [obs('40'), obs('06.BT')] }),
    ).toEqual([]);
  });

  it('reports every out-of-scope row, each with its own path', async () => {
    const store = await seededStore();
    const issues = await checkWriteScope(store, caoBang, {
      observations: [obs('04.SYT'), obs('40'), obs('04'), obs('06.BT')],
    });
    expect(issues.map((i) => i.path)).toEqual([
      ['body', 'observations', 1, 'orgUnit'],
      ['body', 'observations', 3, 'orgUnit'],
    ]);
  });

  it('judges units of the same payload by their parent, and refuses adoption and cycles', async () => {
    const store = await seededStore();
    const unit = (code: string, parentCode: string | null): OrgUnitInput => ({
      code,
      name: code,
      level: 'agency',
      parentCode,
    });
    // A new department under a new agency under Cao Bằng: both in scope.
    expect(
      await checkWriteScope(store, caoBang, {
        orgUnits: [unit('04.SNV.P1', '04.SNV'), unit('04.SNV', '04')],
        observations: [obs('04.SNV.P1')],
      }),
    ).toEqual([]);
    // Re-parenting Nghệ An under Cao Bằng would adopt another province's subtree.
    const adopt = await checkWriteScope(store, caoBang, { orgUnits: [unit('40', '04')] });
    expect(adopt.map((i) => i.path)).toEqual([['body', 'orgUnits', 0, 'code']]);
    // Moving one of our units out of the tree, or making it a root, leaves our scope.
    expect(
      await checkWriteScope(store, caoBang, { orgUnits: [unit('04.SYT', '40')] }),
    ).toHaveLength(1);
    expect(
      await checkWriteScope(store, caoBang, { orgUnits: [unit('04.SYT', null)] }),
    ).toHaveLength(1);
    // Two new units that are each other's parent reach no root.
    const cycle = await checkWriteScope(store, caoBang, {
      orgUnits: [unit('X1', 'X2'), unit('X2', 'X1')],
    });
    expect(cycle).toHaveLength(2);
  });

  it('checks stored owners: a programme and a person of another province stay theirs', async () => {
    const store = await seededStore();
    await store.createProgramme({ ...PROGRAMME, code: 'BK-01', orgUnit: '06', targets: [] });
    const taken = await checkWriteScope(store, caoBang, {
      programmes: [{ ...PROGRAMME, code: 'BK-01', orgUnit: '04', targets: [] }],
      persons: [
        {
          id: 'bk-0001',
          birthDate: '1979-11-20',
          sex: 'male',
          employment: 'cadre',
          orgUnit: '04.SYT',
        },
      ],
    });
    expect(taken.map((i) => i.path)).toEqual([
      ['body', 'programmes', 0, 'code'],
      ['body', 'persons', 0, 'id'],
    ]);
  });

  it('needs national scope for a programme without an owning unit', async () => {
    const store = await seededStore();
    const { orgUnit: _owner, ...ownerless } = { ...PROGRAMME, code: 'NATIONAL-1', targets: [] };
    const issues = await checkWriteScope(store, caoBang, { programmes: [ownerless] });
    expect(issues.map((i) => i.code)).toEqual(['auth.national_only']);
    expect(await checkWriteScope(store, national, { programmes: [ownerless] })).toEqual([]);
  });

  it('allows a write exactly when every unit lies under a root (property)', async () => {
    // Random forests over units u0…u7: each unit's parent is an earlier unit or none.
    const forest = fc.array(fc.option(fc.nat(7), { nil: null }), { minLength: 8, maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(forest, fc.nat(7), fc.nat(7), async (parents, root, target) => {
        const units = parents.map((p, i) => ({
          code: `u${i}`,
          name: `u${i}`,
          level: 'unit',
          parentCode: p !== null && p < i ? `u${p}` : null,
        }));
        const store = createMemoryStore();
        await store.saveOrgUnits(units);
        const ancestorsOrSelf = new Set<string>();
        for (let c: string | null = `u${target}`; c !== null; ) {
          ancestorsOrSelf.add(c);
          c = units[Number(c.slice(1))]?.parentCode ?? null;
        }
        const principal: Principal = { id: 'p', scopes: ['write'], orgUnits: [`u${root}`] };
        const issues = await checkWriteScope(store, principal, {
          targets: [{ indicator: 'i', orgUnit: `u${target}`, period: PERIOD, value: 1 }],
        });
        expect(issues.length === 0).toBe(ancestorsOrSelf.has(`u${root}`));
      }),
      { numRuns: 200 },
    );
  });
});
