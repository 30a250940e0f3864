import type { OrgUnitInput } from '@cadre/core';

/**
 * Provinces of the seeds (QĐ 106, programme 12-CTr/TU, NQ 39) with their 2025 lineage: Hà Giang
 * and Hòa Bình ended on 30/6/2025 (NQ 202/2025/QH15), and the misspellings the sources use
 * (Bắc Cạn, Đăk Lăk) are aliases.
 */
export const TEST_UNITS: OrgUnitInput[] = [
  { code: '02', name: 'Hà Giang', level: 'province', validTo: '2025-06-30', successors: [{ code: '08', date: '2025-07-01' }] },
  { code: '04', name: 'Cao Bằng', level: 'province' },
  { code: '06', name: 'Bắc Kạn', level: 'province', aliases: ['Bắc Cạn'] },
  { code: '08', name: 'Tuyên Quang', level: 'province' },
  { code: '17', name: 'Hòa Bình', level: 'province', validTo: '2025-06-30', successors: [{ code: '25', date: '2025-07-01' }] },
  { code: '25', name: 'Phú Thọ', level: 'province' },
  { code: '38', name: 'Thanh Hóa', level: 'province' },
  { code: '40', name: 'Nghệ An', level: 'province' },
  { code: '66', name: 'Đắk Lắk', level: 'province', aliases: ['Đăk Lăk'] },
];
