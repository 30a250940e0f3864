/**
 * The national-scale data set, built from @cadre/vn-admin's 34 provinces and 3,321 communes:
 * targets.csv (province × category × course kind, 6,800 quota cells), actuals.csv of training
 * figures at commune level in any size (100k, 1M, 5M rows), persons.csv (2.5M cadres), a
 * rotation plan and a unit → province table for the SQL anchors. Every file is seeded, written
 * as a stream, and cached under `<benchDir>/national-v<version>-s<seed>/` so reruns reuse it.
 */
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { OrgUnitInput } from '@cadre/core';
import { communes, provinces } from '@cadre/vn-admin';
import { benchDir } from '../lib/measure.js';
import {
  CATEGORIES,
  COMBOS,
  COURSES,
  daysBetween,
  INDICATOR,
  INDICATOR_NAME,
  isoDay,
  PERIOD,
  PROGRAMME,
  prng,
} from './national-catalogue.js';
import { writePersons, writeRotations } from './national-people.js';

/** Bump when a generator changes what it writes, so stale caches are not reused. */
const VERSION = 1;
export const DEFAULT_SEED = 20260101;
export const PERSONS = 2_500_000;
export const ROTATIONS = 40_000;

export interface NationalOptions {
  seed?: number;
  /** Where the data set lives; `benchDir()` by default. */
  dir?: string;
}

/** The geography the data set is built on, in code order. */
export interface Geography {
  provinces: OrgUnitInput[];
  communes: OrgUnitInput[];
}

let geography: Geography | undefined;

/**
 * The 2025 provinces and communes from @cadre/vn-admin, sorted by code.
 * @example
 * nationalGeography().communes.length; // 3321
 */
export function nationalGeography(): Geography {
  const byCode = (a: OrgUnitInput, b: OrgUnitInput) => (a.code < b.code ? -1 : 1);
  geography ??= { provinces: provinces().sort(byCode), communes: communes().sort(byCode) };
  return geography;
}

/**
 * The folder of one seed's data set, created when missing.
 * @example
 * nationalDir({ seed: 1 }); // '<tmp>/cadre-bench/national-v1-s1'
 */
