import { isCadreError } from '@cadre/core';
import { describe, expect, it } from 'vitest';
import { readTables } from './load-dataset.js';

describe('readTables', () => {
  it('picks the three tables out of the dataset export', () => {
    const t = readTables([
      { type: 'header', version: '1.1' },
      { type: 'table', name: 'provinces', data: [{ province_code: '04', name: 'Cao Bằng' }] },
      { type: 'table', name: 'wards', data: [] },
      { type: 'table', name: 'ward_mappings', data: [] },
    ]);
    expect(t.provinces).toEqual([{ province_code: '04', name: 'Cao Bằng' }]);
  });

  it('throws a CadreError naming a missing table: the installed data is broken', () => {
    let thrown: unknown;
    try {
      readTables([{ type: 'table', name: 'provinces', data: [] }]);
    } catch (e) {
      thrown = e;
    }
    expect(isCadreError(thrown)).toBe(true);
    expect((thrown as Error).message).toContain('"wards"');
    expect(() => readTables({})).toThrow(/expected an array of tables/);
  });
});
