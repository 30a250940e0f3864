import { type CadreStore, createMemoryStore, isoDate } from '@cadre/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CreateStore } from './harness.js';
import { runStoreConformance, SUITES, type SuiteName } from './run-store-conformance.js';

// A fixed seed makes "the kit catches this fault" a fact, not a draw: with a random seed a
// handful of runs may generate no observation after asOf and let the fault pass.
fc.configureGlobal({ seed: 20_190_520 });

// Each fault is a memory store with one method made wrong the way real adapters go wrong.
// The kit must reject every one of them: a check that passes a broken store checks nothing.
function faulty(change: (inner: CadreStore, self: CadreStore) => Partial<CadreStore>): CreateStore {
  return () => {
    const inner = createMemoryStore();
    const self = { ...inner } as CadreStore;
    Object.assign(self, change(inner, self));
    return self;
  };
}

function findCase(suite: SuiteName, startsWith: string) {
  const found = SUITES[suite].find((c) => c.name.startsWith(startsWith));
  if (!found) throw new Error(`no case "${startsWith}…" in suite ${suite}`);
  return found;
}

async function expectCaught(create: CreateStore, suite: SuiteName, startsWith: string) {
  const c = findCase(suite, startsWith);
  await expect(c.run({ create: () => createMemoryStore(), numRuns: 10 })).resolves.toBeUndefined();
  await expect(c.run({ create, numRuns: 10 })).rejects.toThrow();
}

const floatSums = faulty((inner) => ({
  queryCellTotals: async (q) =>
    (await inner.queryCellTotals(q)).map((c) => ({ ...c, actual: String(Number(c.actual)) })),
}));

const rawDriverError = faulty((inner) => ({
  createOrgUnit: async (unit) => {
    if (await inner.getOrgUnit(unit.code)) {
      throw Object.assign(new Error('UNIQUE constraint failed: org_units.code'), {
        code: 'SQLITE_CONSTRAINT_UNIQUE',
      });
    }
    return inner.createOrgUnit(unit);
  },
}));

const partialImport = faulty((inner) => ({
  importBatch: (batch, options) => inner.importBatch(batch, { ...options, mode: 'skip_bad_rows' }),
}));

const countsEverythingNew = faulty((inner) => ({
  importBatch: async (batch, options) => {
    const s = await inner.importBatch(batch, options);
    return { ...s, imported: s.imported + s.ignored, ignored: 0 };
  },
}));

const nfdOut = faulty((inner) => ({
  listOrgUnits: async (page) => {
    const p = await inner.listOrgUnits(page);
    return { ...p, items: p.items.map((u) => ({ ...u, name: u.name.normalize('NFD') })) };
  },
}));

// Reads a date as UTC midnight and writes it back in local time: a day early west of Greenwich.
const zoneShiftedDates = faulty((inner) => ({
  listObservations: async (filter) => {
    const p = await inner.listObservations(filter);
    const shift = (iso: string) => {
      const d = new Date(`${iso}T00:00:00Z`);
      return isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
    };
    return { ...p, items: p.items.map((o) => ({ ...o, date: shift(o.date) })) };
  },
}));

const ignoresAsOf = faulty((inner) => ({
  queryCellTotals: (q) => inner.queryCellTotals({ ...q, asOf: '2099-12-31' }),
}));

const ignoresRollup = faulty((inner) => ({
  queryAttainment: (q) => inner.queryAttainment({ ...q, rollup: 'none' }),
}));

const noRollback = faulty((_inner, self) => ({ transaction: (fn) => fn(self) }));

// A token fixed at open: a cache in front of this store would never see another write.
const frozenVersion = faulty(() => ({ dataVersion: async () => 'v1' }));

// A token that moves on every call, reads included: caches in front of it would never hit.
const versionPerCall = faulty(() => {
  let n = 0;
  return { dataVersion: async () => String(++n) };
});

// Headcounts written through a fast path that forgets the token; every other write counts.
const headcountsUncounted = faulty((inner) => {
  let skipped = 0;
  return {
    dataVersion: async () => String(Number(await inner.dataVersion?.()) - skipped),
    saveHeadcounts: async (rows) => {
      const counts = await inner.saveHeadcounts(rows);
      skipped++;
      return counts;
    },
  };
});

// No dataVersion at all: the suite must skip, and must not pass as if it had checked.
const withoutVersion = faulty((inner) => {
  const { dataVersion: _left, ...rest } = inner;
  return { ...rest, dataVersion: undefined };
});

describe('the kit rejects broken stores', () => {
  it('catches float arithmetic on counts near 2^53', () =>
    expectCaught(floatSums, 'decimal', 'keeps counts near 2^53'));
  it('catches a raw driver error on a duplicate key', () =>
    expectCaught(rawDriverError, 'error-translation', 'turns a duplicate org unit code'));
  it('catches an all-or-nothing import that writes the good rows', () =>
    expectCaught(partialImport, 'atomic-import', 'writes nothing when row k'));
  it('catches a second import counted as new rows', () =>
    expectCaught(countsEverythingNew, 'idempotent-import', 'imports a batch once'));
  it('catches NFD text on the way out', () =>
    expectCaught(nfdOut, 'vietnamese-text', 'returns NFC names exactly as given'));
  it('catches dates that move west of UTC, and only there', async () => {
    await expectCaught(zoneShiftedDates, 'dates', 'TZ=America/Los_Angeles: reads back');
    const utc = findCase('dates', 'TZ=UTC: reads back');
    await expect(utc.run({ create: zoneShiftedDates, numRuns: 1 })).resolves.toBeUndefined();
  });
  it('catches cell totals that count observations after asOf', () =>
    expectCaught(ignoresAsOf, 'attainment', 'equals the core report'));
  it('catches a report that ignores the roll-up', () =>
    expectCaught(ignoresRollup, 'attainment', "rolls Bắc Kạn's figures up"));
  it('catches a transaction that does not roll back', () =>
    expectCaught(noRollback, 'transactions', 'rolls back every write'));
  it('catches a data version that never changes', () =>
    expectCaught(frozenVersion, 'data-version', 'changes after each write method'));
  it('catches a data version that changes on reads', () =>
    expectCaught(versionPerCall, 'data-version', 'gives a non-empty text that stays'));
  it('catches one write method that leaves the data version as it was', () =>
    expectCaught(headcountsUncounted, 'data-version', 'changes after each write method'));
  it('skips the data-version checks, with the reason, for a store without dataVersion', async () => {
    const c = findCase('data-version', 'changes after each write method');
    const skip = (reason: string): never => {
      throw new Error(`skipped: ${reason}`);
    };
    await expect(c.run({ create: withoutVersion, numRuns: 1, skip })).rejects.toThrow(
      /skipped: the store does not implement the optional dataVersion/,
    );
    await expect(c.run({ create: withoutVersion, numRuns: 1 })).rejects.toThrow(
      /skip the data-version suite/,
    );
  });
});

describe('runStoreConformance options', () => {
  const create = () => createMemoryStore();
  it('refuses a skip without a reason', () => {
    expect(() =>
      runStoreConformance({ name: 'x', create, skip: [{ suite: 'dates', reason: ' ' }] }),
    ).toThrow(/reason/);
  });
  it('refuses a skip naming no suite of the kit', () => {
    const skip = [{ suite: 'date' as SuiteName, reason: 'typo' }];
    expect(() => runStoreConformance({ name: 'x', create, skip })).toThrow(/skip\[0\]\.suite/);
  });
});
