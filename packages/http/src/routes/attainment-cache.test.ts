import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CadreStore, createMemoryStore, isCadreError } from '@cadre/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  KEYS,
  OBSERVATIONS,
  ORG_UNITS,
  PERIOD,
  PRINCIPALS,
  PROGRAMME,
  seededStore,
  TEST_STORES,
} from '../__fixtures__/seed.js';
import { send } from '../__fixtures__/send.js';
import { apiKeys } from '../auth/api-keys.js';
import { createCadreApi } from '../index.js';

const P = encodeURIComponent(PROGRAMME.code);
const REPORT = `/attainment?programme=${P}&asOf=2019-05-20`;
type Report = { rows: { indicator: string; orgUnit: string; actual: string }[] };

// The same store, counting the reports it computes: how a test sees whether an answer was reused.
function counted(store: CadreStore) {
  const calls = { reports: 0 };
  const wrapped: CadreStore = {
    ...store,
    queryAttainment: (query) => {
      calls.reports++;
      return store.queryAttainment(query);
    },
  };
  return { store: wrapped, calls };
}

const apiOver = (store: CadreStore, attainmentCacheBytes?: number) =>
  createCadreApi({
    store,
    auth: apiKeys(PRINCIPALS),
    ...(attainmentCacheBytes !== undefined && { attainmentCacheBytes }),
  });

async function get(app: ReturnType<typeof apiOver>, path: string, key: string, etag?: string) {
  const res = await send(app, 'GET', { path, key }, etag ? { 'If-None-Match': etag } : {});
  const text = await res.text();
  return { res, status: res.status, text, body: text ? (JSON.parse(text) as Report) : null };
}

const actualOf = (body: Report | null, indicator: string) =>
  body?.rows.find((r) => r.indicator === indicator)?.actual;

for (const kind of TEST_STORES) {
  describe(`attainment answers on the ${kind} store`, () => {
    it('computes a repeated report once, and answers its ETag with 304', async () => {
      const { store, calls } = counted(await seededStore(kind));
      const app = apiOver(store);
      const first = await get(app, REPORT, KEYS.ministryAggregate);
      const again = await get(app, REPORT, KEYS.ministryAggregate);
      expect(again.text).toBe(first.text);
      expect(calls.reports).toBe(1);
      const etag = first.res.headers.get('etag');
      expect(etag).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
      expect(first.res.headers.get('cache-control')).toBe('private, no-cache');

      const revalidated = await get(app, REPORT, KEYS.ministryAggregate, `W/${etag}`);
      expect(revalidated.status).toBe(304);
      expect(revalidated.text).toBe('');
      expect(revalidated.res.headers.get('etag')).toBe(etag);
      expect(revalidated.res.headers.get('x-request-id')).toMatch(/.+/);
      expect((await get(app, REPORT, KEYS.ministryAggregate, '"other"')).status).toBe(200);
    });

    it('shows a write through the API in the next report, with a new ETag', async () => {
      const app = apiOver(await seededStore(kind));
      const before = await get(app, REPORT, KEYS.ministryAggregate);
      expect(actualOf(before.body, 'rotation')).toBe('24');
      const write = await send(app, 'POST', {
        path: '/imports',
        key: KEYS.caoBang,
        body: { observations: [{ ...OBSERVATIONS[2], date: '2019-05-02', value: 6 }] },
      });
      expect(write.status).toBe(200);
      const etag = before.res.headers.get('etag') ?? '';
      const after = await get(app, REPORT, KEYS.ministryAggregate, etag);
      expect(after.status).toBe(200);
      expect(actualOf(after.body, 'rotation')).toBe('30');
      expect(after.res.headers.get('etag')).not.toBe(etag);
    });

    it('shows a write made straight to the store in the next report', async () => {
      const store = await seededStore(kind);
      const app = apiOver(store);
      expect(actualOf((await get(app, REPORT, KEYS.caoBangAggregate)).body, 'master_health')).toBe(
        '117',
      );
      await store.saveObservations([{ ...OBSERVATIONS[1]!, value: 120 }]);
      expect(actualOf((await get(app, REPORT, KEYS.caoBangAggregate)).body, 'master_health')).toBe(
        '120',
      );
    });

    it('keeps the ETag when a write leaves this answer as it was', async () => {
      const store = await seededStore(kind);
      const app = apiOver(store);
      const first = await get(app, REPORT, KEYS.caoBangAggregate);
      // A new unit under Nghệ An changes the data version but not Cao Bằng's figures.
      await store.saveOrgUnits([
        { code: '40.SNV', name: 'Sở Nội vụ Nghệ An', level: 'agency', parentCode: '40' },
      ]);
      const etag = first.res.headers.get('etag') ?? '';
      expect((await get(app, REPORT, KEYS.caoBangAggregate, etag)).status).toBe(304);
    });

    it('checks credentials and scope before the cache, for every request', async () => {
      const store = await seededStore(kind);
      // A quota for Nghệ An too, so the national answer differs from Cao Bằng's.
      await store.saveTargets([
        {
          programme: PROGRAMME.code,
          indicator: 'rotation',
          orgUnit: '40',
          period: PERIOD,
          value: 5,
        },
      ]);
      const app = apiOver(store);
      const national = await get(app, `${REPORT}&orgUnit=40`, KEYS.ministryAggregate);
      expect(national.status).toBe(200);
      const etag = national.res.headers.get('etag') ?? '';
      expect((await get(app, `${REPORT}&orgUnit=40`, 'not-a-key', etag)).status).toBe(401);
      // The province dashboard asks for the answer the ministry just got: refused, even with its tag.
      const other = await get(app, `${REPORT}&orgUnit=40`, KEYS.caoBangAggregate, etag);
      expect(other.status).toBe(403);
      // Without orgUnit it gets its own subtree, not the national answer of the same URL.
      const everything = await get(app, REPORT, KEYS.ministryAggregate);
      const own = await get(app, REPORT, KEYS.caoBangAggregate);
      expect(own.body?.rows.map((r) => r.orgUnit)).toEqual(['04', '04', '04']);
      expect(everything.body?.rows.map((r) => r.orgUnit).sort()).toEqual(['04', '04', '04', '40']);
    });
  });
}

