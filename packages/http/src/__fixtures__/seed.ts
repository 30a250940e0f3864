import {
  type CadreStore,
  createMemoryStore,
  type ObservationInput,
  type OrgUnitInput,
  type PersonInput,
  type ProgrammeInput,
} from '@cadre/core';
import type { RequestLogEntry } from '../api/logger.js';
import { apiKeys } from '../auth/api-keys.js';
import type { Principal } from '../auth/principal.js';
import { createCadreApi } from '../index.js';

// Province codes as the national register numbers them; Bắc Kạn merged into Thái Nguyên on 1/7/2025
// (NQ 202/2025/QH15), and its old spelling "Bắc Cạn" appears in QĐ 106.
export const ORG_UNITS: OrgUnitInput[] = [
  { code: 'VN', name: 'Việt Nam', level: 'country' },
  { code: '04', name: 'Cao Bằng', level: 'province', parentCode: 'VN' },
  { code: '04.SYT', name: 'Sở Y tế Cao Bằng', level: 'agency', parentCode: '04' },
  {
    code: '06',
    name: 'Bắc Kạn',
    level: 'province',
    parentCode: 'VN',
    validTo: '2025-06-30',
    aliases: ['Bắc Cạn'],
    successors: [{ code: '19', date: '2025-07-01', reference: '202/2025/QH15' }],
  },
  { code: '06.BT', name: 'Huyện Bạch Thông', level: 'district', parentCode: '06' },
  { code: '19', name: 'Thái Nguyên', level: 'province', parentCode: 'VN' },
  { code: '40', name: 'Nghệ An', level: 'province', parentCode: 'VN' },
];

export const PERIOD = { start: '2016-05-09', end: '2020-12-31' };

/** Programme 12-CTr/TU of Cao Bằng (seed 004): targets recovered from the review of 20/5/2019. */
export const PROGRAMME: ProgrammeInput = {
  code: '12-CTr/TU',
  title: { vi: 'Nâng cao chất lượng cán bộ lãnh đạo, quản lý trẻ', en: 'Young leaders and managers' },
  orgUnit: '04',
  period: { kind: 'phase', ...PERIOD },
  indicators: [
    { code: 'master_education', name: { vi: 'Thạc sĩ ngành giáo dục' }, basis: 'chỉ tiêu' },
    { code: 'master_health', name: { vi: 'Thạc sĩ, CKI ngành y tế' }, verb: 'bằng' },
    { code: 'rotation', name: { vi: 'Luân chuyển cán bộ' }, verb: 'bằng' },
  ],
  targets: [
    { indicator: 'master_education', orgUnit: '04', period: PERIOD, value: 10 },
    { indicator: 'master_health', orgUnit: '04', period: PERIOD, value: 41 },
    { indicator: 'rotation', orgUnit: '04', period: PERIOD, value: 40 },
  ],
};

export const OBSERVATIONS: ObservationInput[] = [
  { programme: '12-CTr/TU', indicator: 'master_education', orgUnit: '04', date: '2018-12-31', value: 30 },
  { programme: '12-CTr/TU', indicator: 'master_health', orgUnit: '04', date: '2018-12-31', value: 117 },
  { programme: '12-CTr/TU', indicator: 'rotation', orgUnit: '04', date: '2019-05-01', value: 24 },
];

/** Person-level records: personal data under NĐ 13/2023/NĐ-CP. */
export const PERSONS: PersonInput[] = [
  {
    id: 'cb-0001',
    name: 'Nông Thị Hoa',
    birthDate: '1984-03-02',
    sex: 'female',
    ethnicMinority: true,
    employment: 'civil_servant',
    orgUnit: '04.SYT',
  },
  {
    // Close to retirement: a succession pool with her falls short of a full term.
    id: 'cb-0002',
    name: 'Hà Thị Lan',
    birthDate: '1968-03-10',
    sex: 'female',
    ethnicMinority: false,
    employment: 'cadre',
    orgUnit: '04',
  },
  {
    id: 'bk-0001',
    name: 'Hoàng Văn Minh',
    birthDate: '1979-11-20',
    sex: 'male',
    ethnicMinority: true,
    employment: 'cadre',
    orgUnit: '06.BT',
  },
];

const p = (id: string, scopes: Principal['scopes'], orgUnits: string[]): Principal => ({
  id,
  scopes,
  orgUnits,
});

/** API keys of the tests, by who holds them. */
export const KEYS = {
  national: 'k-national-admin-0001',
  caoBang: 'k-cao-bang-officer-01',
  caoBangAggregate: 'k-cao-bang-aggregate',
  ministryAggregate: 'k-ministry-aggregate',
  writeOnly: 'k-write-only-loader-01',
  caoBangAudit: 'k-cao-bang-auditor-01',
} as const;

export const PRINCIPALS: Record<string, Principal> = {
  [KEYS.national]: p('national-admin', ['read', 'write', 'aggregate'], ['*']),
  [KEYS.caoBang]: p('cao-bang-officer', ['read', 'write'], ['04']),
  [KEYS.caoBangAggregate]: p('cao-bang-dashboard', ['aggregate'], ['04']),
  [KEYS.ministryAggregate]: p('ministry-dashboard', ['aggregate'], ['*']),
  [KEYS.writeOnly]: p('loader', ['write'], ['*']),
  [KEYS.caoBangAudit]: p('cao-bang-inspector', ['audit'], ['04']),
};

/** The engines the API tests can run on. */
export const STORE_KINDS = ['memory', 'sqlite'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

/**
 * The engines this run uses: CADRE_HTTP_STORES=memory,sqlite. SQLite is opt-in because loading
 * `@cadre/sql` under the test runner currently fails inside `pg` (its CommonJS `require('pg-pool')`
 * receives an ES module); under plain Node it loads, and the load benchmark uses it.
 */
export const TEST_STORES: StoreKind[] = STORE_KINDS.filter((k) =>
  (process.env.CADRE_HTTP_STORES ?? 'memory').split(',').includes(k),
);

/** An empty store of the kind. */
export async function emptyStore(kind: StoreKind): Promise<CadreStore> {
  if (kind === 'memory') return createMemoryStore();
  const { createSqliteStore } = await import('@cadre/sql');
  return createSqliteStore({ filename: ':memory:' });
}

/**
 * Fills a store with the seed tree, programme, observations and persons.
 * @example
 * const store = await seededStore('sqlite');
 */
export async function seededStore(kind: StoreKind = 'memory'): Promise<CadreStore> {
  const store = await emptyStore(kind);
  await store.saveOrgUnits(ORG_UNITS);
  await store.createProgramme(PROGRAMME);
  await store.saveObservations(OBSERVATIONS);
  await store.savePersons(PERSONS);
  return store;
}

/**
 * A seeded API with the test keys and a log that records every entry.
 * @example
 * const { app, log } = await testApi();
 */
export async function testApi(options: { maxBodyBytes?: number; store?: StoreKind } = {}) {
  const { store: kind = 'memory', ...rest } = options;
  const store = await seededStore(kind);
  const log: RequestLogEntry[] = [];
  const app = createCadreApi({
    store,
    auth: apiKeys(PRINCIPALS),
    logger: (entry) => log.push(entry),
    ...rest,
  });
  return { app, store, log };
}
