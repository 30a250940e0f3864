import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serialToIso } from './excel-serial.js';
import { cellSite, columnLetters } from './sheet-cell.js';

describe('serialToIso', () => {
  it("keeps Excel's 1900 leap-year bug: day 60 is no date, days below it one off", () => {
    expect(serialToIso(1, false)).toBe('1900-01-01');
    expect(serialToIso(59, false)).toBe('1900-02-28');
    expect(serialToIso(60, false)).toBeNull();
    expect(serialToIso(61, false)).toBe('1900-03-01');
    expect(serialToIso(43605, false)).toBe('2019-05-20');
    expect(serialToIso(0, false)).toBeNull();
  });

  it('reads the 1904 system 1462 days apart from 1900 after March 1900', () => {
    expect(serialToIso(0, true)).toBe('1904-01-01');
    fc.assert(
      fc.property(fc.integer({ min: 1462, max: 2_958_465 - 1462 }), (n) => {
        expect(serialToIso(n - 1462, true)).toBe(serialToIso(n, false));
      }),
    );
  });

  it('drops the time of day', () => {
    expect(serialToIso(43605.75, false)).toBe('2019-05-20');
  });
});

describe('cellSite', () => {
  it('writes references as Excel does, quoting sheet names with spaces', () => {
    expect(cellSite('Sheet1', 12, 3)).toBe('Sheet1!C12');
    expect(cellSite('Biểu 01', 12, 3)).toBe("'Biểu 01'!C12");
    expect(columnLetters(28)).toBe('AB');
    expect(columnLetters(16384)).toBe('XFD');
  });
});
