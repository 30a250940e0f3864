/**
 * Deterministic actuals.csv for the CSV import benchmark: 34 provinces × 100 communes with
 * Vietnamese names, 10 indicators, one row per series and day, so no key repeats. Rows name the
 * commune (half the time by name, half by code), as agencies' files do.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

export const PROGRAMME = '12-CTr/TU';
const PROVINCES = 34;
const COMMUNES = 100;
const INDICATORS = 10;
const FIRST = [
  'Phúc',
  'Hòa',
  'Thủy',
  'Đức',
  'Quảng',
  'Tân',
  'Vĩnh',
  'Hưng',
  'Bình',
  'An',
  'Lộc',
  'Thịnh',
];
const SECOND = ['Lộc', 'Yên', 'Sơn', 'Hải', 'Thành', 'Phong', 'Xuân', 'Trung', 'Lâm', 'Long'];

/** Small seeded PRNG (mulberry32): the same seed gives the same file on every machine. */
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

const communeCode = (p: number, c: number) =>
  `${String(p + 1).padStart(2, '0')}${String(c).padStart(3, '0')}`;
const communeName = (p: number, c: number) =>
  `Xã ${FIRST[c % FIRST.length]} ${SECOND[Math.floor(c / FIRST.length) % SECOND.length]} ${p + 1}`;

/** The org units the file names: provinces and their communes. */
export function actualsOrgUnits() {
  const units: { code: string; name: string; level: string; parentCode: string | null }[] = [];
  for (let p = 0; p < PROVINCES; p++) {
    const province = String(p + 1).padStart(2, '0');
    units.push({ code: province, name: `Tỉnh ${p + 1}`, level: 'province', parentCode: null });
    for (let c = 0; c < COMMUNES; c++) {
      units.push({
        code: communeCode(p, c),
        name: communeName(p, c),
        level: 'commune',
        parentCode: province,
      });
    }
  }
  return units;
}

function isoDay(offset: number): string {
  return new Date(Date.UTC(2016, 0, 1 + offset)).toISOString().slice(0, 10);
}

/**
 * Writes `rows` data rows to `path`, streaming, and resolves when the file is complete.
 * Row i is series i mod S on day ⌊i / S⌋, so keys never repeat.
 */
export async function writeActualsCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  const random = prng(20190520);
  const series = PROVINCES * COMMUNES * INDICATORS;
  const days: string[] = [];
  let chunk = 'programme,indicator,org_unit,date,value\n';
  for (let i = 0; i < rows; i++) {
    const s = i % series;
    const day = Math.floor(i / series);
    days[day] ??= isoDay(day);
    const unit = Math.floor(s / INDICATORS);
    const [p, c] = [Math.floor(unit / COMMUNES), unit % COMMUNES];
    const where = random() < 0.5 ? communeName(p, c) : communeCode(p, c);
    chunk += `${PROGRAMME},ind${s % INDICATORS},${where},${days[day]},${1 + Math.floor(random() * 9)}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}
