import { ObservationSchema, type OrgUnitInput, OrgUnitSchema, PersonSchema } from '@cadre/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readActualsCsv } from './actuals/iterate-observations.js';
import { readOrgUnitsCsv } from './formats/read-org-units.js';
import { readPersonsCsv } from './formats/read-records.js';
import { readTargetsCsv, type TargetRecord } from './formats/read-targets.js';
import type { WriteCsvOptions } from './write/write-csv.js';
import {
  writeObservationsCsv,
  writeOrgUnitsCsv,
  writePersonsCsv,
  writeTargetsCsv,
} from './write/write-records.js';

// Text as agencies type it: Vietnamese (NFC and NFD), quotes, delimiters, line breaks inside
// cells, and text a spreadsheet would run as a formula. Cells are trimmed on import, so trimmed
// non-empty text is what can round-trip.
const piece = fc.constantFrom(
  'Nguyễn Thị Lan',
  'Hoà Bình',
  'Ho\u0300a',
  'Đắk Lắk',
  '"Tư"',
  'a,b;c',
  'tab\there',
  'dòng 1\ndòng 2',
  'x\r\ny',
  '=SUM(A1)',
  '+84',
  '-1',
  '@mention',
  "'quoted",
  "''",
  '12-CTr/TU',
);
const vnText = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join(' ').normalize('NFC').trim())
  .filter((s) => s.length > 0);
const listItem = vnText.map((s) => s.replaceAll('|', '/').trim()).filter((s) => s.length > 0);
const isoDate = fc
  .date({
    min: new Date('1950-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const decimalText = fc
  .tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.option(fc.stringMatching(/^\d{0,3}[1-9]$/)))
  .map(([i, f]) => (f === null ? String(i) : `${i}.${f}`));

const modes: [string, WriteCsvOptions, 'plain' | 'vi-VN'][] = [
  ['plain', {}, 'plain'],
  ['Excel, vi headers, semicolons', { excel: true, headers: 'vi', delimiter: ';' }, 'vi-VN'],
  ['Excel, commas', { excel: true }, 'vi-VN'],
];

describe.each(modes)('export then import gives the same data (%s)', (_, write, locale) => {
  it('persons', async () => {
    const person = fc.record({
      id: vnText,
      name: fc.option(vnText, { nil: undefined }),
      birthDate: isoDate,
      sex: fc.constantFrom('male', 'female'),
      ethnicMinority: fc.boolean(),
      employment: fc.constantFrom(
        'cadre',
        'civil_servant',
        'public_employee',
        'commune_cadre',
        'other',
      ),
      orgUnit: vnText,
      leadershipTier: vnText,
      sector: fc.option(vnText, { nil: undefined }),
      local: fc.option(fc.boolean(), { nil: undefined }),
      plannedPosts: fc.array(listItem, { maxLength: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(person, { selector: (p) => p.id, minLength: 1, maxLength: 8 }),
        async (people) => {
          const persons = people.map((p) => PersonSchema.parse(p));
          const csv = writePersonsCsv(persons, write);
          const back = await readPersonsCsv({ text: csv, name: 'persons.csv' }, { locale });
          expect(back.summary.issues).toEqual([]);
          expect(back.records).toEqual(persons);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('observations (the fast path)', async () => {
    const obs = fc.record({
      programme: vnText,
      indicator: vnText,
      orgUnit: vnText,
      date: isoDate,
      value: fc.oneof(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        decimalText.filter((t) => t.includes('.')),
      ),
    });
    const key = (o: { programme: string; indicator: string; orgUnit: string; date: string }) =>
      [o.programme, o.indicator, o.orgUnit, o.date].join('\u0000');
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(obs, { selector: key, minLength: 1, maxLength: 8 }),
        async (rows) => {
          const observations = rows.map((o) => ObservationSchema.parse(o));
          const csv = writeObservationsCsv(observations, write);
          const back = await readActualsCsv({ text: csv, name: 'actuals.csv' }, { locale });
          expect(back.summary.issues).toEqual([]);
          expect(back.records).toEqual(observations);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('targets', async () => {
    const target = fc.record({
      programme: vnText,
      indicator: vnText,
      orgUnit: vnText,
      period: fc
        .tuple(isoDate, isoDate)
        .map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a })),
      value: fc.option(decimalText, { nil: null }),
      disaggregation: fc.constant({}),
      source: fc.constant('stated' as const),
      note: fc.option(vnText, { nil: undefined }),
    });
    const key = (t: TargetRecord) =>
      [t.programme, t.indicator, t.orgUnit, t.period.start, t.period.end].join('|');
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(target, { selector: key, minLength: 1, maxLength: 6 }),
        async (rows) => {
          const targets = rows.map((t) =>
            Object.fromEntries(Object.entries(t).filter(([, v]) => v !== undefined)),
          );
          const csv = writeTargetsCsv(targets as TargetRecord[], write);
          const back = await readTargetsCsv({ text: csv, name: 'targets.csv' }, { locale });
          expect(back.summary.issues).toEqual([]);
          expect(back.records).toEqual(targets);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('org units, with dated successors and aliases', async () => {
    const unit = fc.record({
      code: listItem.filter((s) => !s.includes('@')),
      name: vnText,
      level: fc.constantFrom('province', 'commune', 'agency'),
      validFrom: fc.option(fc.constant('2019-01-01'), { nil: null }),
      validTo: fc.option(fc.constant('2025-06-30'), { nil: null }),
      aliases: fc.array(listItem, { maxLength: 2 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(unit, { selector: (u) => u.code, minLength: 1, maxLength: 6 }),
        async (list) => {
          const units = list.map((u, i) => {
            const next = list[i + 1];
            const input: OrgUnitInput = next
              ? { ...u, successors: [{ code: next.code, date: '2025-07-01' }] }
              : u;
            return OrgUnitSchema.parse(input);
          });
          const csv = writeOrgUnitsCsv(units, write);
          const back = await readOrgUnitsCsv({ text: csv, name: 'org-units.csv' }, { locale });
          expect(back.summary.issues).toEqual([]);
          expect(back.records).toEqual(units);
        },
      ),
      { numRuns: 40 },
    );
  });
});
