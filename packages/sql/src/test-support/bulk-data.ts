import type { ObservationInput, OrgUnitInput, ProgrammeInput } from '@cadre/core';

// Seeded data for the bulk-load and pushdown tests: a three-level tree of 49 units, a
// programme whose targets mix flows and a stock, two levels, three periods and three sets of
// breakdown names (Vietnamese and quoted values included), and observations with unique keys.

const PHASE = { start: '2016-01-01', end: '2020-12-31' };
const YEAR = { start: '2018-01-01', end: '2018-12-31' };
const EARLY = { start: '2016-01-01', end: '2018-12-31' };

/**
 * Việt Nam, 3 provinces, 3 districts each, 4 communes per district.
 * @example
 * await store.saveOrgUnits(orgUnits());
 */
export function orgUnits(): OrgUnitInput[] {
  const units: OrgUnitInput[] = [{ code: 'VN', name: 'Việt Nam', level: 'country' }];
  for (let p = 1; p <= 3; p++) {
    units.push({ code: `P${p}`, name: `Tỉnh ${p}`, level: 'province', parentCode: 'VN' });
    for (let d = 1; d <= 3; d++) {
      units.push({
        code: `P${p}D${d}`,
        name: `Huyện ${p}.${d}`,
        level: 'district',
        parentCode: `P${p}`,
      });
      for (let c = 1; c <= 4; c++) {
        const code = `P${p}D${d}C${c}`;
        units.push({ code, name: `Xã ${p}.${d}.${c}`, level: 'commune', parentCode: `P${p}D${d}` });
      }
    }
  }
  return units;
}

const CATEGORIES = ['lãnh đạo', 'chuyên môn', "it's"];
const COURSES = ['cao cấp', 'trung cấp'];
const SEXES = ['female', 'male'];

/**
 * A programme with flows and a stock, targets at two levels, two periods, three breakdowns.
 * @example
 * programme('BIG', prng(1)).targets.length;
 */
export function programme(code: string, rand: () => number): ProgrammeInput {
  const targets: ProgrammeInput['targets'] = [];
  const value = () => String(Math.floor(rand() * 400));
  for (let p = 1; p <= 3; p++) {
    for (const category of CATEGORIES) {
      for (const course of COURSES) {
        targets.push({
          indicator: 'sent',
          orgUnit: `P${p}`,
          period: PHASE,
          value: value(),
          disaggregation: { category, course },
        });
      }
      targets.push({
        indicator: 'sent',
        orgUnit: `P${p}D1`,
        period: YEAR,
        value: value(),
        disaggregation: { category },
      });
    }
    // Two periods for one set of breakdown names: the flow query joins them as a table.
    for (const sex of SEXES) {
      for (const [orgUnit, period] of [
        [`P${p}`, YEAR],
        [`P${p}D3`, EARLY],
        [`P${p}D3`, PHASE],
      ] as const) {
        targets.push({
          indicator: 'trained',
          orgUnit,
          period,
          value: value(),
          disaggregation: { sex },
        });
      }
    }
    targets.push({ indicator: 'trained', orgUnit: `P${p}D2`, period: PHASE, value: value() });
    targets.push({ indicator: 'staff', orgUnit: `P${p}`, period: PHASE, value: value() });
  }
  targets.push({ indicator: 'sent', orgUnit: 'VN', period: PHASE, value: value() });
  return {
    code,
    title: { vi: `Chương trình ${code}` },
    period: { kind: 'phase', ...PHASE },
    indicators: [
      { code: 'sent', name: { vi: 'Số lượt cử đi' } },
      { code: 'trained', name: { vi: 'Số người được đào tạo' } },
      { code: 'staff', name: { vi: 'Biên chế' }, aggregation: 'latest' },
    ],
    targets,
  };
}

/**
 * A seeded PRNG (mulberry32), so a failing seed reproduces.
 * @example
 * const rand = prng(42); rand(); // in [0, 1)
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An observation's natural key within its programme, for uniqueness checks.
 * @example
 * keyOf(o) === keyOf({ ...o, value: 3 }); // true
 */
export const keyOf = (o: ObservationInput) =>
  JSON.stringify([o.indicator, o.orgUnit, o.date, Object.entries(o.disaggregation ?? {}).sort()]);

/**
 * `n` observations with unique keys at communes and districts, integers and decimals.
 * @example
 * await store.saveObservations(observations('BIG', 5000, prng(1)));
 */
export function observations(code: string, n: number, rand: () => number): ObservationInput[] {
  const units = orgUnits().filter((u) => u.level !== 'country' && u.level !== 'province');
  const seen = new Set<string>();
  const out: ObservationInput[] = [];
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  while (out.length < n) {
    const day = new Date(Date.UTC(2015, 9, 1 + Math.floor(rand() * 2000)));
    const o: ObservationInput = {
      programme: code,
      indicator: pick(['sent', 'sent', 'trained', 'staff']),
      orgUnit: pick(units).code,
      date: day.toISOString().slice(0, 10),
      value:
        rand() < 0.1
          ? `${Math.floor(rand() * 50)}.${1 + Math.floor(rand() * 9)}`
          : Math.floor(rand() * 6),
      // Names in varying order: the stored key sorts them.
      disaggregation:
        rand() < 0.5
          ? { category: pick(CATEGORIES), course: pick(COURSES), sex: pick(SEXES) }
          : { sex: pick(SEXES), course: pick(COURSES), category: pick(CATEGORIES) },
    };
    const key = keyOf(o);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(o);
  }
  return out;
}
