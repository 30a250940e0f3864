import type { CadreStore, ObservationInput, OrgUnitInput, ProgrammeInput } from '@cadre/core';
import type { Principal } from '@cadre/http';

const PERIOD = { start: '2016-05-09', end: '2020-12-31' };

export const ORG_UNITS: OrgUnitInput[] = [
  { code: 'VN', name: 'Việt Nam', level: 'country' },
  { code: '04', name: 'Cao Bằng', level: 'province', parentCode: 'VN' },
  { code: '40', name: 'Nghệ An', level: 'province', parentCode: 'VN' },
];

/** Programme 12-CTr/TU of Cao Bằng, with two of the figures reviewed on 20/5/2019. */
export const PROGRAMME: ProgrammeInput = {
  code: '12-CTr/TU',
  title: { vi: 'Nâng cao chất lượng cán bộ lãnh đạo, quản lý trẻ giai đoạn 2016 - 2020' },
  legalBasis: [{ number: '12', type: 'CTr', issuer: 'TU', date: '2016-05-09' }],
  orgUnit: '04',
  period: { kind: 'phase', ...PERIOD },
  indicators: [
    { code: 'master_education', name: { vi: 'Đào tạo thạc sĩ ngành giáo dục' }, basis: 'chỉ tiêu' },
    { code: 'rotation', name: { vi: 'Luân chuyển cán bộ' }, verb: 'bằng' },
  ],
  targets: [
    { indicator: 'master_education', orgUnit: '04', period: PERIOD, value: 10 },
    { indicator: 'rotation', orgUnit: '04', period: PERIOD, value: 40 },
  ],
};

export const OBSERVATIONS: ObservationInput[] = [
  {
    programme: '12-CTr/TU',
    indicator: 'master_education',
    orgUnit: '04',
    date: '2018-12-31',
    value: 30,
  },
  { programme: '12-CTr/TU', indicator: 'rotation', orgUnit: '04', date: '2019-05-01', value: 24 },
];

/**
 * Demo keys. A real deployment reads keys from its secret store, never from source.
 */
export const KEYS: Record<string, Principal> = {
  'cao-bang-demo-key': { id: 'so-noi-vu-cao-bang', scopes: ['read', 'write'], orgUnits: ['04'] },
  'ministry-demo-key': { id: 'bo-noi-vu-dashboard', scopes: ['aggregate'], orgUnits: ['*'] },
};

/**
 * Loads the demo data into an empty store; a store that has the programme is left alone.
 * @example
 * await seed(store);
 */
export async function seed(store: CadreStore): Promise<void> {
  if ((await store.getProgramme(PROGRAMME.code)) !== null) return;
  await store.importBatch({
    orgUnits: ORG_UNITS,
    programmes: [PROGRAMME],
    observations: OBSERVATIONS,
  });
}
