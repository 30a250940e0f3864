import type { IsoDate } from '@cadre/core';

interface DecimalLike {
  toFixed(): string;
}

/**
 * A decimal as the double a spreadsheet cell holds. Excel stores IEEE doubles, so this is the
 * one place where exact figures meet floats; text of 16+ significant digits loses its tail,
 * which is why the exact figures stay in the JSON and CSV outputs.
 * @example
 * excelNumber(new Decimal('2.85')); // 2.85
 */
export function excelNumber(value: DecimalLike | null): number | null {
  if (value === null) return null;
  const n = Number(value.toFixed());
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${value.toFixed()}`);
  return n;
}

/**
 * An ISO date as the Date exceljs turns into a serial day: midnight UTC, so the cell shows the
 * same day under every time zone.
 * @example
 * excelDate('2019-05-20'); // 2019-05-20T00:00:00.000Z
 */
export function excelDate(iso: IsoDate | string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * An ISO date as dd/mm/yyyy, the way Vietnamese documents write it.
 * @example
 * viDate('2019-05-20'); // '20/05/2019'
 */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * A name Excel accepts for a sheet: at most 31 characters, none of `[]:*?/\`.
 * @example
 * sheetName('12-CTr/TU'); // '12-CTr-TU'
 */
export function sheetName(name: string): string {
  const clean = name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
  return clean === '' ? 'Sheet1' : clean;
}
