import { describe, expect, it } from 'vitest';
import { MERGER_KEYS, mergerApi, nkFigure } from '../__fixtures__/merger-2025.js';
import { TEST_STORES } from '../__fixtures__/seed.js';
import { send } from '../__fixtures__/send.js';
import { AttainmentReportSchema } from '../schemas/attainment.js';

const AS_OF = '2025-12-31';
type Report = ReturnType<typeof AttainmentReportSchema.parse>;

// Scope decisions (which units a key reaches, which rows it sees, what it may write) hold on
// every engine. The figures summed across lineage are checked on the memory store, the core's
// reference; a SQL store follows lineage in its own pushdown.
for (const kind of TEST_STORES) {
  describe(`org scopes through lineage (${kind})`, () => {
    const get = async (key: string, query = '') => {
      const { app } = await mergerApi(kind);
      const res = await send(app, 'GET', {
        path: `/attainment?programme=NK&asOf=${AS_OF}${query}`,
        key,
      });
      const body = (await res.json()) as Report & { issues: { path: unknown[] }[] };
      if (res.status === 200) AttainmentReportSchema.parse(body);
      return { status: res.status, body, text: JSON.stringify(body) };
    };

    it('a key on today’s Cao Bằng (04) reads the figures recorded under its pre-2025 code', async () => {
      const { status, body, text } = await get(MERGER_KEYS.caoBang);
      expect(status).toBe(200);
      expect(body.rows.map((r) => r.orgUnit)).toEqual(['04']);
      // Nothing of another province: not Bắc Kạn's figures, not Thái Nguyên's.
      expect(text).not.toContain('bac-kan');
      expect(text).not.toContain('"19"');
      if (kind === 'memory') {
        // 40 recorded under pre2025:cao-bang in 2023, 30 under 04 after the re-coding.
        expect(body.rows[0]).toMatchObject({ target: '100', actual: '70' });
        expect(body.accounting).toEqual({
          read: 2,
          counted: 2,
          countedValue: '70',
          notCounted: [],
        });
      }
      const former = await get(MERGER_KEYS.caoBang, '&orgUnit=pre2025:cao-bang');
      expect(former.status).toBe(200);
    });

    it('a key on Thái Nguyên (19) reads the former Bắc Kạn’s and the former Thái Nguyên’s history', async () => {
      for (const unit of ['pre2025:bac-kan', 'pre2025:thai-nguyen']) {
        expect((await get(MERGER_KEYS.thaiNguyen, `&orgUnit=${unit}`)).status, unit).toBe(200);
      }
      const { body } = await get(MERGER_KEYS.thaiNguyen, '&orgUnit=pre2025:bac-kan');
      expect(body.rows.map((r) => r.orgUnit)).toEqual(['pre2025:bac-kan']);
      if (kind === 'memory') expect(body.rows[0]).toMatchObject({ actual: '20' });
      // Rolled up to today's units, Bắc Kạn's target moves to 19, which the key holds.
      const rolled = await get(MERGER_KEYS.thaiNguyen, '&orgUnit=pre2025:bac-kan&rollup=current');
      expect(rolled.status).toBe(200);
      expect(rolled.body.rows.map((r) => r.orgUnit)).toEqual(['19']);
      if (kind === 'memory') expect(rolled.body.rows[0]).toMatchObject({ actual: '45' });
    });

    it('a key on the former Bắc Kạn sees Bắc Kạn’s history only, never Thái Nguyên’s', async () => {
      const own = await get(MERGER_KEYS.formerBacKan);
      expect(own.status).toBe(200);
      expect(own.body.rows.map((r) => r.orgUnit)).toEqual(['pre2025:bac-kan']);
      // Thái Nguyên's 25 (recorded under 19 after the merger) is neither counted nor named.
      expect(own.text).not.toContain('"19"');
      expect(own.text).not.toContain('thai-nguyen');
      if (kind === 'memory') {
        expect(own.body.rows[0]).toMatchObject({ target: '100', actual: '20' });
        expect(own.body.accounting).toMatchObject({ read: 1, counted: 1, notCounted: [] });
      }
      for (const unit of ['19', 'pre2025:thai-nguyen', '04']) {
        const other = await get(MERGER_KEYS.formerBacKan, `&orgUnit=${unit}`);
        expect(other.status, unit).toBe(403);
        expect(other.body.issues.map((i) => i.path)).toEqual([['query', 'orgUnit']]);
      }
      // Rolled up, its target would count at 19 with Thái Nguyên's figures: refused, unsummed.
      const rolled = await get(MERGER_KEYS.formerBacKan, '&rollup=current');
      expect(rolled.status).toBe(403);
      expect(rolled.body.issues.map((i) => i.path)).toEqual([['query', 'rollup']]);
      expect(rolled.text).not.toMatch(/"actual"|"accounting"/);
    });

    it('a national key sees every row accounted for, with the reason a figure is not counted', async () => {
      const { body } = await get(MERGER_KEYS.national);
      expect(body.rows.map((r) => r.orgUnit).sort()).toEqual(['04', 'pre2025:bac-kan']);
      if (kind === 'memory') {
        expect(body.accounting).toMatchObject({ read: 4, counted: 3, countedValue: '90' });
        expect(body.accounting?.notCounted).toEqual([
          {
            reason: 'no_target',
            indicator: 'dt',
            orgUnit: '19',
            rows: 1,
            value: '25',
            hint: 'rollup_current',
          },
        ]);
      }
    });

    it('writes follow the same reach: 04 writes for its former code, the former Bắc Kạn not for 19', async () => {
      const { app, store } = await mergerApi(kind);
      const write = (key: string, body: unknown) =>
        send(app, 'POST', { path: '/imports', key, body });
      const ok = await write(MERGER_KEYS.caoBang, {
        observations: [nkFigure('pre2025:cao-bang', '2024-03-01', 5)],
      });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({ read: 1, imported: 1 });
      const merged = await write(MERGER_KEYS.thaiNguyen, {
        observations: [nkFigure('pre2025:bac-kan', '2024-03-01', 6)],
      });
      expect(merged.status).toBe(200);

      const refused = await write(MERGER_KEYS.formerBacKan, {
        observations: [
          nkFigure('pre2025:bac-kan', '2024-04-01', 7),
          nkFigure('19', '2025-11-01', 8),
        ],
      });
      expect(refused.status).toBe(403);
      const problem = (await refused.json()) as { issues: { path: unknown[] }[] };
      expect(problem.issues.map((i) => i.path)).toEqual([['body', 'observations', 1, 'orgUnit']]);
      const kept = await store.listObservations({ programme: 'NK', from: '2024-04-01' });
      expect(kept.items.map((o) => o.date)).not.toContain('2024-04-01');
      expect(kept.items.map((o) => o.date)).not.toContain('2025-11-01');
    });

    it('a re-coding is one unit under two codes: a key on the former code writes for 04', async () => {
      const { app } = await mergerApi(kind);
      const res = await send(app, 'POST', {
        path: '/imports',
        key: MERGER_KEYS.formerCaoBang,
        body: { observations: [nkFigure('04', '2025-11-02', 3)] },
      });
      expect(res.status).toBe(200);
      const merged = await send(app, 'POST', {
        path: '/imports',
        key: MERGER_KEYS.formerCaoBang,
        body: { observations: [nkFigure('19', '2025-11-02', 3)] },
      });
      expect(merged.status).toBe(403);
    });

    it('a write may not link a unit into a lineage outside the caller’s scope', async () => {
      const { app } = await mergerApi(kind);
      const unit = (successor: string) => ({
        orgUnits: [
          {
            code: 'pre2025:bac-kan',
            name: 'Bắc Kạn',
            level: 'province',
            parentCode: 'VN',
            validTo: '2025-06-30',
            successors: [{ code: successor, date: '2025-07-01' }],
          },
        ],
      });
      // Its own successor link, already stored, may be written again; a new one to 04 may not.
      const same = await send(app, 'POST', {
        path: '/imports',
        key: MERGER_KEYS.formerBacKan,
        body: unit('19'),
      });
      expect(same.status).toBe(200);
      const moved = await send(app, 'POST', {
        path: '/imports',
        key: MERGER_KEYS.formerBacKan,
        body: unit('04'),
      });
      expect(moved.status).toBe(403);
      const problem = (await moved.json()) as { issues: { path: unknown[] }[] };
      expect(problem.issues.map((i) => i.path)).toEqual([
        ['body', 'orgUnits', 0, 'successors', 0, 'code'],
      ]);
    });

    it('answers 304 while unchanged and a new answer after a write, accounting included', async () => {
      const { app } = await mergerApi(kind);
      const path = `/attainment?programme=NK&asOf=${AS_OF}`;
      const first = await send(app, 'GET', { path, key: MERGER_KEYS.caoBang });
      const etag = first.headers.get('ETag') ?? '';
      const again = await send(
        app,
        'GET',
        { path, key: MERGER_KEYS.caoBang },
        {
          'If-None-Match': etag,
        },
      );
      expect(again.status).toBe(304);
      await send(app, 'POST', {
        path: '/imports',
        key: MERGER_KEYS.caoBang,
        body: { observations: [nkFigure('04', '2025-11-01', 5)] },
      });
      const after = await send(
        app,
        'GET',
        { path, key: MERGER_KEYS.caoBang },
        {
          'If-None-Match': etag,
        },
      );
      expect(after.status).toBe(200);
      expect(after.headers.get('ETag')).not.toBe(etag);
      const body = (await after.json()) as Report;
      if (kind === 'memory') {
        expect(body.rows[0]).toMatchObject({ actual: '75' });
        expect(body.accounting).toMatchObject({ read: 3, counted: 3, countedValue: '75' });
      }
    });
  });
}
