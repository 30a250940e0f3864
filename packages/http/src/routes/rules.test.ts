import { builtInRuleBook, listRulesInForce } from '@cadre/core';
import { describe, expect, it } from 'vitest';
import { KEYS, testApi } from '../__fixtures__/seed.js';
import { send } from '../__fixtures__/send.js';

interface Listing {
  asOf: string;
  kind: string | null;
  packs: { id: string; reference: string; effectiveFrom: string; verify: string[] }[];
}

async function list(query: string, key: string = KEYS.ministryAggregate) {
  const { app } = await testApi();
  const res = await send(app, 'GET', { path: `/rules?${query}`, key });
  return { status: res.status, body: (await res.json()) as Listing };
}

describe('GET /rules', () => {
  it('lists the performance pack of NĐ 335/2025 from 1/1/2026, and none the day before', async () => {
    const on = await list('asOf=2026-01-01&kind=performance_evaluation');
    expect(on.status).toBe(200);
    expect(on.body.asOf).toBe('2026-01-01');
    expect(on.body.kind).toBe('performance_evaluation');
    expect(on.body.packs.map((p) => [p.id, p.effectiveFrom])).toEqual([
      ['vn.performance-evaluation.nd-335-2025', '2026-01-01'],
    ]);
    expect(on.body.packs[0]?.reference).toContain('335/2025/NĐ-CP');
    const before = await list('asOf=2025-12-31&kind=performance_evaluation');
    expect(before.body.packs).toEqual([]);
  });

  it('answers what the core lists at each date, unverified items included', async () => {
    for (const asOf of ['2020-06-30', '2021-12-09', '2021-12-10', '2025-07-01', '2026-06-30']) {
      const { body } = await list(`asOf=${asOf}`);
      // The same listing `cadre rules list --format json` prints, through one core function.
      expect(body).toEqual(listRulesInForce(builtInRuleBook(), asOf));
    }
    const { body } = await list('asOf=2026-06-30');
    expect(body.packs.some((p) => p.verify.length > 0)).toBe(true);
  });

  it('refuses a missing review date: the API never reads the clock', async () => {
    const { app } = await testApi();
    const res = await send(app, 'GET', { path: '/rules', key: KEYS.ministryAggregate });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { issues: { path: unknown[] }[] };
    expect(body.issues.map((i) => i.path)).toContainEqual(['query', 'asOf']);
  });

  it('refuses a kind over the length limit', async () => {
    const { status } = await list(`asOf=2026-01-01&kind=${'a'.repeat(65)}`);
    expect(status).toBe(400);
  });
});
