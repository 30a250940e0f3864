import { expect } from 'vitest';
import { CAO_BANG_PROGRAMME, ORG_UNITS, PERSON } from '../fixtures.js';
import { type ConformanceCase, storeCase } from './context.js';

const NAMES = [
  'Cao Bằng',
  'Hòa Bình',
  'Khánh Hoà',
  'Đắk Lắk',
  'Thừa Thiên Huế',
  'Bà Rịa – Vũng Tàu',
  // A chữ Nôm character outside the Basic Multilingual Plane: four bytes in UTF-8.
  'Chữ Nôm 𡨸',
  // Injection-shaped text is plain text.
  "'); DROP TABLE targets;--",
  '" OR 1=1',
];

const nfd = (s: string) => s.normalize('NFD');
const nfc = (s: string) => s.normalize('NFC');

/** Vietnamese text goes in as UTF-8 in either normal form and always comes out NFC. */
export const vietnameseTextCases: ConformanceCase[] = [
  storeCase('returns NFC names exactly as given', async (store) => {
    await store.saveOrgUnits(NAMES.map((name, n) => ({ code: `U${n}`, name, level: 'unit' })));
    const back = (await store.listOrgUnits()).items.map((u) => u.name);
    expect(back).toEqual(NAMES);
  }),

  storeCase('normalises NFD input to NFC in every text field, keys included', async (store) => {
    const units = NAMES.map((name, n) => ({
      code: `U${n}`,
      name: nfd(name),
      names: { en: nfd(`${name} (en)`) },
      level: 'unit',
      aliases: [nfd(name.toUpperCase())],
    }));
    await store.saveOrgUnits(units);
    for (const [n, name] of NAMES.entries()) {
      const u = await store.getOrgUnit(`U${n}`);
      expect(u?.name).toBe(nfc(name));
      expect(u?.names?.en).toBe(nfc(`${name} (en)`));
      expect(u?.aliases).toEqual([nfc(name.toUpperCase())]);
    }
    await store.createOrgUnit({ code: nfd('Bắc Kạn'), name: nfd('Bắc Kạn'), level: 'province' });
    expect((await store.getOrgUnit(nfc('Bắc Kạn')))?.name).toBe(nfc('Bắc Kạn'));
  }),

  storeCase(
    'matches an NFD disaggregation with its NFC twin as one observation key',
    async (store) => {
      await store.importBatch({ orgUnits: ORG_UNITS, programmes: [CAO_BANG_PROGRAMME] });
      const row = {
        programme: '12-CTr/TU',
        indicator: 'master_health',
        orgUnit: '04-SYT',
        date: '2018-06-01',
        value: 3,
        disaggregation: { 'lĩnh vực': 'y tế', 'hình thức': 'tập trung' },
      };
      const first = await store.importBatch({ observations: [row] });
      expect(first.imported).toBe(1);
      const twin = {
        ...row,
        disaggregation: Object.fromEntries(
          Object.entries(row.disaggregation).map(([k, v]) => [nfd(k), nfd(v)]),
        ),
      };
      const second = await store.importBatch({ observations: [twin] });
      expect([second.imported, second.updated, second.ignored]).toEqual([0, 0, 1]);
      const [stored] = (await store.listObservations({ programme: '12-CTr/TU' })).items;
      expect(stored?.disaggregation).toEqual(row.disaggregation);
    },
  ),

  storeCase(
    'keeps Vietnamese in programme titles, indicator wording and person names',
    async (store) => {
      await store.saveOrgUnits(ORG_UNITS);
      const title = 'Chương trình số 12-CTr/TU ngày 9/5/2016 về phát triển cán bộ trẻ';
      await store.createProgramme({
        ...CAO_BANG_PROGRAMME,
        title: { vi: nfd(title), en: 'Young leaders' },
        indicators: CAO_BANG_PROGRAMME.indicators.map((i) => ({
          ...i,
          wording: { vi: nfd('cử {actual} {unit} đi đào tạo') },
        })),
      });
      const p = await store.getProgramme('12-CTr/TU');
      expect(p?.title.vi).toBe(title);
      expect(p?.indicators[0]?.wording.vi).toBe('cử {actual} {unit} đi đào tạo');
      await store.createPerson({ ...PERSON, name: nfd('Nguyễn Thị Thuỷ') });
      expect((await store.getPerson(PERSON.id))?.name).toBe('Nguyễn Thị Thuỷ');
    },
  ),
];
