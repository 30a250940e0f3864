import type { CadreStore, ObservationInput, RoundAction, RoundTransitionInput } from '@cadre/core';
import { expect } from 'vitest';
import { CAO_BANG_PROGRAMME, ORG_UNITS } from '../fixtures.js';
import { type ConformanceCase, expectCadreError, readAll, storeCase } from './context.js';

const PROGRAMME = '12-CTr/TU';
const PERIOD = { start: '2018-01-01', end: '2018-12-31' };
// The two units directly under Cao Bằng (04) in the fixtures play the communes.
const PARTS = ['04-SYT', '04-SGD'];

const obs = (orgUnit: string, value: number, date = '2018-03-01'): ObservationInput => ({
  programme: PROGRAMME,
  indicator: 'rotation',
  orgUnit,
  date,
  value,
});

const step = (
  action: RoundAction,
  orgUnit: string,
  minute: number,
  extra: Partial<RoundTransitionInput> = {},
): RoundTransitionInput => ({
  action,
  programme: PROGRAMME,
  orgUnit,
  period: PERIOD,
  by: `user-${orgUnit}`,
  at: `2019-01-10T08:${String(minute).padStart(2, '0')}:00+07:00`,
  ...extra,
});

async function seed(store: CadreStore): Promise<void> {
  const s = await store.importBatch(
    {
      orgUnits: ORG_UNITS,
      programmes: [CAO_BANG_PROGRAMME],
      observations: PARTS.map((u) => obs(u, 3)),
    },
    { by: 'importer', at: '2019-01-05T09:00:00+07:00', idempotencyKey: 'file-1' },
  );
  expect(s.issues).toEqual([]);
}

async function mustApply(store: CadreStore, t: RoundTransitionInput): Promise<void> {
  const r = await store.applyRoundTransition(t);
  expect(r.ok ? [] : r.issues, `${t.action} ${t.orgUnit}`).toEqual([]);
}

async function lockAll(store: CadreStore): Promise<void> {
  await mustApply(store, step('submit', PARTS[0]!, 1));
  await mustApply(store, step('submit', PARTS[1]!, 2));
  await mustApply(store, step('approve', '04', 3));
  await mustApply(store, step('lock', '04', 4));
}

const stateOf = async (store: CadreStore, unit: string) =>
  (await store.listRounds({ programme: PROGRAMME, orgUnit: unit, period: PERIOD }))[0]?.state ??
  'open';

const everything = async (store: CadreStore) => ({
  observations: await readAll((p) => store.listObservations({ programme: PROGRAMME, ...p })),
  audit: await readAll((p) => store.listAudit(p)),
  rounds: await store.listRounds({ programme: PROGRAMME }),
});

