import {
  addDaysIso,
  customPeriod,
  elapsedShare,
  parsePeriodText,
  periodContains,
  periodDays,
  periodIntersection,
  periodsOverlap,
  phasePeriod,
  quarterPeriod,
  splitByYear,
  termPeriod,
  yearPeriod,
} from '@cadre/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Runs under several TZ values (see vitest.config.ts): calendar dates must not shift with the zone.
const programme12 = customPeriod('2016-05-09', '2020-12-31');

describe('period constructors', () => {
  it('builds years, quarters and phases with inclusive ends', () => {
    expect(yearPeriod(2020)).toMatchObject({ start: '2020-01-01', end: '2020-12-31' });
    expect(quarterPeriod(2019, 1)).toMatchObject({ start: '2019-01-01', end: '2019-03-31' });
    expect(quarterPeriod(2019, 3)).toMatchObject({ start: '2019-07-01', end: '2019-09-30' });
    expect(quarterPeriod(2019, 4)).toMatchObject({ start: '2019-10-01', end: '2019-12-31' });
    expect(phasePeriod(2016, 2020)).toMatchObject({
      kind: 'phase',
      start: '2016-01-01',
      end: '2020-12-31',
    });
  });
});

describe('contains and overlaps', () => {
  it('includes both ends', () => {
    expect(periodContains(programme12, '2016-05-09')).toBe(true);
    expect(periodContains(programme12, '2020-12-31')).toBe(true);
    expect(periodContains(programme12, '2016-05-08')).toBe(false);
    expect(periodContains(programme12, '2021-01-01')).toBe(false);
  });

  it('sees the Bạch Thông term and plan overlap (2016–2021 vs 2016–2020)', () => {
    const term = termPeriod('2016-05-22', '2021-05-22');
    const plan = phasePeriod(2016, 2020);
    expect(periodsOverlap(term, plan)).toBe(true);
    expect(periodIntersection(term, plan)).toMatchObject({
      start: '2016-05-22',
      end: '2020-12-31',
    });
    expect(periodsOverlap(yearPeriod(2015), yearPeriod(2016))).toBe(false);
    expect(periodIntersection(yearPeriod(2015), yearPeriod(2016))).toBeNull();
  });
});

describe('splitByYear', () => {
  it('cuts at year boundaries, keeping partial first and last years', () => {
    const parts = splitByYear(programme12);
    expect(parts.map((p) => [p.start, p.end])).toEqual([
      ['2016-05-09', '2016-12-31'],
      ['2017-01-01', '2017-12-31'],
      ['2018-01-01', '2018-12-31'],
      ['2019-01-01', '2019-12-31'],
      ['2020-01-01', '2020-12-31'],
    ]);
  });

  it('parts cover the period exactly (property)', () => {
    const day = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDaysIso('2000-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 3000 }), (start, len) => {
        const p = customPeriod(start, addDaysIso(start, len));
        const parts = splitByYear(p);
        expect(parts.reduce((s, q) => s + periodDays(q), 0)).toBe(periodDays(p));
        for (let i = 1; i < parts.length; i++) {
          expect(addDaysIso(parts[i - 1]!.end, 1)).toBe(parts[i]!.start);
        }
      }),
    );
  });
});

describe('elapsedShare', () => {
  it('gives the pro-rata expectation of 12-CTr/TU at the review of 20/5/2019', () => {
    // 2016-05-09 … 2020-12-31 has 237 + 365 + 365 + 365 + 366 = 1698 days (2016: 9 May–31 Dec = 237).
    // 2016-05-09 … 2019-05-20 has 237 + 365 + 365 + 140 = 1107 days (2019: 1 Jan–20 May = 140).
    expect(periodDays(programme12)).toBe(1698);
    expect(elapsedShare(programme12, '2019-05-20').mul(1698).toString()).toBe('1107');
    // 24 of 40 rotations = 60% is behind 1107/1698 ≈ 65.2%.
    expect(elapsedShare(programme12, '2019-05-20').greaterThan('0.6')).toBe(true);
  });

  it('is 0 before the start and 1 from the last day on, and never leaves [0, 1]', () => {
    expect(elapsedShare(programme12, '2016-05-08').toString()).toBe('0');
    expect(elapsedShare(programme12, '2020-12-31').toString()).toBe('1');
    const day = fc.integer({ min: 0, max: 365 * 10 }).map((n) => addDaysIso('2014-01-01', n));
    fc.assert(
      fc.property(day, (asOf) => {
        const s = elapsedShare(programme12, asOf);
        expect(s.isFinite()).toBe(true);
        expect(s.gte(0) && s.lte(1)).toBe(true);
      }),
    );
  });
});

describe('parsePeriodText', () => {
  it('reads the seeds’ period mentions', () => {
    const a = parsePeriodText('giai đoạn 2007 – 2010');
    const b = parsePeriodText('2006-2010');
    expect(a.ok && a.value).toMatchObject({
      kind: 'phase',
      start: '2007-01-01',
      end: '2010-12-31',
    });
    expect(b.ok && b.value).toMatchObject({ start: '2006-01-01', end: '2010-12-31' });
    const term = parsePeriodText('nhiệm kỳ 2016 - 2021');
    expect(term.ok && term.value.kind).toBe('term');
    const survey = parsePeriodText('22/6/2020 - 3/7/2020');
    expect(survey.ok && survey.value).toMatchObject({ start: '2020-06-22', end: '2020-07-03' });
  });

  it('rejects inverted, impossible and unrecognised text with a coded issue', () => {
    const codes = ['2020–2016', '31/02/2019 - 1/3/2019', 'sometime soon'].map((t) => {
      const r = parsePeriodText(t);
      return r.ok ? 'ok' : r.issues[0]?.code;
    });
    expect(codes).toEqual(['period.inverted', 'period.invalid_date', 'period.unrecognised']);
  });
});
