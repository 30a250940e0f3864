/**
 * Deterministic data for the HTTP load benchmark: a programme for 2021–2025 with 6 indicators,
 * province targets for 34 provinces, and two years of monthly observations from 3 agencies per
 * province (14,688 rows). A request asks one province for its report, as a provincial dashboard does.
 */

export const HTTP_PROGRAMME = 'BENCH-HTTP-2021-2025';
export const HTTP_PROVINCES = 34;
const AGENCIES = 3;
const INDICATORS = [
  'training_master',
  'training_llct',
  'training_qlnn',
  'rotation',
  'planning',
  'refresher',
];
const PERIOD = { start: '2021-01-01', end: '2025-12-31' };

/** Small seeded PRNG (mulberry32): the same seed gives the same data on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Code of province `p` (0-based). */
export const httpProvince = (p: number) => `P${pad(p)}`;

/**
 * Org units, programme (with its targets) and observations, the same on every run.
 * @example
 * const { orgUnits, programme, observations } = httpDataset();
 */
export function httpDataset() {
  const rand = prng(2019);
  const orgUnits: { code: string; name: string; level: string; parentCode: string | null }[] = [
    { code: 'VN', name: 'Việt Nam', level: 'country', parentCode: null },
  ];
  const targets: { indicator: string; orgUnit: string; period: typeof PERIOD; value: number }[] =
    [];
  const observations: {
    programme: string;
    indicator: string;
    orgUnit: string;
    date: string;
    value: number;
  }[] = [];
  for (let p = 0; p < HTTP_PROVINCES; p++) {
    const province = httpProvince(p);
    orgUnits.push({ code: province, name: `Tỉnh ${p}`, level: 'province', parentCode: 'VN' });
    for (const indicator of INDICATORS) {
      targets.push({
        indicator,
        orgUnit: province,
        period: PERIOD,
        value: 40 + Math.floor(rand() * 200),
      });
    }
    for (let a = 0; a < AGENCIES; a++) {
      const agency = `${province}.A${a}`;
      orgUnits.push({
        code: agency,
        name: `Sở ${a} tỉnh ${p}`,
        level: 'agency',
        parentCode: province,
      });
      for (const indicator of INDICATORS) {
        for (let m = 0; m < 24; m++) {
          const date = `${2021 + Math.floor(m / 12)}-${pad((m % 12) + 1)}-15`;
          observations.push({
            programme: HTTP_PROGRAMME,
            indicator,
            orgUnit: agency,
            date,
            value: Math.floor(rand() * 4),
          });
        }
      }
    }
  }
  const programme = {
    code: HTTP_PROGRAMME,
    title: { vi: 'Chương trình đo tải API' },
    period: { kind: 'phase' as const, ...PERIOD },
    indicators: INDICATORS.map((code) => ({ code, name: { vi: code } })),
    targets,
  };
  return { orgUnits, programme, observations };
}
