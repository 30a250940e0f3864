import type { CadreStore } from '@cadre/core';
import { expect } from 'vitest';
import { CAO_BANG_PROGRAMME, ORG_UNITS, PERSON, TRAINING } from '../fixtures.js';
import { withStore } from '../harness.js';
import type { ConformanceCase } from './context.js';

/** Zones on both sides of UTC: a calendar date must not move with any of them. */
export const TIME_ZONES = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles'] as const;

// Period edges, a leap day, the last day before a DST change in Los Angeles, and a birth date.
const DATES = ['2016-05-09', '2020-12-31', '2020-02-29', '2019-03-09', '2019-11-02', '2016-01-01'];

/**
 * Runs `work` with process.env.TZ set to `zone`, then puts the previous value back. The store is
 * opened inside, so a driver that reads the zone on connect sees it too.
 */
async function inZone<T>(zone: string, work: () => Promise<T>): Promise<T> {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    return await work();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

// reads back observation, person, training and headcount dates unchanged
async function roundTrip(store: CadreStore): Promise<void> {
  const observations = DATES.map((date, n) => ({
    programme: '12-CTr/TU',
    indicator: 'rotation',
    orgUnit: '04',
    date,
    value: n + 1,
  }));
  const summary = await store.importBatch({
    orgUnits: ORG_UNITS,
    programmes: [CAO_BANG_PROGRAMME],
    observations,
    persons: [{ ...PERSON, birthDate: '1961-01-31' }],
    training: [TRAINING],
    headcounts: [{ orgUnit: '40', date: '2015-12-31', headcount: 82300 }],
  });
  expect(summary.issues).toEqual([]);
  const back = (await store.listObservations({ programme: '12-CTr/TU' })).items;
  expect(back.map((o) => o.date)).toEqual([...DATES].sort());
  expect((await store.getPerson(PERSON.id))?.birthDate).toBe('1961-01-31');
  const [training] = (await store.listTrainingRecords()).items;
  expect([training?.start, training?.end]).toEqual(['2017-09-05', '2019-08-31']);
  const [level] = (await store.listHeadcounts()).items;
  expect(level?.date).toBe('2015-12-31');
  const programme = await store.getProgramme('12-CTr/TU');
  expect(programme?.period).toMatchObject({ start: '2016-05-09', end: '2020-12-31' });
  expect(programme?.targets[0]?.period).toEqual({ start: '2016-05-09', end: '2020-12-31' });
}

// counts both ends of a period and an asOf day itself, and nothing after
async function periodEdges(store: CadreStore): Promise<void> {
  const at = (date: string, value: number) => ({
    programme: '12-CTr/TU',
    indicator: 'rotation',
    orgUnit: '04',
    date,
    value,
  });
  await store.importBatch({
    orgUnits: ORG_UNITS,
    programmes: [CAO_BANG_PROGRAMME],
    // 1 the day before the start, 2 on the start, 4 on the review day, 8 the day after it,
    // 16 on the last day, 32 after the end.
    observations: [
      at('2016-05-08', 1),
      at('2016-05-09', 2),
      at('2019-05-20', 4),
      at('2019-05-21', 8),
      at('2020-12-31', 16),
      at('2021-01-01', 32),
    ],
  });
  const query = { programme: '12-CTr/TU', indicator: 'rotation' };
  const review = await store.queryCellTotals({ ...query, asOf: '2019-05-20' });
  expect(review.map((c) => c.actual)).toEqual(['6']);
  const end = await store.queryCellTotals({ ...query, asOf: '2021-06-30' });
  expect(end.map((c) => c.actual)).toEqual(['30']);
  const range = await store.listObservations({
    programme: '12-CTr/TU',
    from: '2016-05-09',
    to: '2020-12-31',
  });
  expect(range.items.map((o) => o.value)).toEqual([2, 4, 8, 16]);
}

/** Calendar dates round-trip unchanged whatever process.env.TZ says. */
export const dateCases: ConformanceCase[] = TIME_ZONES.flatMap((zone) => [
  {
    name: `TZ=${zone}: reads back observation, person, training and headcount dates unchanged`,
    run: (ctx) => inZone(zone, () => withStore(ctx.create, roundTrip)),
  },
  {
    name: `TZ=${zone}: counts both ends of a period and an asOf day itself, and nothing after`,
    run: (ctx) => inZone(zone, () => withStore(ctx.create, periodEdges)),
  },
]);
