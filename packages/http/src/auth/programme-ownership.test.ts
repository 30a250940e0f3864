import type { ProgrammeInput } from '@cadre/core';
import { describe, expect, it } from 'vitest';
import { ORG_UNITS, PERIOD, PRINCIPALS, seededStore } from '../__fixtures__/seed.js';
import { createCadreApi } from '../index.js';
import { apiKeys } from './api-keys.js';

// Hà Nội (01) and Cao Bằng (04) are provinces; CB-OWN belongs to Cao Bằng, NATIONAL to nobody.
const HA_NOI = 'k-ha-noi-officer-0001';
const CAO_BANG = 'k-cao-bang-officer-0001';
const NATIONAL = 'k-national-admin-0001';

const cbOwn: ProgrammeInput = {
  code: 'CB-OWN',
  title: { vi: 'Chương trình riêng của Cao Bằng' },
  orgUnit: '04',
  period: { kind: 'phase', ...PERIOD },
  indicators: [{ code: 'rotation', name: { vi: 'Luân chuyển cán bộ' } }],
  targets: [{ indicator: 'rotation', orgUnit: '04', period: PERIOD, value: 10 }],
};
const nationalProgramme: ProgrammeInput = { ...cbOwn, code: 'NATIONAL', targets: [] };
delete (nationalProgramme as { orgUnit?: string }).orgUnit;

async function api() {
  const store = await seededStore();
  await store.saveOrgUnits([
    ...ORG_UNITS,
    { code: '01', name: 'Hà Nội', level: 'province', parentCode: 'VN' },
    { code: '01.SNV', name: 'Sở Nội vụ Hà Nội', level: 'agency', parentCode: '01' },
  ]);
  await store.createProgramme(cbOwn);
  await store.createProgramme(nationalProgramme);
  const app = createCadreApi({
    store,
    auth: apiKeys({
      ...PRINCIPALS,
      [HA_NOI]: { id: 'ha-noi-officer', scopes: ['read', 'write'], orgUnits: ['01'] },
      [CAO_BANG]: { id: 'cao-bang-officer', scopes: ['read', 'write'], orgUnits: ['04'] },
      [NATIONAL]: { id: 'national-admin', scopes: ['read', 'write'], orgUnits: ['*'] },
    }),
  });
  const send = async (key: string, method: string, path: string, body: unknown) => {
    const res = await app.request(path, {
      method,
      headers: { 'X-Api-Key': key, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  return { store, send };
}

const target = (orgUnit: string) => ({ indicator: 'rotation', orgUnit, period: PERIOD, value: 5 });
const observation = (programme: string, orgUnit: string) => ({
  programme,
  indicator: 'rotation',
  orgUnit,
  date: '2019-05-10',
  value: 2,
});
const codes = (body: Record<string, unknown>) =>
  (body.issues as { code: string }[]).map((i) => i.code);

describe('programme ownership on every write route', () => {
  it('refuses Hà Nội writing targets into Cao Bằng’s programme (PUT …/targets), and writes nothing', async () => {
    const { store, send } = await api();
    const r = await send(HA_NOI, 'PUT', '/programmes/CB-OWN/targets', {
      targets: [target('01')],
    });
    expect(r.status).toBe(403);
    expect(codes(r.body)).toContain('auth.programme_owner');
    expect((await store.getProgramme('CB-OWN'))?.targets).toHaveLength(1);
  });

  it('refuses Hà Nội’s targets and observations for CB-OWN through POST /imports', async () => {
    const { store, send } = await api();
    const targets = await send(HA_NOI, 'POST', '/imports', {
      targets: [{ ...target('01'), programme: 'CB-OWN' }],
    });
    expect(targets.status).toBe(403);
    expect(codes(targets.body)).toEqual(['auth.programme_owner']);
    const observations = await send(HA_NOI, 'POST', '/imports', {
      observations: [observation('CB-OWN', '01'), observation('CB-OWN', '01.SNV')],
    });
    expect(observations.status).toBe(403);
    expect(codes(observations.body)).toEqual(['auth.programme_owner', 'auth.programme_owner']);
    expect((await store.listObservations({ programme: 'CB-OWN' })).items).toEqual([]);
  });

  it('refuses Hà Nội redefining CB-OWN (PUT /programmes/{code}, POST /imports programmes)', async () => {
    const { send } = await api();
    const put = await send(HA_NOI, 'PUT', '/programmes/CB-OWN', { ...cbOwn, orgUnit: '01' });
    expect(put.status).toBe(403);
    const imported = await send(HA_NOI, 'POST', '/imports', {
      programmes: [{ ...cbOwn, orgUnit: '01' }],
    });
    expect(imported.status).toBe(403);
  });

  it('answers a programme that does not exist exactly as one owned elsewhere', async () => {
    const { send } = await api();
    const foreign = await send(HA_NOI, 'PUT', '/programmes/CB-OWN/targets', {
      targets: [target('01')],
    });
    const missing = await send(HA_NOI, 'PUT', '/programmes/NO-SUCH/targets', {
      targets: [target('01')],
    });
    expect(missing.status).toBe(foreign.status);
    const strip = (b: Record<string, unknown>) =>
      JSON.stringify(b.issues).replaceAll('CB-OWN', 'X').replaceAll('NO-SUCH', 'X');
    expect(strip(missing.body)).toBe(strip(foreign.body));
  });

  it('lets the owner, and a key above it, set targets and record observations', async () => {
    const { send } = await api();
    for (const key of [CAO_BANG, NATIONAL]) {
      expect(
        (await send(key, 'PUT', '/programmes/CB-OWN/targets', { targets: [target('04.SYT')] }))
          .status,
      ).toBe(200);
      expect(
        (await send(key, 'POST', '/imports', { observations: [observation('CB-OWN', '04.SYT')] }))
          .status,
      ).toBe(200);
    }
  });

  it('lets another unit record its own units in a national programme, but not set its targets', async () => {
    const { send } = await api();
    const obs = await send(HA_NOI, 'POST', '/imports', {
      observations: [observation('NATIONAL', '01.SNV')],
    });
    expect(obs.status).toBe(200);
    const targets = await send(HA_NOI, 'PUT', '/programmes/NATIONAL/targets', {
      targets: [target('01')],
    });
    expect(targets.status).toBe(403);
  });
});
