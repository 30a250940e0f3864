import { createOrgUnitIndex, type OrgUnitIndex } from '../../org-units/org-unit-index.js';
import { type Programme, ProgrammeSchema, type TargetInput } from '../../programmes/schema.js';
import type { Observation } from '../../records/schema.js';

// The shape of the national benchmark, built in memory: 34 provinces, 3,321 communes,
// targets per province × 20 categories × 10 course kinds (6,800 cells), flows at commune level.
export const PROVINCES = 34;
export const COMMUNES = 3321;
export const CATEGORIES = 20;
export const COURSES = 10;
export const PERIOD = { start: '2026-01-01', end: '2030-12-31' };
/** The review date: later rows are in the data and must not count. */
export const AS_OF = '2028-06-30';

const code = (prefix: string, n: number, width: number) =>
  `${prefix}${String(n + 1).padStart(width, '0')}`;
const provinceCodes = Array.from({ length: PROVINCES }, (_, p) => code('P', p, 2));
const communeCodes = Array.from({ length: COMMUNES }, (_, c) => code('X', c, 5));
const categoryCodes = Array.from({ length: CATEGORIES }, (_, c) => `cat${c + 1}`);
const courseCodes = Array.from({ length: COURSES }, (_, c) => `course${c + 1}`);
const days = Array.from({ length: 1826 }, (_, d) =>
  new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10),
);

/** A fixed linear congruential sequence, so every run measures the same data. */
export function sequence(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
}

/** Provinces at the top, communes spread over them round-robin. */
export function nationalUnits(): OrgUnitIndex {
  return createOrgUnitIndex([
    ...provinceCodes.map((p) => ({ code: p, name: `Tỉnh ${p}`, level: 'province' })),
    ...communeCodes.map((x, c) => ({
      code: x,
      name: `Xã ${x}`,
      level: 'commune',
      parentCode: provinceCodes[c % PROVINCES]!,
    })),
  ]);
}

/** 6,800 province targets; about 1 in 100 has no target and 1 in 100 a target of 0. */
export function nationalProgramme(): Programme {
  const next = sequence(7);
  const targets: TargetInput[] = [];
  for (const orgUnit of provinceCodes) {
    for (const category of categoryCodes) {
      for (const course of courseCodes) {
        const roll = next(100);
        targets.push({
          indicator: 'sent',
          orgUnit,
          period: PERIOD,
          value: roll === 0 ? null : roll === 1 ? '0' : String(20 + next(400)),
          disaggregation: { category, course },
        });
      }
    }
  }
  return ProgrammeSchema.parse({
    code: 'NAT',
    title: { vi: 'Đào tạo, bồi dưỡng toàn quốc' },
    period: { kind: 'phase', ...PERIOD },
    indicators: [{ code: 'sent', name: { vi: 'Cử đi đào tạo' } }],
    targets,
  });
}

/** `rows` commune-level flows over the whole period (some after `AS_OF`), values 1–4. */
export function nationalObservations(rows: number, seed = 42): Observation[] {
  const next = sequence(seed);
  return Array.from({ length: rows }, () => ({
    programme: 'NAT',
    indicator: 'sent',
    orgUnit: communeCodes[next(COMMUNES)]!,
    date: days[next(days.length)]!,
    value: 1 + next(4),
    disaggregation: {
      category: categoryCodes[next(CATEGORIES)]!,
      course: courseCodes[next(COURSES)]!,
    },
  }));
}
