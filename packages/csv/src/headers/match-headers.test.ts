import { describe, expect, it } from 'vitest';
import { TARGET_COLUMNS } from '../formats/target-columns.js';
import { headerKey, matchHeaders } from './match-headers.js';

const opts = { file: 'targets.csv', line: 1 };

describe('matchHeaders', () => {
  it('matches Vietnamese aliases across NFD, case, spacing and a required mark', () => {
    const header = [
      'CHƯƠNG  TRÌNH',
      'Chỉ tiêu',
      'Đơn vị (*)',
      'Từ ngày',
      'Đến ngày',
      'Ke\u0302\u0301 hoa\u0323ch',
    ];
    const m = matchHeaders(header, TARGET_COLUMNS, opts);
    expect(m.issues).toEqual([]);
    expect(Object.fromEntries(m.index)).toEqual({
      programme: 0,
      indicator: 1,
      org_unit: 2,
      period_start: 3,
      period_end: 4,
      target: 5,
    });
    expect(headerKey('period_start')).toBe(headerKey('Period Start'));
  });

  it('reports unknown, duplicate and missing columns with their place', () => {
    const m = matchHeaders(
      ['programme', 'Chỉ tiêu', 'indicator', 'Ghi chú 2', 'target'],
      TARGET_COLUMNS,
      opts,
    );
    expect(m.issues.map((i) => [i.code, i.path])).toEqual([
      ['csv.duplicate_column', [1, 'indicator']],
      ['csv.unknown_column', [1, 'Ghi chú 2']],
      ['csv.missing_column', [1, 'org_unit']],
      ['csv.missing_column', [1, 'period_start']],
      ['csv.missing_column', [1, 'period_end']],
    ]);
    expect(m.fatal).toBe(true);
    expect(m.issues[1]!.messageVi).toBe(
      'targets.csv, dòng 1, cột "Ghi chú 2": "Ghi chú 2" không phải cột đã biết; hãy đổi tên hoặc khai báo bí danh',
    );
  });

  it('lists unknown headers without an issue when told to ignore them', () => {
    const m = matchHeaders(['programme', 'Ghi chú 2'], [{ name: 'programme' }], {
      ...opts,
      extraColumns: 'ignore',
    });
    expect(m.issues).toEqual([]);
    expect(m.unknown).toEqual(['Ghi chú 2']);
  });
});
