import { describe, expect, it } from 'vitest';
import { emptyStore, PROGRAMME, STORE_KINDS } from '../__fixtures__/seed.js';
import { apiKeys } from '../auth/api-keys.js';
import { createCadreApi } from '../index.js';
import { PROBLEM_CONTENT_TYPE } from '../problem/problem.js';
import { AttainmentReportSchema } from '../schemas/attainment.js';

const COMMUNES = [
  { code: '04001', name: 'Xã Một', level: 'commune', parentCode: '04' },
  { code: '04002', name: 'Xã Hai', level: 'commune', parentCode: '04' },
];
const ROUND = { programme: PROGRAMME.code, period: { start: '2019-01-01', end: '2019-12-31' } };
const KEYS = {
  commune: 'k-xa-04001-officer-1',
  commune2: 'k-xa-04002-officer-1',
  province: 'k-tinh-04-approver-1',
  audit: 'k-thanh-tra-04-reader',
};
const auth = apiKeys({
  [KEYS.commune]: { id: 'xa-04001', scopes: ['write', 'aggregate'], orgUnits: ['04001'] },
  [KEYS.commune2]: { id: 'xa-04002', scopes: ['write', 'aggregate'], orgUnits: ['04002'] },
  [KEYS.province]: { id: 'tinh-04', scopes: ['write', 'aggregate'], orgUnits: ['04'] },
  [KEYS.audit]: { id: 'thanh-tra', scopes: ['audit'], orgUnits: ['04'] },
});
const figure = (orgUnit: string, value: number) => ({
  programme: PROGRAMME.code,
  indicator: 'master_education',
  orgUnit,
  date: '2019-05-20',
  value,
});

// Runs on the memory store always, and on SQLite where the run enables it (see TEST_STORES).
const kinds = STORE_KINDS.filter(
  (k) => k === 'memory' || (process.env.CADRE_HTTP_STORES ?? '').includes(k),
);

