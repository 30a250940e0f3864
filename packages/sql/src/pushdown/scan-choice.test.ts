import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../sqlite/create-sqlite-store.js';
import { openSqlite } from '../sqlite/open-sqlite.js';
import { observations, orgUnits, prng, programme } from '../test-support/bulk-data.js';
import { tempDir } from '../test-support/temp-dir.js';
import { chooseObservationRead } from './scan-choice.js';

const dir = tempDir('cadre-scan-');
afterAll(() => dir.remove());

describe('chooseObservationRead', () => {
  it('scans for a programme holding most rows, reads the key for one holding few', async () => {
    const filename = join(dir.path, 'scan.db');
    const store = await createSqliteStore({ filename });
    await store.saveOrgUnits(orgUnits());
    for (const code of ['BIG', 'SMALL', 'TINY'])
      await store.saveProgramme(programme(code, prng(1)));
    // Loaded interleaved, as merged files arrive: BIG 85 % of the rows, SMALL 15 %.
    const big = observations('BIG', 8500, prng(2));
    const small = observations('SMALL', 1500, prng(3));
    for (let i = 0; i < 10; i++) {
      await store.saveObservations(big.slice(i * 850, (i + 1) * 850));
      await store.saveObservations(small.slice(i * 150, (i + 1) * 150));
    }
    await store.close();
    const { db } = await openSqlite({ filename, readonly: true });
    const place = { db, engine: 'sqlite' as const, schema: undefined };
    const ask = (programme: string, indicator?: string, within?: string) =>
      chooseObservationRead(place, {
        programme,
        asOf: '2020-12-31',
        stockIndicators: new Set(),
        ...(indicator !== undefined && { indicator }),
        ...(within !== undefined && { within }),
      });
    expect(await ask('BIG')).toBe('scan');
    expect(await ask('SMALL')).toBe('key');
    expect(await ask('TINY')).toBe('key');
    // About a quarter of BIG's rows are 'trained': below the share where a scan pays.
    expect(await ask('BIG', 'trained')).toBe('key');
    expect(await ask('BIG', 'sent')).toBe('scan');
    // A third of BIG's rows lie in each province, a ninth in each district.
    expect(await ask('BIG', undefined, 'VN')).toBe('scan');
    expect(await ask('BIG', undefined, 'P1')).toBe('scan');
    expect(await ask('BIG', undefined, 'P1D1')).toBe('subtree');
    expect(await ask('SMALL', undefined, 'P2')).toBe('subtree');
    await db.destroy();
  });

  it('keeps the planner’s plan on a small table, and reads a subtree from its units', async () => {
    const filename = join(dir.path, 'small.db');
    const store = await createSqliteStore({ filename });
    await store.saveOrgUnits(orgUnits());
    await store.saveProgramme(programme('BIG', prng(1)));
    await store.saveObservations(observations('BIG', 3000, prng(2)));
    await store.close();
    const { db } = await openSqlite({ filename, readonly: true });
    const place = { db, engine: 'sqlite' as const, schema: undefined };
    const req = { programme: 'BIG', asOf: '2020-12-31', stockIndicators: new Set<string>() };
    expect(await chooseObservationRead(place, req)).toBe('key');
    expect(await chooseObservationRead(place, { ...req, within: 'VN' })).toBe('subtree');
    await db.destroy();
  });
});