describe('the attainment cache', () => {
  it('answers exactly as the uncached API for any mix of callers, queries and writes (property)', async () => {
    const callers = [KEYS.ministryAggregate, KEYS.caoBangAggregate, KEYS.caoBang, KEYS.national];
    const query = fc.record({
      key: fc.constantFrom(...callers),
      orgUnit: fc.constantFrom(undefined, '04', '04.SYT', '40', 'VN', '99'),
      lang: fc.constantFrom(undefined, 'vi', 'en'),
      asOf: fc.constantFrom('2018-12-31', '2019-05-20'),
    });
    const write = fc.record({
      direct: fc.boolean(),
      indicator: fc.constantFrom('master_education', 'master_health', 'rotation'),
      value: fc.nat(50),
    });
    const step = fc.oneof(
      { weight: 4, arbitrary: query.map((q) => ({ read: q })) },
      { weight: 1, arbitrary: write.map((w) => ({ write: w })) },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const store = await seededStore('memory');
        const cached = apiOver(store);
        const uncached = apiOver(store, 0);
        for (const s of steps) {
          if ('write' in s) {
            const row = {
              programme: PROGRAMME.code,
              orgUnit: '04',
              date: '2019-01-15',
              ...s.write,
            };
            const { direct, ...observation } = row;
            if (direct) await store.saveObservations([observation]);
            else
              await send(cached, 'POST', {
                path: '/imports',
                key: KEYS.national,
                body: { observations: [observation] },
              });
            continue;
          }
          const { key, orgUnit, lang, asOf } = s.read;
          const path = `/attainment?programme=${P}&asOf=${asOf}${orgUnit ? `&orgUnit=${orgUnit}` : ''}${lang ? `&lang=${lang}` : ''}`;
          const a = await get(cached, path, key);
          const b = await get(uncached, path, key);
          expect(a.status, path).toBe(b.status);
          // Problem bodies carry their own request id; answers must be byte for byte the same.
          if (a.status === 200) expect(a.text).toBe(b.text);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('computes every time with a size of 0, or for a store without dataVersion', async () => {
    for (const make of [
      async () => ({ ...counted(await seededStore()), bytes: 0 }),
      async () => {
        const { dataVersion: _none, ...rest } = await seededStore();
        return { ...counted(rest as CadreStore), bytes: undefined };
      },
    ]) {
      const { store, calls, bytes } = await make();
      const app = apiOver(store, bytes);
      for (let i = 0; i < 3; i++)
        expect((await get(app, REPORT, KEYS.ministryAggregate)).status).toBe(200);
      expect(calls.reports).toBe(3);
    }
  });

  it('keeps no answer larger than its size, and evicts the least recently used', async () => {
    const { store, calls } = counted(await seededStore());
    const tiny = apiOver(store, 16);
    await get(tiny, REPORT, KEYS.ministryAggregate);
    await get(tiny, REPORT, KEYS.ministryAggregate);
    expect(calls.reports).toBe(2);

    const { store: s2, calls: c2 } = counted(await seededStore());
    const other = `${REPORT}&lang=vi`;
    const size = async (path: string) =>
      Buffer.byteLength((await get(apiOver(s2, 0), path, KEYS.ministryAggregate)).text);
    const [a, b] = [await size(REPORT), await size(other)];
    c2.reports = 0;
    // Room for either answer (with its key) but not both: A, B, A computes three times; A, A once.
    const room = apiOver(s2, Math.floor(0.75 * (a + b)) + 80);
    for (const path of [REPORT, other, REPORT]) await get(room, path, KEYS.ministryAggregate);
    expect(c2.reports).toBe(3);
    await get(room, REPORT, KEYS.ministryAggregate);
    expect(c2.reports).toBe(3);
  });

  it('lets concurrent requests for one answer share a single computation', async () => {
    const { store, calls } = counted(await seededStore());
    const app = apiOver(store);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => get(app, REPORT, KEYS.ministryAggregate)),
    );
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(calls.reports).toBe(1);
  });

  it('refuses a cache size that is not a whole number of bytes', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      let caught: unknown;
      try {
        apiOver(createMemoryStore(), bad);
      } catch (error) {
        caught = error;
      }
      expect(isCadreError(caught) && caught.code).toBe('invalid_argument');
      expect(String((caught as Error).message)).toMatch(/^attainmentCacheBytes: expected/);
    }
  });

  it('finds a unit added straight to the store by name', async () => {
    const store = await seededStore();
    const app = apiOver(store);
    const lookup = (name: string) =>
      send(app, 'GET', {
        path: `/org-units/lookup?name=${encodeURIComponent(name)}`,
        key: KEYS.caoBang,
      });
    expect((await lookup('Sở Tư pháp Cao Bằng')).status).toBe(404);
    await store.saveOrgUnits([
      { code: '04.STP', name: 'Sở Tư pháp Cao Bằng', level: 'agency', parentCode: '04' },
    ]);
    expect((await lookup('Sở Tư pháp Cao Bằng')).status).toBe(200);
  });
});

