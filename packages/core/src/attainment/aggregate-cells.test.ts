import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { obs, orgUnits, programmeWith, target } from './__fixtures__/small-programme.js';
import { aggregateCells } from './aggregate-cells.js';

const asOf = '2019-05-20';

describe('aggregateCells', () => {
  it('gives one cell per target, counting dates in the period and up to asOf', () => {
    const programme = programmeWith([target('sent', '04', '10'), target('sent', '06', null)]);
    const cells = aggregateCells(
      programme,
      [
        obs('sent', '04', '2016-05-08', 100), // before the period
        obs('sent', '04', '2016-05-09', 3), // first day counts
        obs('sent', '04', '2019-05-20', 4), // asOf counts
        obs('sent', '04', '2019-05-21', 100), // after asOf
        obs('sent', '06', '2018-01-01', 2),
        { ...obs('sent', '04', '2018-01-01', 100), programme: 'other' },
      ],
      { asOf },
    );
    expect(cells.map((c) => [c.orgUnit, c.target, c.actual, c.count])).toEqual([
      ['04', '10', '7', 2],
      ['06', null, '2', 1],
    ]);
  });

  it('counts a district for its province only with the org unit index', () => {
    const programme = programmeWith([target('sent', '04', '10')]);
    const rows = [obs('sent', '040', '2017-01-01', 2), obs('sent', '04', '2017-01-01', 1)];
    expect(aggregateCells(programme, rows, { asOf })[0]?.actual).toBe('1');
    expect(aggregateCells(programme, rows, { asOf, orgUnits })[0]?.actual).toBe('3');
  });

  it('requires every breakdown entry of the target, and ignores extra ones', () => {
    const programme = programmeWith([
      target('sent', '04', '10', { disaggregation: { sector: 'education' } }),
      target('sent', '04', '41', { disaggregation: { sector: 'health', level: 'master' } }),
    ]);
    const cells = aggregateCells(
      programme,
      [
        obs('sent', '04', '2017-01-01', 30, { sector: 'education', level: 'master' }),
        obs('sent', '04', '2017-01-01', 100, { sector: 'health', level: 'specialist_1' }),
        obs('sent', '04', '2017-01-01', 17, { sector: 'health', level: 'master' }),
      ],
      { asOf },
    );
    expect(cells.map((c) => c.actual)).toEqual(['30', '17']);
  });

  it('takes the latest level of a stock per unit, then adds the units', () => {
    const programme = programmeWith([target('headcount', '04', '900')]);
    const cells = aggregateCells(
      programme,
      [
        obs('headcount', '040', '2017-01-01', 500),
        obs('headcount', '040', '2018-01-01', 480), // latest for 040
        obs('headcount', '041', '2018-06-01', 300),
        obs('headcount', '041', '2018-06-01', 20), // same day: the level in parts
        obs('headcount', '041', '2020-01-01', 1), // after asOf
      ],
      { asOf, orgUnits },
    );
    // 480 + (300 + 20) = 800, from three observations.
    expect(cells[0]).toMatchObject({ actual: '800', count: 3 });
  });

  it('keeps decimals exact and integers exact past 2^53', () => {
    const programme = programmeWith([target('sent', '04', '1')]);
    const big = Number.MAX_SAFE_INTEGER; // 9007199254740991
    const cells = aggregateCells(
      programme,
      [
        obs('sent', '04', '2017-01-01', big),
        obs('sent', '04', '2017-01-02', big),
        obs('sent', '04', '2017-01-03', '0.25'),
      ],
      { asOf },
    );
    // 2 × 9007199254740991 = 18014398509481982, plus 0.25.
    expect(cells[0]?.actual).toBe('18014398509481982.25');
  });

  it('adds up parts to the whole, whatever the order of observations', () => {
    const programme = programmeWith([target('sent', '04', '10'), target('sent', '040', '5')]);
    const row = fc.record({
      unit: fc.constantFrom('04', '040', '041', '06'),
      day: fc.integer({ min: 0, max: 2000 }),
      value: fc.nat({ max: 1000 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const observations = rows.map((r) =>
          obs(
            'sent',
            r.unit,
            new Date(Date.UTC(2016, 0, 1 + r.day)).toISOString().slice(0, 10),
            r.value,
          ),
        );
        const forward = aggregateCells(programme, observations, { asOf, orgUnits });
        const backward = aggregateCells(programme, [...observations].reverse(), { asOf, orgUnits });
        expect(backward).toEqual(forward);
        const counted = (unit: string) =>
          observations
            .filter(
              (o) => o.date >= '2016-05-09' && o.date <= asOf && orgUnits.isWithin(o.orgUnit, unit),
            )
            .reduce((s, o) => s + Number(o.value), 0);
        expect(forward.map((c) => Number(c.actual))).toEqual([counted('04'), counted('040')]);
      }),
    );
  });
});
