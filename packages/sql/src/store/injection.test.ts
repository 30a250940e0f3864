import { join } from 'node:path';
import type { CadreStore } from '@cadre/core';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../sqlite/create-sqlite-store.js';
import { tempDir } from '../test-support/temp-dir.js';

const dir = tempDir('cadre-injection-');
afterAll(() => dir.remove());

const PAYLOADS = ["'); DROP TABLE targets;--", '" OR 1=1', "x' OR '1'='1", '$."a"', '\\N\t\n'];

async function roundTrip(store: CadreStore) {
  await store.saveOrgUnits(
    PAYLOADS.map((p, i) => ({ code: p, name: p, level: 'province', aliases: [`${i}`] })),
  );
  await store.saveProgramme({
    code: PAYLOADS[0] as string,
    title: { vi: PAYLOADS[1] as string },
    period: { kind: 'phase', start: '2016-01-01', end: '2020-12-31' },
    indicators: [{ code: PAYLOADS[1] as string, name: { vi: PAYLOADS[2] as string } }],
    targets: [
      {
        indicator: PAYLOADS[1] as string,
        orgUnit: PAYLOADS[0] as string,
        period: { start: '2016-01-01', end: '2020-12-31' },
        value: '40',
        disaggregation: { [PAYLOADS[3] as string]: PAYLOADS[4] as string },
      },
    ],
  });
  await store.saveObservations([
    {
      programme: PAYLOADS[0] as string,
      indicator: PAYLOADS[1] as string,
      orgUnit: PAYLOADS[2] as string,
      date: '2019-05-20',
      value: 24,
      disaggregation: { [PAYLOADS[3] as string]: PAYLOADS[4] as string },
    },
  ]);
}

describe('hostile text is stored as plain text', () => {
  it('reads every payload back unchanged and leaves the tables in place', async () => {
    const store = await createSqliteStore({ filename: join(dir.path, 'injection.db') });
    await roundTrip(store);
    const units = await store.listOrgUnits();
    expect(units.items.map((u) => u.name).sort()).toEqual([...PAYLOADS].sort());
    const programme = await store.getProgramme(PAYLOADS[0] as string);
    expect(programme?.title.vi).toBe(PAYLOADS[1]);
    expect(programme?.targets).toHaveLength(1);
    expect(programme?.targets[0]?.disaggregation).toEqual({ [PAYLOADS[3] as string]: PAYLOADS[4] });
    const obs = await store.listObservations({ programme: PAYLOADS[0] as string });
    expect(obs.items[0]?.orgUnit).toBe(PAYLOADS[2]);
    // The payload's unit lies outside the target's unit, so 24/40 does not count: 0 of 40.
    const totals = await store.queryCellTotals({
      programme: PAYLOADS[0] as string,
      asOf: '2020-12-31',
    });
    expect(totals.map((t) => [t.target, t.actual, t.count])).toEqual([['40', '0', 0]]);
    await store.close();
  });

  it('matches a breakdown whose key and value look like JSON paths and COPY escapes', async () => {
    const store = await createSqliteStore({ filename: join(dir.path, 'breakdown.db') });
    await roundTrip(store);
    await store.saveObservations([
      {
        programme: PAYLOADS[0] as string,
        indicator: PAYLOADS[1] as string,
        orgUnit: PAYLOADS[0] as string,
        date: '2019-05-20',
        value: 24,
        disaggregation: { [PAYLOADS[3] as string]: PAYLOADS[4] as string },
      },
    ]);
    // Seed 004: 24 rotations against a target of 40.
    const totals = await store.queryCellTotals({
      programme: PAYLOADS[0] as string,
      asOf: '2020-12-31',
    });
    expect(totals.map((t) => [t.target, t.actual, t.count])).toEqual([['40', '24', 1]]);
    await store.close();
  });
});
