import type { ObservationInput, OrgUnitInput, ProgrammeInput } from '@cadre/core';
import { apiKeys } from '../auth/api-keys.js';
import type { Principal } from '../auth/principal.js';
import { createCadreApi } from '../index.js';
import { emptyStore, type StoreKind } from './seed.js';

const REFORM = { date: '2025-07-01', reference: '202/2025/QH15' };
const former = (code: string, name: string, successor: string): OrgUnitInput => ({
  code: `pre2025:${code}`,
  name,
  level: 'province',
  parentCode: 'VN',
  validTo: '2025-06-30',
  successors: [{ code: successor, ...REFORM }],
});

/**
 * The 1/7/2025 change for three provinces (NQ 202/2025/QH15): Cao Bằng re-coded to 04, Bắc Kạn
 * and the former Thái Nguyên merged into Thái Nguyên (19); a district of the former Bắc Kạn.
 */
export const MERGER_UNITS: OrgUnitInput[] = [
  { code: 'VN', name: 'Việt Nam', level: 'country' },
  former('cao-bang', 'Cao Bằng', '04'),
  former('bac-kan', 'Bắc Kạn', '19'),
  former('thai-nguyen', 'Thái Nguyên', '19'),
  {
    code: 'pre2025:bach-thong',
    name: 'Huyện Bạch Thông',
    level: 'district',
    parentCode: 'pre2025:bac-kan',
    validTo: '2025-06-30',
  },
  { code: '04', name: 'Cao Bằng', level: 'province', parentCode: 'VN', validFrom: '2025-07-01' },
  { code: '19', name: 'Thái Nguyên', level: 'province', parentCode: 'VN', validFrom: '2025-07-01' },
];

const PHASE = { start: '2021-01-01', end: '2025-12-31' };

/**
 * Programme NK of the worked example: a 2021–2025 target on Cao Bằng, named at the period's end
 * (04), and on Bắc Kạn, which ceased within it (its former code).
 */
export const NK: ProgrammeInput = {
  code: 'NK',
  title: { vi: 'Đào tạo cán bộ' },
  period: { kind: 'phase', ...PHASE },
  indicators: [{ code: 'dt', name: { vi: 'Đào tạo cán bộ' } }],
  targets: [
    { indicator: 'dt', orgUnit: '04', period: PHASE, value: 100 },
    { indicator: 'dt', orgUnit: 'pre2025:bac-kan', period: PHASE, value: 100 },
  ],
};

/** A figure of NK. */
export const nkFigure = (orgUnit: string, date: string, value: number): ObservationInput => ({
  programme: 'NK',
  indicator: 'dt',
  orgUnit,
  date,
  value,
});

/** Each figure recorded under the unit of its date. */
export const NK_FIGURES: ObservationInput[] = [
  nkFigure('pre2025:cao-bang', '2023-06-01', 40),
  nkFigure('04', '2025-09-01', 30),
  nkFigure('pre2025:bac-kan', '2024-06-01', 20),
  nkFigure('19', '2025-10-01', 25),
];

/** API keys of the merger tests, by the unit they are scoped to. */
export const MERGER_KEYS = {
  national: 'k-national-admin-0001',
  caoBang: 'k-cao-bang-0000004',
  thaiNguyen: 'k-thai-nguyen-000019',
  formerBacKan: 'k-pre2025-bac-kan',
  formerCaoBang: 'k-pre2025-cao-bang',
} as const;

const principal = (id: string, orgUnits: string[]): Principal => ({
  id,
  scopes: ['read', 'write'],
  orgUnits,
});

/**
 * An API over a store holding the merger units, programme NK and its figures.
 * @example
 * const { app } = await mergerApi('sqlite');
 */
export async function mergerApi(kind: StoreKind) {
  const store = await emptyStore(kind);
  await store.saveOrgUnits(MERGER_UNITS);
  await store.createProgramme(NK);
  await store.saveObservations(NK_FIGURES);
  const app = createCadreApi({
    store,
    auth: apiKeys({
      [MERGER_KEYS.national]: principal('national', ['*']),
      [MERGER_KEYS.caoBang]: principal('cao-bang', ['04']),
      [MERGER_KEYS.thaiNguyen]: principal('thai-nguyen', ['19']),
      [MERGER_KEYS.formerBacKan]: principal('former-bac-kan', ['pre2025:bac-kan']),
      [MERGER_KEYS.formerCaoBang]: principal('former-cao-bang', ['pre2025:cao-bang']),
    }),
  });
  return { app, store };
}
