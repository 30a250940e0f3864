import { describe, expect, it } from 'vitest';
import { CSV_LOCALES } from './locale.js';
import { parseDateText } from './parse-date.js';

const vi = CSV_LOCALES['vi-VN'];

describe('parseDateText', () => {
  it('reads the dates of the seeds as Vietnamese write them', () => {
    expect(parseDateText('9/5/2016', vi)).toBe('2016-05-09');
    expect(parseDateText('20/05/2019', vi)).toBe('2019-05-20');
    expect(parseDateText('13-6-2019', vi)).toBe('2019-06-13');
    expect(parseDateText('22.6.2020', vi)).toBe('2020-06-22');
    expect(parseDateText('2019-05-20', vi)).toBe('2019-05-20');
  });

  it('tells a date that does not exist from text that is not a date', () => {
    expect(parseDateText('31/02/2019', vi)).toBe('csv.impossible_date');
    expect(parseDateText('2019-02-29', vi)).toBe('csv.impossible_date');
    expect(parseDateText('29/02/2020', vi)).toBe('2020-02-29');
    expect(parseDateText('20/5/19', vi)).toBe('csv.invalid_date');
    expect(parseDateText('tháng 5/2019', vi)).toBe('csv.invalid_date');
  });

  it('follows the declared order of day and month', () => {
    expect(parseDateText('05/20/2019', { ...vi, dateOrder: 'mdy' })).toBe('2019-05-20');
    expect(parseDateText('05/20/2019', vi)).toBe('csv.impossible_date');
    expect(parseDateText('20/05/2019', { ...vi, dateOrder: 'iso' })).toBe('csv.invalid_date');
  });
});
