/**
 * Deterministic data for the SQL store benchmark, shaped like the national job: 34 provinces
 * of 20 communes each, 6,800 province quota cells (20 categories × 10 course kinds) for
 * 2016–2020, and observations at commune level broken down by category, course and sex.
 */

export const PROGRAMME = 'BENCH-2016-2020';
export const INDICATOR = 'sent';
export const PROVINCES = 34;
export const COMMUNES_PER_PROVINCE = 20;
export const CATEGORIES = 20;
export const COURSES = 10;
const DAYS = 1827; // 2016-01-01 … 2020-12-31
const COMBOS = CATEGORIES * COURSES * 2;

/** Small seeded PRNG (mulberry32): the same seed gives the same data on every machine. */
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

const pad = (n: number, w: number) => String(n).padStart(w, '0');
export const provinceCode = (p: number) => `P${pad(p, 2)}`;
export const communeCode = (p: number, c: number) => `P${pad(p, 2)}C${pad(c, 2)}`;
export const category = (k: number) => `cat${pad(k, 2)}`;
export const course = (k: number) => `course${pad(k, 2)}`;

function isoDay(offset: number): string {
  const d = new Date(Date.UTC(2016, 0, 1 + offset));
  return d.toISOString().slice(0, 10);
}

/** The org tree: the country, 34 provinces, 680 communes. */
export function orgUnits() {
  const units: { code: string; name: string; level: string; parentCode: string | null }[] = [
    { code: 'VN', name: 'Việt Nam', level: 'country', parentCode: null },
  ];
  for (let p = 0; p < PROVINCES; p++) {
    units.push({ code: provinceCode(p), name: `Tỉnh ${p}`, level: 'province', parentCode: 'VN' });
    for (let c = 0; c < COMMUNES_PER_PROVINCE; c++) {
      units.push({
        code: communeCode(p, c),
        name: `Xã ${p}-${c}`,
        level: 'commune',
        parentCode: provinceCode(p),
      });
    }
  }
  return units;
}

/** The programme with 6,800 quota cells at province level (targets 50…249, seeded). */
export function programme() {
  const rand = prng(7);
  const targets = [];
  for (let p = 0; p < PROVINCES; p++) {
    for (let k = 0; k < CATEGORIES; k++) {
      for (let j = 0; j < COURSES; j++) {
        targets.push({
          indicator: INDICATOR,
          orgUnit: provinceCode(p),
          period: { start: '2016-01-01', end: '2020-12-31' },
          value: String(50 + Math.floor(rand() * 200)),
          disaggregation: { category: category(k), course: course(j) },
        });
      }
    }
  }
  return {
    code: PROGRAMME,
    title: { vi: 'Chương trình đào tạo, bồi dưỡng cán bộ (benchmark)' },
    period: { kind: 'phase' as const, start: '2016-01-01', end: '2020-12-31' },
    indicators: [{ code: INDICATOR, name: { vi: 'Số lượt cử đi đào tạo, bồi dưỡng' } }],
    targets,
  };
}

export interface BenchObservation {
  programme: string;
  indicator: string;
  orgUnit: string;
  date: string;
  value: number;
  disaggregation: { category: string; course: string; sex: string };
}

/**
 * `n` observations with unique natural keys: row i goes to commune i mod 680, and its
 * (category, course, sex, day) is a distinct slot of that commune. Values 1…5, seeded.
 */
export function observations(n: number, seed = 42): BenchObservation[] {
  const communes = PROVINCES * COMMUNES_PER_PROVINCE;
  const perCommune = Math.ceil(n / communes);
  if (perCommune > COMBOS * DAYS) throw new Error('too many rows for the day grid');
  const rounds = Math.ceil(perCommune / COMBOS);
  const step = Math.floor(DAYS / rounds);
  const rand = prng(seed);
  const days = Array.from({ length: DAYS }, (_, d) => isoDay(d));
  const out: BenchObservation[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const commune = i % communes;
    const slot = Math.floor(i / communes);
    const combo = slot % COMBOS;
    const round = Math.floor(slot / COMBOS);
    // Rounds are `step` days apart from a per-(commune, combo) offset below `step`, so keys
    // never repeat and dates spread over the whole period.
    const day = ((commune * 31 + combo * 7) % step) + round * step;
    out[i] = {
      programme: PROGRAMME,
      indicator: INDICATOR,
      orgUnit: communeCode(
        Math.floor(commune / COMMUNES_PER_PROVINCE),
        commune % COMMUNES_PER_PROVINCE,
      ),
      date: days[day % DAYS] as string,
      value: 1 + Math.floor(rand() * 5),
      disaggregation: {
        category: category(combo % CATEGORIES),
        course: course(Math.floor(combo / CATEGORIES) % COURSES),
        sex: combo >= CATEGORIES * COURSES ? 'female' : 'male',
      },
    };
  }
  return out;
}

/**
 * The rows as COPY text in the observations table's column order (programme, indicator,
 * org_unit, date, disagg_key, disaggregation, value_int, value_dec), for `psql \copy`.
 * Generated codes and dates hold no tab, newline or backslash, so nothing needs escaping.
 */
export function observationsTsv(rows: BenchObservation[]): string {
  const lines = rows.map((o) => {
    const d = o.disaggregation;
    return [
      o.programme,
      o.indicator,
      o.orgUnit,
      o.date,
      JSON.stringify(Object.entries(d).sort()),
      JSON.stringify(d),
      o.value,
      '\\N',
    ].join('\t');
  });
  return `${lines.join('\n')}\n`;
}

/**
 * The hand-written roll-up anchor for this data: it knows that observations sit at communes
 * one level under the provinces that hold the targets, and the two breakdown names the targets
 * use. `q` spells a table, `param` the n-th parameter, `json` a JSON path lookup, in the
 * engine's dialect; `scan` goes after the observations table (SQLite's `not indexed`).
 */
export function handSql(
  q: (name: string) => string,
  param: (n: number) => string,
  json: (col: string, path: string[]) => string,
  scan = '',
) {
  return `select t.org_unit, t.disagg_key, coalesce(a.actual, 0) as actual, coalesce(a.n, 0) as n
    from ${q('targets')} t left join (
      select u.parent_code as province, ${json('o.disaggregation', ['category'])} as category,
        ${json('o.disaggregation', ['course'])} as course, sum(o.value_int) as actual, count(*) as n
      from ${q('observations')} o ${scan} join ${q('org_units')} u on u.code = o.org_unit
      where o.programme = ${param(1)} and o.indicator = ${param(2)} and o.date between '2016-01-01' and ${param(3)}
      group by 1, 2, 3) a
    on a.province = t.org_unit and a.category = ${json('t.data', ['disaggregation', 'category'])}
      and a.course = ${json('t.data', ['disaggregation', 'course'])}
    where t.programme = ${param(1)}`;
}
