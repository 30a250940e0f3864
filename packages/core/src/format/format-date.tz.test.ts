import { formatDate } from '@cadre/core';
import { describe, expect, it } from 'vitest';

describe('formatDate', () => {
  it('writes the review date as Vietnamese documents do, and in English, in any zone', () => {
    expect(formatDate('2019-05-20', 'vi')).toBe('20/5/2019');
    expect(formatDate('2019-05-20', 'en')).toBe('20 May 2019');
    // The first and last day of a year must not move with the clock's zone.
    expect(formatDate('2016-01-01', 'vi')).toBe('1/1/2016');
    expect(formatDate('2020-12-31', 'en')).toBe('31 December 2020');
  });
});