/** Reporting rounds: the core's rules, a frozen period refused inside the store, an audit of every step. */
export const roundCases: ConformanceCase[] = [
  storeCase('transitions follow the rules and keep nothing they refuse', async (store) => {
    await seed(store);
    const early = await store.applyRoundTransition(step('approve', '04', 1));
    expect(early.ok ? [] : early.issues.map((i) => i.code)).toEqual([
      'round.children_not_submitted',
    ]);
    expect(await store.listRounds({ programme: PROGRAMME })).toEqual([]);
    await lockAll(store);
    expect(await stateOf(store, '04')).toBe('locked');
    expect(await stateOf(store, PARTS[0]!)).toBe('locked');
    const noReason = await store.applyRoundTransition(step('reopen', '04', 5));
    expect(noReason.ok ? [] : noReason.issues.map((i) => i.code)).toEqual([
      'round.reason_required',
    ]);
    await mustApply(store, step('reopen', '04', 6, { reason: 'Sửa số liệu sau hội nghị' }));
    expect(await stateOf(store, PARTS[1]!)).toBe('reopened');
    const stored = await store.listRounds({ programme: PROGRAMME, orgUnit: '04' });
    expect(stored[0]).toMatchObject({ by: 'user-04', reason: 'Sửa số liệu sau hội nghị' });
    await expectCadreError(
      store.applyRoundTransition({ ...step('submit', PARTS[0]!, 7), programme: 'NONE' }),
      'not_found',
    );
  }),

  storeCase('a locked period refuses a write whole, in every mode, and says why', async (store) => {
    await seed(store);
    await lockAll(store);
    const before = await everything(store);
    for (const mode of ['all_or_nothing', 'skip_bad_rows'] as const) {
      const summary = await store.importBatch(
        // One figure in the locked period, one outside it, and a unit change: none may land.
        {
          orgUnits: [{ code: '04-SXD', name: 'Sở Xây dựng', level: 'agency', parentCode: '04' }],
          observations: [obs(PARTS[0]!, 9), obs(PARTS[1]!, 4, '2019-02-01')],
        },
        { mode, by: 'importer', at: '2019-01-11T08:00:00+07:00' },
      );
      expect(summary).toMatchObject({ imported: 0, updated: 0, ignored: summary.read });
      const frozen = summary.issues.filter((i) => i.code === 'round.period_frozen');
      expect(frozen.map((i) => i.path)).toEqual([['observations', 0]]);
      expect(frozen[0]?.message).toContain('2018-01-01..2018-12-31');
      expect(frozen[0]?.message).toContain('locked');
      expect(frozen[0]?.messageVi?.length ?? 0).toBeGreaterThan(0);
    }
    const thrown = await expectCadreError(store.saveObservations([obs(PARTS[1]!, 8)]), 'conflict');
    expect((thrown.details as { code: string }[])[0]?.code).toBe('round.period_frozen');
    expect(await store.getOrgUnit('04-SXD')).toBeNull();
    expect(await everything(store)).toEqual(before);
  }),

  storeCase('a submitted round refuses writes until it is reopened', async (store) => {
    await seed(store);
    await mustApply(store, step('submit', PARTS[0]!, 1));
    const refused = await store.importBatch({ observations: [obs(PARTS[0]!, 5)] });
    expect(refused.issues.map((i) => i.code)).toEqual(['round.period_frozen']);
    expect(refused.issues[0]?.message).toContain('submitted');
    // The other part's figures are not frozen by its sibling.
    expect(await store.importBatch({ observations: [obs(PARTS[1]!, 5)] })).toMatchObject({
      updated: 1,
      issues: [],
    });
    await mustApply(
      store,
      step('reopen', PARTS[0]!, 2, { by: 'user-04', reason: 'Thiếu 2 người' }),
    );
    expect(await store.importBatch({ observations: [obs(PARTS[0]!, 5)] })).toMatchObject({
      updated: 1,
      issues: [],
    });
  }),

  storeCase('the audit log records who, when and what for every step', async (store) => {
    await seed(store);
    await store.importBatch(
      { observations: [obs(PARTS[0]!, 7), obs(PARTS[1]!, 3)] },
      { by: 'xa-a', at: '2019-01-06T10:00:00+07:00', idempotencyKey: 'file-2' },
    );
    await lockAll(store);
    const log = await readAll((p) => store.listAudit(p), 2);
    expect(log.map((e) => [e.action, e.orgUnit, e.by])).toEqual([
      // One entry per unit of a change, in unit order: 04-SGD before 04-SYT.
      ['write', PARTS[1], 'importer'],
      ['write', PARTS[0], 'importer'],
      // The second file changed only the first part's figure: equal rows leave no trace.
      ['write', PARTS[0], 'xa-a'],
      ['submit', PARTS[0], `user-${PARTS[0]}`],
      ['submit', PARTS[1], `user-${PARTS[1]}`],
      ['approve', '04', 'user-04'],
      ['lock', '04', 'user-04'],
    ]);
    expect(log[0]).toMatchObject({
      importId: 'file-1',
      before: [],
      at: '2019-01-05T09:00:00+07:00',
    });
    expect(log[1]?.after.map((o) => o.value)).toEqual([3]);
    expect(log[2]).toMatchObject({
      importId: 'file-2',
      period: { start: '2018-03-01', end: '2018-03-01' },
    });
    expect(log[2]?.before.map((o) => o.value)).toEqual([3]);
    expect(log[2]?.after.map((o) => o.value)).toEqual([7]);
    expect(log.map((e) => e.seq)).toEqual([...log.map((e) => e.seq)].sort((a, b) => a - b));
    const byUnit = await store.listAudit({ orgUnit: PARTS[0]! });
    expect(byUnit.items.map((e) => e.action)).toEqual(['write', 'write', 'submit']);
    expect((await store.listAudit({ by: 'xa-a' })).items).toHaveLength(1);
    const window = await store.listAudit({
      from: '2019-01-06T00:00:00+07:00',
      to: '2019-01-10T08:02:00+07:00',
    });
    expect(window.items.map((e) => e.action)).toEqual(['write', 'submit', 'submit']);
    expect(
      (await store.listAudit({ period: { start: '2019-01-01', end: '2019-12-31' } })).items,
    ).toEqual([]);
  }),

  storeCase('a transaction that rolls back leaves no round and no audit entry', async (store) => {
    await seed(store);
    const before = await everything(store);
    await expect(
      store.transaction(async (tx) => {
        await tx.applyRoundTransition(step('submit', PARTS[0]!, 1));
        await tx.importBatch({ observations: [obs(PARTS[1]!, 11)] });
        throw new Error('rolled back on purpose');
      }),
    ).rejects.toThrow('rolled back on purpose');
    expect(await everything(store)).toEqual(before);
  }),
];
