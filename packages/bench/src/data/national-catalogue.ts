/**
 * The fixed vocabulary of the national data set: one programme for the 2026–2030 term, its
 * indicator, 20 cadre categories and 10 course kinds. 34 provinces × 20 × 10 = 6,800 quota cells.
 * The figures are synthetic; the vocabulary is the field's (see the glossary).
 */

export const PROGRAMME = 'ĐTBD-2026-2030';
export const PROGRAMME_TITLE =
  'Chương trình đào tạo, bồi dưỡng cán bộ, công chức giai đoạn 2026–2030 (dữ liệu mô phỏng)';
export const INDICATOR = 'sent';
export const INDICATOR_NAME = 'Số lượt cán bộ được cử đi đào tạo, bồi dưỡng';
export const PERIOD = { start: '2026-01-01', end: '2030-12-31' } as const;
/** The mid-term review: records after it exist in the files and must not be counted. */
export const AS_OF = '2028-06-30';

/** Breakdown columns of actuals.csv and targets.csv, with their Vietnamese headers. */
export const DISAGGREGATIONS = {
  category: ['Đối tượng'],
  course: ['Loại khóa học'],
} as const;

const EMPLOYMENT = [
  ['cb', 'cán bộ'],
  ['cc', 'công chức'],
  ['vc', 'viên chức'],
  ['cx', 'cán bộ, công chức cấp xã'],
] as const;

const SECTORS = [
  ['dang', 'Đảng, đoàn thể'],
  ['qlnn', 'quản lý nhà nước'],
  ['giao-duc', 'giáo dục'],
  ['y-te', 'y tế'],
  ['van-hoa', 'văn hóa'],
] as const;

/** 20 categories: employment kind × sector, e.g. `cc.y-te` (công chức, y tế). */
export const CATEGORIES: readonly { code: string; vi: string }[] = EMPLOYMENT.flatMap(([e, ev]) =>
  SECTORS.map(([s, sv]) => ({ code: `${e}.${s}`, vi: `${ev} – ${sv}` })),
);

/** 10 course kinds of đào tạo and bồi dưỡng. */
export const COURSES: readonly { code: string; vi: string }[] = [
  { code: 'thac-si', vi: 'Thạc sĩ' },
  { code: 'tien-si', vi: 'Tiến sĩ' },
  { code: 'ck1', vi: 'Chuyên khoa cấp I' },
  { code: 'llct-cao-cap', vi: 'Cao cấp lý luận chính trị' },
  { code: 'llct-trung-cap', vi: 'Trung cấp lý luận chính trị' },
  { code: 'qlnn-cvc', vi: 'QLNN ngạch chuyên viên chính' },
  { code: 'qlnn-cvcc', vi: 'QLNN ngạch chuyên viên cao cấp' },
  { code: 'lanh-dao-phong', vi: 'Lãnh đạo cấp phòng' },
  { code: 'qp-an', vi: 'Quốc phòng – an ninh' },
  { code: 'tin-hoc', vi: 'Tin học, chuyển đổi số' },
];

/** Breakdown combinations per commune: every category × course kind. */
export const COMBOS = CATEGORIES.length * COURSES.length;

/**
 * Small seeded PRNG (mulberry32): the same seed gives the same files on every machine.
 * @example
 * const random = prng(42); random(); // 0.6011037519201636, every time
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
 * ISO date of a day offset from a start date, without time-zone effects.
 * @example
 * isoDay('2026-01-01', 31); // '2026-02-01'
 */
export function isoDay(start: string, offset: number): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
}

/**
 * Days from `start` to `end`, both included.
 * @example
 * daysBetween('2026-01-01', '2026-12-31'); // 365
 */
export function daysBetween(start: string, end: string): number {
  return (
    Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 864e5) + 1
  );
}
