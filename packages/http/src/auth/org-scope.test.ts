import { createMemoryStore } from '@cadre/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOrgTreeCache } from '../cache/org-tree.js';
import { createOrgScope, scopeOverTree } from './org-scope.js';
import type { Principal } from './principal.js';

describe('scopeOverTree', () => {
  it('places every unit as the store walk does, for any forest and roots (property)', async () => {
    // Random forests over u0…u7: each unit's parent is an earlier unit or none.
    const forest = fc.array(fc.option(fc.nat(7), { nil: null }), { minLength: 8, maxLength: 8 });
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
      fc.asyncProperty(forest, roots, async (parents, orgUnits) => {
        const store = createMemoryStore();
        await store.saveOrgUnits(
          parents.map((p, i) => ({
            code: `u${i}`,
            name: `u${i}`,
            level: 'unit',
            parentCode: p !== null && p < i ? `u${p}` : null,
          })),
        );
        const principal: Principal = { id: 'p', scopes: ['read'], orgUnits };
        const walked = createOrgScope(store, principal);
        const tree = await createOrgTreeCache(store).at(await store.dataVersion!());
        const cached = scopeOverTree(tree, principal);
        expect(cached.national).toBe(walked.national);
        expect(cached.roots).toEqual(walked.roots);
        for (const code of ['u0', 'u3', 'u7', 'u9', 'missing']) {
          expect(await cached.place(code), code).toBe(await walked.place(code));
          expect(await cached.unit(code)).toEqual(await walked.unit(code));
        }
      }),
      { numRuns: 150 },
    );
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
