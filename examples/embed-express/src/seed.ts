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

/** Environment variables that hold the demo keys; a missing one is generated at start. */
export const KEY_ENV = {
  province: 'CADRE_DEMO_PROVINCE_KEY',
  ministry: 'CADRE_DEMO_MINISTRY_KEY',
} as const;

/** The demo's two keys: a province that reads and writes its subtree, a ministry dashboard. */
export interface DemoKeys {
  province: string;
  ministry: string;
  /** The keys as `apiKeys` takes them. */
  principals: Record<string, Principal>;
  /** Names of the variables whose key was generated here, to be printed once. */
  generated: string[];
}

// 24 random bytes as hex: 48 characters, far past the 16 the API asks for.
function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The demo keys, read from the environment or generated at start: no key ships in source, so no
 * copy of the example can be called with a key everyone knows.
 * @example
 * const keys = demoKeys(process.env);
 * createCadreApi({ store, auth: apiKeys(keys.principals) });
 */
export function demoKeys(env: Readonly<Record<string, string | undefined>>): DemoKeys {
  const generated: string[] = [];
  const read = (name: string) => {
    const value = env[name];
    if (value !== undefined && value !== '') return value;
    generated.push(name);
    return randomKey();
  };
  const province = read(KEY_ENV.province);
  const ministry = read(KEY_ENV.ministry);
  return {
    province,
    ministry,
    principals: {
      [province]: { id: 'so-noi-vu-cao-bang', scopes: ['read', 'write'], orgUnits: ['04'] },
      [ministry]: { id: 'bo-noi-vu-dashboard', scopes: ['aggregate'], orgUnits: ['*'] },
    },
    generated,
  };
}

/**
 * Lines telling the keys generated at start, so the demo can be called; none when all came
 * from the environment.
 * @example
 * for (const line of generatedKeyLines(keys)) console.log(line);
 */
export function generatedKeyLines(keys: DemoKeys): string[] {
  if (keys.generated.length === 0) return [];
  const value = (name: string) => (name === KEY_ENV.province ? keys.province : keys.ministry);
  return [
    'Khóa API tạo khi khởi động (đặt biến môi trường để giữ cố định) / keys generated at start:',
    ...keys.generated.map((name) => `  ${name}=${value(name)}`),
  ];
}

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