export function nationalDir(options: NationalOptions = {}): string {
  const seed = options.seed ?? DEFAULT_SEED;
  const dir = join(options.dir ?? benchDir(), `national-v${VERSION}-s${seed}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A file writer that buffers lines and respects back-pressure. */
export type LineSink = (line: string) => Promise<void> | undefined;

/**
 * Writes a file through `fill` once: it goes to `<path>.partial` and is renamed when complete,
 * so an interrupted run never leaves a truncated file that looks cached.
 * @example
 * await cachedFile(join(dir, 'a.csv'), async (put) => { await put('x\n'); });
 */
export async function cachedFile(
  path: string,
  fill: (put: LineSink) => Promise<void>,
): Promise<string> {
  if (existsSync(path)) return path;
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  let chunk = '';
  const put: LineSink = (line) => {
    chunk += line;
    if (chunk.length < 1 << 16) return undefined;
    const ok = out.write(chunk);
    chunk = '';
    return ok ? undefined : once(out, 'drain').then(() => undefined);
  };
  process.stderr.write(`generating ${path}\n`);
  await fill(put);
  out.end(chunk);
  await once(out, 'finish');
  renameSync(partial, path);
  return path;
}

/** The seeded target of one quota cell, or '' (no target) for about 1 cell in 100. */
function targetOf(random: () => number, communeCount: number): string {
  const r = random();
  if (r < 0.005) return '';
  if (r < 0.01) return '0';
  return String(Math.max(1, Math.round(communeCount * (1.2 + 2.6 * random()))));
}

/**
 * targets.csv: one row per province × category × course kind (34 × 20 × 10 = 6,800).
 * @example
 * const path = await nationalTargets(); // '<dir>/targets.csv'
 */
export async function nationalTargets(options: NationalOptions = {}): Promise<string> {
  const seed = options.seed ?? DEFAULT_SEED;
  const { provinces: ps, communes: cs } = nationalGeography();
  return cachedFile(join(nationalDir(options), 'targets.csv'), async (put) => {
    const random = prng(seed ^ 0x7a7a);
    await put(
      'programme,indicator,indicator_name,org_unit,period_start,period_end,target,category,course\n',
    );
    for (const p of ps) {
      const count = cs.filter((c) => c.parentCode === p.code).length;
      for (const cat of CATEGORIES) {
        for (const course of COURSES) {
          const target = targetOf(random, count);
          await put(
            `${PROGRAMME},${INDICATOR},"${INDICATOR_NAME}",${p.code},${PERIOD.start},${PERIOD.end},${target},${cat.code},${course.code}\n`,
          );
        }
      }
    }
  });
}

/**
 * units.csv: each commune and province code with its province, for the SQL anchors' join.
 * @example
 * const path = await nationalUnits(); // rows like '00004,01'
 */
export async function nationalUnits(options: NationalOptions = {}): Promise<string> {
  const { provinces: ps, communes: cs } = nationalGeography();
  return cachedFile(join(nationalDir(options), 'units.csv'), async (put) => {
    await put('code,province\n');
    for (const p of ps) await put(`${p.code},${p.code}\n`);
    for (const c of cs) await put(`${c.code},${c.parentCode}\n`);
  });
}

/**
 * actuals.csv with `rows` rows: people sent per commune, day, category and course kind over
 * 2026–2030 (values 1–4). Row i takes series (commune × category × course) `i·A mod S`, so
 * communes and breakdowns interleave as in a merged national file, and its r-th visit lands on
 * day `h(series) mod step + r·step`: no key (unit, date, breakdown) repeats at any size.
 * @example
 * const path = await nationalActuals(1_000_000); // '<dir>/actuals-1000000.csv'
 */
export async function nationalActuals(
  rows: number,
  options: NationalOptions = {},
): Promise<string> {
  const seed = options.seed ?? DEFAULT_SEED;
  const { communes: cs } = nationalGeography();
  const series = cs.length * COMBOS;
  const days = daysBetween(PERIOD.start, PERIOD.end);
  const place = actualsPlacer(rows, series, days);
  return cachedFile(join(nationalDir(options), `actuals-${rows}.csv`), async (put) => {
    const random = prng(seed ^ rows);
    await put('programme,indicator,org_unit,date,value,category,course\n');
    const dates = Array.from({ length: days }, (_, d) => isoDay(PERIOD.start, d));
    for (let i = 0; i < rows; i++) {
      const { series: s, day } = place(i);
      const commune = cs[Math.floor(s / COMBOS)]!.code;
      const combo = s % COMBOS;
      const category = CATEGORIES[combo % CATEGORIES.length]!.code;
      const course = COURSES[Math.floor(combo / CATEGORIES.length)]!.code;
      const value = 1 + Math.floor(random() * 4);
      const line = `${PROGRAMME},${INDICATOR},${commune},${dates[day]},${value},${category},${course}\n`;
      const wait = put(line);
      if (wait) await wait;
    }
  });
}

/**
 * Where row i of an actuals file goes: series `i·A mod S` (a permutation of the series within
 * each round, as A is a prime that does not divide S) on day `h(series) mod step + round·step`,
 * where a round is one pass over all series and each round owns its own `step` days. So no
 * (series, day) repeats, and every day falls in the period.
 * @example
 * const place = actualsPlacer(1_000_000, 664_200, 1826);
 * place(0); // { series: 0, day: 0 }
 */
export function actualsPlacer(rows: number, series: number, days: number) {
  const rounds = Math.ceil(rows / series);
  if (rounds > days)
    throw new RangeError(`${rows} rows do not fit ${series} series × ${days} days`);
  const step = Math.floor(days / rounds);
  const A = 1_000_003;
  return (i: number): { series: number; day: number } => {
    const s = ((i % series) * A) % series;
    const round = Math.floor(i / series);
    return { series: s, day: ((Math.imul(s, 0x9e3779b1) >>> 0) % step) + round * step };
  };
}

/** Paths of the whole data set. */
export interface NationalFiles {
  dir: string;
  targets: string;
  units: string;
  persons: string;
  rotations: string;
  /** actuals.csv by row count. */
  actuals: Map<number, string>;
}

/**
 * Builds (or reuses) the whole data set: targets, units, persons, the rotation plan and
 * actuals in each requested size.
 * @example
 * const files = await nationalDataset({ sizes: [100_000, 1_000_000, 5_000_000] });
 * files.actuals.get(1_000_000); // '<dir>/actuals-1000000.csv'
 */
export async function nationalDataset(
  options: NationalOptions & { sizes?: readonly number[]; persons?: number } = {},
): Promise<NationalFiles> {
  const dir = nationalDir(options);
  const seed = options.seed ?? DEFAULT_SEED;
  const geo = nationalGeography();
  const people = options.persons ?? PERSONS;
  const persons = await cachedFile(join(dir, `persons-${people}.csv`), (put) =>
    writePersons(put, geo, people, seed),
  );
  const rotations = await cachedFile(join(dir, `rotations-${ROTATIONS}.csv`), (put) =>
    writeRotations(put, geo, people, ROTATIONS, seed),
  );
  const actuals = new Map<number, string>();
  for (const rows of options.sizes ?? []) actuals.set(rows, await nationalActuals(rows, options));
  return {
    dir,
    targets: await nationalTargets(options),
    units: await nationalUnits(options),
    persons,
    rotations,
    actuals,
  };
}