// A second store object on the same file stands for another process (the CLI importing).
const { createSqliteStore } = await import('@cadre/sql');
const dir = mkdtempSync(join(tmpdir(), 'cadre-http-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('another process writing to the same SQLite file', () => {
  it('shows in the next report and the next scope check', async () => {
    const filename = join(dir, 'shared.db');
    const server = await createSqliteStore({ filename });
    const importer = await createSqliteStore({ filename });
    try {
      await server.saveOrgUnits(ORG_UNITS);
      await server.createProgramme(PROGRAMME);
      await server.saveObservations(OBSERVATIONS);
      const app = apiOver(server);
      const path = `${REPORT}&orgUnit=04.SNV`;
      // Unknown unit: nobody outside national scope may ask for it yet.
      expect((await get(app, path, KEYS.caoBangAggregate)).status).toBe(403);
      expect(actualOf((await get(app, REPORT, KEYS.caoBangAggregate)).body, 'rotation')).toBe('24');
      await importer.saveOrgUnits([
        { code: '04.SNV', name: 'Sở Nội vụ', level: 'agency', parentCode: '04' },
      ]);
      await importer.saveObservations([{ ...OBSERVATIONS[2]!, value: 31 }]);
      expect((await get(app, path, KEYS.caoBangAggregate)).status).toBe(200);
      expect(actualOf((await get(app, REPORT, KEYS.caoBangAggregate)).body, 'rotation')).toBe('31');
    } finally {
      await importer.close();
      await server.close();
    }
  });
});
