import type { CadreStore, ObservationInput } from '@cadre/core';
import { expect } from 'vitest';
import { CAO_BANG_PROGRAMME, ORG_UNITS } from '../fixtures.js';
import { withPeers } from '../harness.js';
import type { ConformanceCase } from './context.js';
import { readAll } from './context.js';

// Large enough that engines with a bulk path (PostgreSQL's COPY from 500 rows) take it.
const BIG = 600;
const FIRST_DAY = Date.UTC(2016, 5, 1);

function day(n: number): string {
  return new Date(FIRST_DAY + n * 86_400_000).toISOString().slice(0, 10);
}

function rows(from: number, to: number, value: (n: number) => number): ObservationInput[] {
  const out: ObservationInput[] = [];
  for (let n = from; n < to; n++) {
    out.push({
      programme: '12-CTr/TU',
      indicator: 'rotation',
      orgUnit: '04',
      date: day(n),
      value: value(n),
    });
  }
  return out;
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

async function seed(store: CadreStore): Promise<void> {
  const s = await store.importBatch({ orgUnits: ORG_UNITS, programmes: [CAO_BANG_PROGRAMME] });
  expect(s.issues).toEqual([]);
}

/**
 * One writer: a transaction with a large batch and a small one, with a pause between. The small
 * batch goes first, so on engines that run writers side by side each writer reads the shared
 * keys while the other holds them uncommitted.
 */
function writer(store: CadreStore, big: ObservationInput[], small: ObservationInput[]) {
  return store.transaction(async (tx) => {
    const b = await tx.importBatch({ observations: small });
    await tick();
    const a = await tx.importBatch({ observations: big });
    expect([...a.issues, ...b.issues]).toEqual([]);
    return a.imported + a.updated + a.ignored + b.imported + b.updated + b.ignored;
  });
}

async function stored(store: CadreStore): Promise<Map<string, number>> {
  const items = await readAll((page) =>
    store.listObservations({ programme: '12-CTr/TU', ...page }),
  );
  return new Map(items.map((o) => [o.date, Number(o.value)]));
}

/** Two writers at once and a reader beside a writer: nobody fails, nothing is lost or torn. */
export const concurrencyCases: ConformanceCase[] = [
  {
    name: 'two writers with overlapping keys both land: the union, as one clean import',
    run: (ctx) =>
      withPeers(ctx.create, async (store, peer) => {
        await seed(store);
        const value = (n: number) => (n % 7) + 1;
        const [a, b] = await Promise.all([
          writer(store, rows(0, BIG, value), rows(1000, 1010, value)),
          writer(peer, rows(BIG / 2, BIG + BIG / 2, value), rows(1005, 1015, value)),
        ]);
        expect([a, b]).toEqual([BIG + 10, BIG + 10]);
        const union = [...rows(0, BIG + BIG / 2, value), ...rows(1000, 1015, value)];
        const held = await stored(store);
        expect(held.size).toBe(union.length);
        for (const o of union) expect(held.get(o.date), o.date).toBe(o.value);
      }),
    timeout: 60_000,
  },
  {
    name: 'two writers with different values on shared keys: each key holds one of them, the later commit wins',
    run: (ctx) =>
      withPeers(ctx.create, async (store, peer) => {
        await seed(store);
        await Promise.all([
          writer(
            store,
            rows(0, BIG, () => 1),
            rows(1000, 1010, () => 1),
          ),
          writer(
            peer,
            rows(BIG / 2, BIG + BIG / 2, () => 2),
            rows(1005, 1015, () => 2),
          ),
        ]);
        const held = await stored(store);
        expect(held.size).toBe(BIG + BIG / 2 + 15);
        for (const [date, v] of held) {
          const n = (Date.parse(date) - FIRST_DAY) / 86_400_000;
          const onlyA = n < BIG / 2 || (n >= 1000 && n < 1005);
          // Days 1005–1009 are in both small batches: either value may hold there.
          const onlyB = (n >= BIG && n < 1000) || n >= 1010;
          if (onlyA) expect(v, date).toBe(1);
          else if (onlyB) expect(v, date).toBe(2);
          else expect([1, 2], date).toContain(v);
        }
        // Written after both commits, the later value replaces every shared key.
        await writer(
          peer,
          rows(BIG / 2, BIG, () => 3),
          [],
        );
        const after = await stored(store);
        for (let n = BIG / 2; n < BIG; n++) expect(after.get(day(n))).toBe(3);
      }),
    timeout: 60_000,
  },
  {
    name: 'a reader during a write sees the data before it or after it, never part of it',
    run: (ctx) =>
      withPeers(ctx.create, async (store, peer) => {
        await seed(store);
        await store.importBatch({ observations: rows(0, 10, () => 1) });
        const sum = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);
        let seen: Promise<Map<string, number>> | null = null;
        await store.transaction(async (tx) => {
          await tx.importBatch({ observations: rows(0, 10, () => 2) });
          // The reader starts while the write is open; the writer does not wait for its answer.
          seen = stored(peer);
          await tick();
          await tx.importBatch({ observations: rows(10, 20, () => 2) });
        });
        const mid = await (seen as unknown as Promise<Map<string, number>>);
        expect([
          [10, 10],
          [20, 40],
        ]).toContainEqual([mid.size, sum(mid)]);
        const end = await stored(peer);
        expect([end.size, sum(end)]).toEqual([20, 40]);
      }),
    timeout: 60_000,
  },
];
