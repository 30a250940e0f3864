/**
 * persons.csv and the rotation plan of the national data set: cadres with Vietnamese names,
 * spread over communes and provinces, and rotations between them. Seeded and streamed.
 */

import type { Geography, LineSink } from './national.js';
import { isoDay, prng } from './national-catalogue.js';

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Nông',
  'Hà',
  'Lò',
];
const MIDDLE_M = ['Văn', 'Đức', 'Minh', 'Quốc', 'Hữu', 'Công', 'Thành'];
const MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Mai', 'Thùy'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hòa',
  'Hùng',
  'Hương',
  'Khánh',
  'Lan',
  'Linh',
  'Long',
  'Nam',
  'Nga',
  'Phúc',
  'Quân',
  'Sơn',
  'Thảo',
  'Thủy',
  'Trang',
  'Tuấn',
  'Yến',
];
const EMPLOYMENT = ['cán bộ', 'công chức', 'viên chức', 'cán bộ cấp xã', 'công chức cấp xã'];
const SECTOR = ['Đảng, đoàn thể', 'quản lý nhà nước', 'giáo dục', 'y tế', 'văn hóa'];
const POSTS = [
  'Chủ tịch UBND xã',
  'Phó Chủ tịch UBND xã',
  'Bí thư Đảng ủy xã',
  'Trưởng phòng',
  'Phó Giám đốc Sở',
  'Chánh Văn phòng',
];

const pick = <T>(list: readonly T[], random: () => number): T =>
  list[Math.floor(random() * list.length)]!;

/** Person id of index i: `CB` and seven digits. */
export const personId = (i: number): string => `CB${String(i + 1).padStart(7, '0')}`;

/**
 * Writes persons.csv: `count` cadres born 1966–2000, 9 in 10 at a commune, the rest at a province.
 * @example
 * await cachedFile(join(dir, 'persons.csv'), (put) => writePersons(put, nationalGeography(), 1000, 1));
 */
export async function writePersons(
  put: LineSink,
  geo: Geography,
  count: number,
  seed: number,
): Promise<void> {
  const random = prng(seed ^ 0x5eed);
  await put('id,name,birth_date,sex,employment,org_unit,sector\n');
  for (let i = 0; i < count; i++) {
    const female = random() < 0.42;
    const name = `${pick(FAMILY, random)} ${pick(female ? MIDDLE_F : MIDDLE_M, random)} ${pick(GIVEN, random)}`;
    const birth = isoDay('1966-01-01', Math.floor(random() * 12_784));
    const unit = random() < 0.9 ? pick(geo.communes, random) : pick(geo.provinces, random);
    const employment =
      unit.level === 'commune'
        ? pick(EMPLOYMENT.slice(3), random)
        : pick(EMPLOYMENT.slice(0, 3), random);
    const sector = pick(SECTOR, random);
    const wait = put(
      `${personId(i)},${name},${birth},${female ? 'nữ' : 'nam'},${employment},${unit.code},"${sector}"\n`,
    );
    if (wait) await wait;
  }
}

/**
 * Writes the rotation plan: `count` rotations of persons among `persons`, each to a unit of
 * another province or level, starting in 2026–2028 for 36 months (planned).
 * @example
 * await cachedFile(join(dir, 'rotations.csv'), (put) => writeRotations(put, geo, 1000, 100, 1));
 */
export async function writeRotations(
  put: LineSink,
  geo: Geography,
  persons: number,
  count: number,
  seed: number,
): Promise<void> {
  const random = prng(seed ^ 0x0707);
  await put('id,person_id,from_org_unit,from_post,to_org_unit,to_post,start,planned_end,status\n');
  for (let i = 0; i < count; i++) {
    const from = pick(geo.communes, random);
    const to = random() < 0.5 ? pick(geo.provinces, random) : pick(geo.communes, random);
    const startDay = Math.floor(random() * 1_000);
    const start = isoDay('2026-01-01', startDay);
    const [y, m, d] = start.split('-');
    const plannedEnd = `${Number(y) + 3}-${m}-${d === '29' && m === '02' ? '28' : d}`;
    const wait = put(
      `LC${String(i + 1).padStart(6, '0')},${personId(Math.floor(random() * persons))},${from.code},${pick(POSTS, random)},${to.code},${pick(POSTS, random)},${start},${plannedEnd},kế hoạch\n`,
    );
    if (wait) await wait;
  }
}
