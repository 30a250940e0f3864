import { describe, expect, it } from 'vitest';
import { excelDate } from '../write/excel-values.js';
import { serialToIso } from './excel-serial.js';

// Runs under several TZ values: a date cell holds a calendar day, which must not move with the
// clock's zone, neither when read nor when written.
describe(`date cells in ${Intl.DateTimeFormat().resolvedOptions().timeZone}`, () => {
  it('reads serial days as the same calendar day', () => {
    expect(serialToIso(43605, false)).toBe('2019-05-20');
    expect(serialToIso(42143, true)).toBe('2019-05-20');
    expect(serialToIso(45839, false)).toBe('2025-07-01');
  });

  it('writes a day as midnight UTC, the serial exceljs stores', () => {
    const d = excelDate('2025-07-01');
    expect(d.getTime() / 86_400_000 + 25569).toBe(45839);
  });
});