for (const kind of kinds) {
  describe(`a reporting round over HTTP on the ${kind} store`, () => {
    it('commune submits, province approves and locks, the locked period refuses writes', async () => {
      const store = await emptyStore(kind);
      await store.saveOrgUnits([{ code: '04', name: 'Cao Bằng', level: 'province' }, ...COMMUNES]);
      await store.createProgramme(PROGRAMME);
      // A clock one minute further on each reading, so every entry has its own time.
      let tick = Date.parse('2019-12-20T01:00:00Z');
      const now = () => {
        tick += 60_000;
        return new Date(tick);
      };
      const app = createCadreApi({ store, auth, now });
      const post = (key: string, path: string, body: unknown) =>
        app.request(path, {
          method: 'POST',
          headers: { 'X-Api-Key': key, 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
      const act = (key: string, action: string, orgUnit: string, extra = {}) =>
        post(key, `/rounds/${action}`, { ...ROUND, orgUnit, ...extra });
      const get = (key: string, path: string) =>
        app.request(path, { headers: { 'X-Api-Key': key } });
      // Each key's attainment answer, checked against its OpenAPI schema: the rounds it carries.
      const roundsIn = async (key: string, query = '') => {
        const res = await get(key, `/attainment?programme=12-CTr%2FTU&asOf=2019-12-31${query}`);
        expect(res.status, await res.clone().text()).toBe(200);
        const answer = AttainmentReportSchema.parse(await res.json());
        return answer.rounds.map(
          (r) =>
            `${r.orgUnit} ${r.period.start}..${r.period.end}: ${r.summary.en} | ${r.summary.vi}`,
        );
      };
      expect(await roundsIn(KEYS.province)).toEqual([]);

      const imported = await post(KEYS.commune, '/imports', { observations: [figure('04001', 3)] });
      expect(imported.status, await imported.clone().text()).toBe(200);
      expect(
        (await post(KEYS.commune2, '/imports', { observations: [figure('04002', 4)] })).status,
      ).toBe(200);

      // A commune may not act for its neighbour, nor approve its own round.
      expect((await act(KEYS.commune, 'submit', '04002')).status).toBe(403);
      const early = await act(KEYS.province, 'approve', '04');
      expect(early.status).toBe(409);
      expect(((await early.json()) as { detail: string }).detail).toContain('04001, 04002');

      expect((await act(KEYS.commune, 'submit', '04001')).status).toBe(200);
      expect((await act(KEYS.commune2, 'submit', '04002')).status).toBe(200);
      const denied = await act(KEYS.commune, 'approve', '04001');
      expect(denied.status).toBe(403);
      expect(denied.headers.get('content-type')).toBe(PROBLEM_CONTENT_TYPE);
      const problem = (await denied.json()) as { issues: { code: string; path: unknown[] }[] };
      expect(problem.issues[0]).toMatchObject({
        code: 'round.not_permitted',
        path: ['body', 'orgUnit'],
      });

      const approved = await act(KEYS.province, 'approve', '04');
      expect(approved.status).toBe(200);
      expect(((await approved.json()) as { summary: { en: string } }).summary.en).toBe(
        'round: approved · 2 of 2 communes approved',
      );
      expect(await roundsIn(KEYS.province)).toEqual([
        '04 2019-01-01..2019-12-31: round: approved · 2 of 2 communes approved | đợt báo cáo: đã duyệt · 2/2 xã đã duyệt',
      ]);
      expect((await act(KEYS.province, 'lock', '04')).status).toBe(200);
      // Read after the lock: a cached answer of the approved round is not served again.
      expect(await roundsIn(KEYS.province)).toEqual([
        '04 2019-01-01..2019-12-31: round: locked · 2 of 2 communes approved | đợt báo cáo: đã khóa sổ · 2/2 xã đã duyệt',
      ]);
      expect(await roundsIn(KEYS.commune)).toEqual([
        '04001 2019-01-01..2019-12-31: round: locked | đợt báo cáo: đã khóa sổ',
      ]);
      // A period the round does not overlap has no round to speak of.
      expect(await roundsIn(KEYS.province, '&periodStart=2020-01-01&periodEnd=2020-12-31')).toEqual(
        [],
      );
      const q = `programme=${encodeURIComponent(PROGRAMME.code)}&period=2019-01-01..2019-12-31`;
      const state = (await (await get(KEYS.commune, `/rounds?${q}&orgUnit=04001`)).json()) as {
        state: string;
      };
      expect(state.state).toBe('locked');

      const before = await store.listObservations({ programme: PROGRAMME.code, limit: 1000 });
      const refused = await post(KEYS.commune, '/imports', { observations: [figure('04001', 5)] });
      expect(refused.status).toBe(400);
      const refusal = (await refused.json()) as { detail: string; issues: { code: string }[] };
      expect(refusal.issues.map((i) => i.code)).toContain('round.period_frozen');
      expect(refusal.detail).toContain('2019-01-01..2019-12-31');
      expect(refusal.detail).toContain('locked');
      expect(await store.listObservations({ programme: PROGRAMME.code, limit: 1000 })).toEqual(
        before,
      );

      const noReason = await act(KEYS.province, 'reopen', '04');
      expect(noReason.status).toBe(400);
      expect(
        (await act(KEYS.province, 'reopen', '04', { reason: 'Sửa số liệu xã Một' })).status,
      ).toBe(200);
      expect(
        (await post(KEYS.commune, '/imports', { observations: [figure('04001', 5)] })).status,
      ).toBe(200);
      expect(await roundsIn(KEYS.province)).toEqual([
        '04 2019-01-01..2019-12-31: round: reopened (reason: Sửa số liệu xã Một) · 0 of 2 communes approved | đợt báo cáo: đã mở lại (lý do: Sửa số liệu xã Một) · 0/2 xã đã duyệt',
      ]);

      // The audit log: who, when (the server's clock) and what changed, filtered by unit and who.
      expect((await get(KEYS.province, '/audit?orgUnit=04001')).status).toBe(403);
      const log = (await (await get(KEYS.audit, '/audit?orgUnit=04001')).json()) as {
        items: {
          action: string;
          by: string;
          at: string;
          before: unknown[];
          after: { value: unknown }[];
        }[];
      };
      expect(log.items.map((e) => `${e.by} ${e.action}`)).toEqual([
        'xa-04001 write',
        'xa-04001 submit',
        'xa-04001 write',
      ]);
      expect(log.items.every((e) => Date.parse(e.at) > Date.parse('2019-12-20T01:00:00Z'))).toBe(
        true,
      );
      expect(log.items[2]?.before).toHaveLength(1);
      const province = (await (await get(KEYS.audit, '/audit?orgUnit=04&by=tinh-04')).json()) as {
        items: { action: string }[];
      };
      expect(province.items.map((e) => e.action)).toEqual(['approve', 'lock', 'reopen']);
      const outside = await get(KEYS.audit, '/audit?orgUnit=19');
      expect(outside.status).toBe(403);
    });
  });
}
