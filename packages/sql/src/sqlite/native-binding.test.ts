import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isCadreError } from '@cadre/core';
import { describe, expect, it } from 'vitest';
import { createSqliteStore } from './create-sqlite-store.js';

// The add-on the workspace compiled for the running Node, named explicitly as another Node's would be.
const installed = join(
  dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')),
  'build/Release/better_sqlite3.node',
);

describe('createSqliteStore({ nativeBinding })', () => {
  it('loads the add-on from the given path', async () => {
    const store = await createSqliteStore({ filename: ':memory:', nativeBinding: installed });
    await store.saveOrgUnits([{ code: '04', name: 'Cao Bằng', level: 'province' }]);
    expect((await store.getOrgUnit('04'))?.name).toBe('Cao Bằng');
    await store.close();
  });

  it('fails as a store failure when the path holds no add-on', async () => {
    const error = await createSqliteStore({
      filename: ':memory:',
      nativeBinding: join(dirname(installed), 'missing.node'),
    }).catch((e: unknown) => e);
    expect(isCadreError(error) && error.code).toBe('store_failure');
  });
});
