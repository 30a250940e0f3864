import { createMemoryStore, createOrgUnitIndex } from '@cadre/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MERGER_UNITS } from '../__fixtures__/merger-2025.js';
import { createOrgTreeCache } from '../cache/org-tree.js';
import { createOrgScope, scopeOverTree } from './org-scope.js';
import type { Principal } from './principal.js';

describe('scopeOverTree', () => {
  it('places every unit by the core lineage, as the store read does (property)', async () => {
    // Random forests over u0…u7: each unit's parent is an earlier unit or none, and each may name
    // later units as successors (none, one: a merger, rename or re-coding; several: a split).
    const unit = fc.record({
      parent: fc.option(fc.nat(7), { nil: null }),
      successors: fc.uniqueArray(fc.nat(7), { maxLength: 2 }),
    });
    const forest = fc.array(unit, { minLength: 8, maxLength: 8 });
    const roots = fc.array(
      fc.oneof(
        fc.constantFrom('*', 'missing'),
        fc.nat(9).map((n) => `u${n}`),
      ),
      {
        maxLength: 3,
      },
    );
    await fc.assert(
      fc.asyncProperty(forest, roots, async (units, orgUnits) => {
        const store = createMemoryStore();
        const inputs = units.map(({ parent, successors }, i) => ({
          code: `u${i}`,
          name: `u${i}`,
          level: 'unit',
          parentCode: parent !== null && parent < i ? `u${parent}` : null,
          successors: successors.filter((s) => s > i).map((s) => ({ code: `u${s}` })),
        }));
        await store.saveOrgUnits(inputs);
        const principal: Principal = { id: 'p', scopes: ['read'], orgUnits };
        const walked = createOrgScope(store, principal);
        const tree = await createOrgTreeCache(store).at(await store.dataVersion!());
        const cached = scopeOverTree(tree, principal);
        const index = createOrgUnitIndex(inputs);
        expect(cached.national).toBe(walked.national);
        expect(cached.roots).toEqual(walked.roots);
        for (const code of ['u0', 'u3', 'u7', 'u9', 'missing']) {
          const expected = orgUnits.includes('*')
            ? 'in'
            : index.get(code) === undefined
              ? 'unknown'
              : index.countsToward(code).some((u) => orgUnits.includes(u))
                ? 'in'
                : 'out';
          expect(await cached.place(code), code).toBe(expected);
          expect(await walked.place(code), code).toBe(expected);
          expect(await cached.unit(code)).toEqual(await walked.unit(code));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('lets a current unit reach its predecessors, and a former unit only its own history', async () => {
    const store = createMemoryStore();
    await store.saveOrgUnits(MERGER_UNITS);
    const tree = await createOrgTreeCache(store).at(await store.dataVersion!());
    const places = async (orgUnits: string[]) => {
      const principal: Principal = { id: 'p', scopes: ['read'], orgUnits };
      const scopes = [createOrgScope(store, principal), scopeOverTree(tree, principal)];
      const out: Record<string, string[]> = {};
      for (const code of [
        'pre2025:cao-bang',
        '04',
        'pre2025:bac-kan',
        'pre2025:thai-nguyen',
        '19',
      ]) {
        out[code] = await Promise.all(scopes.map((s) => s.place(code)));
      }
      return out;
    };
    expect(await places(['04'])).toMatchObject({
      'pre2025:cao-bang': ['in', 'in'],
      '04': ['in', 'in'],
      'pre2025:bac-kan': ['out', 'out'],
      '19': ['out', 'out'],
    });
    expect(await places(['19'])).toMatchObject({
      'pre2025:bac-kan': ['in', 'in'],
      'pre2025:thai-nguyen': ['in', 'in'],
      '19': ['in', 'in'],
      '04': ['out', 'out'],
    });
    expect(await places(['pre2025:bac-kan'])).toMatchObject({
      'pre2025:bac-kan': ['in', 'in'],
      'pre2025:thai-nguyen': ['out', 'out'],
      '19': ['out', 'out'],
    });
  });
});

describe('createOrgTreeCache', () => {
  it('reads the tree once per version and again when the version moves', async () => {
    const store = createMemoryStore();
    await store.saveOrgUnits([{ code: 'VN', name: 'Việt Nam', level: 'country' }]);
    let reads = 0;
    const counting = {
      ...store,
      listOrgUnits: (page?: Parameters<typeof store.listOrgUnits>[0]) => {
        reads++;
        return store.listOrgUnits(page);
      },
    };
    const trees = createOrgTreeCache(counting);
    const v1 = await store.dataVersion!();
    const [a, b] = await Promise.all([trees.at(v1), trees.at(v1)]);
    expect(a).toBe(b);
    expect(reads).toBe(1);
    await store.saveOrgUnits([
      { code: '04', name: 'Cao Bằng', level: 'province', parentCode: 'VN' },
    ]);
    const v2 = await store.dataVersion!();
    expect(v2).not.toBe(v1);
    const c = await trees.at(v2);
    expect(reads).toBe(2);
    expect([...c.units.keys()].sort()).toEqual(['04', 'VN']);
    expect(c.index().resolve('Cao Bằng')).toMatchObject({ ok: true, value: { code: '04' } });
  });
});
