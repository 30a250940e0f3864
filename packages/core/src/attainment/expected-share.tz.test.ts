import { describe, expect, it } from 'vitest';
import { obs, programmeWith, target } from './__fixtures__/small-programme.js';
import { computeReport } from './compute-report.js';

// Runs under several TZ values: a review date and a period are calendar dates, so the pro-rata
// expectation and the cut-off at asOf must not move with the clock's zone.
describe(`pro-rata and asOf in ${Intl.DateTimeFormat().resolvedOptions().timeZone}`, () => {
  const programme = programmeWith([target('sent', '04', '40')]);
  const observations = [
    obs('sent', '04', '2019-05-20', 24), // on asOf: counts
    obs('sent', '04', '2019-05-21', 6), // the next day: does not
  ];

  it('gives 1107/1698 days elapsed at 20/5/2019 and counts asOf itself', () => {
    // 9/5/2016…31/12/2020: 237 + 365 + 365 + 365 + 366 = 1698 days;
    // through 20/5/2019: 237 + 365 + 365 + 140 = 1107.
    const [row] = computeReport({ programme, observations, asOf: '2019-05-20' }).rows;
    expect(row?.actual.toString()).toBe('24');
    expect(row?.expectedShare.times(1698).toDecimalPlaces(10).toString()).toBe('1107');
    expect(row?.onTrack).toBe(false);
  });

  it('is 0 before the start and 1 from the last day', () => {
    const before = computeReport({ programme, observations, asOf: '2016-05-08' }).rows[0];
    const last = computeReport({ programme, observations, asOf: '2020-12-31' }).rows[0];
    expect(before?.expectedShare.toString()).toBe('0');
    expect(before?.status).toBe('not_started');
    expect(last?.expectedShare.toString()).toBe('1');
    expect(last?.actual.toString()).toBe('30');
  });
});
