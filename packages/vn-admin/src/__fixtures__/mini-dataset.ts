import type { RawWardMapping, VnAdminDataset } from '../dataset/raw-types.js';

const row = (
  id: string,
  old: [code: string | null, ward: string | null, district: string | null, province: string | null],
  to: [code: string, ward: string, province: string],
): RawWardMapping => ({
  id,
  old_ward_code: old[0],
  old_ward_name: old[1],
  old_district_name: old[2],
  old_province_name: old[3],
  new_ward_code: to[0],
  new_ward_name: to[1],
  new_province_name: to[2],
});

/**
 * A hand-made edition of the dataset's three tables, small enough to reason about row by row.
 * Two old provinces merge into "Tỉnh Miền Núi" (01); "Tỉnh Hoà Giang" is split 2–1 between 01
 * and 02; every kind of faulty row the real data shows appears once.
 */
export const MINI_DATASET: VnAdminDataset = {
  provinces: [
    { province_code: '01', name: 'Miền Núi', code: 'MNI', place_type: 'Tỉnh' },
    {
      province_code: '02',
      name: 'Thành phố Ven Biển',
      code: 'VBN',
      place_type: 'Thành phố Trung Ương',
    },
  ],
  wards: [
    { ward_code: '00010', name: 'Xã Đồi Cao', province_code: '01' },
    { ward_code: '00020', name: 'Xã Suối Hoa', province_code: '01' },
    { ward_code: '00030', name: 'Phường Bến Cảng', province_code: '02' },
    // Written in NFD, as 32 of the real wards are.
    { ward_code: '00040', name: 'Phường Bãi Cát'.normalize('NFD'), province_code: '02' },
    // No mapping row leads here.
    { ward_code: '00050', name: 'Xã Đảo Mới', province_code: '02' },
  ],
  wardMappings: [
    // 0–1: old province A, two communes into Đồi Cao.
    row(
      '1',
      ['10001', 'Xã Đồi Một', 'Huyện Đồi', 'Tỉnh Núi A'],
      ['00010', 'Xã Đồi Cao', 'Miền Núi'],
    ),
    row(
      '2',
      ['10002', 'Xã Đồi Hai', 'Huyện Đồi', 'Tỉnh Núi A'],
      ['00010', 'Xã Đồi Cao', 'Miền Núi'],
    ),
    // 2: old province B; its new ward code is unknown but the name resolves within Miền Núi.
    row(
      '3',
      ['20001', 'Xã Suối Một', 'Huyện Suối', 'Tỉnh Núi B'],
      ['99999', 'Xã Suối Hoa', 'Miền Núi'],
    ),
    // 3–5: "Hoà Giang" (old tone placement): two communes to 01, one to 02 — a split.
    row(
      '4',
      ['30001', 'Xã Giang Một', 'Huyện Hoà Giang', 'Tỉnh Hoà Giang'],
      ['00020', 'Xã Suối Hoa', 'Miền Núi'],
    ),
    row(
      '5',
      ['30002', 'Xã Giang Hai', 'Huyện Hoà Giang', 'Tỉnh Hoà Giang'],
      ['00020', 'Xã Suối Hoa', 'Miền Núi'],
    ),
    // The code names Đồi Cao, the names say Bến Cảng in Ven Biển: resolved by name to 00030.
    row(
      '6',
      ['30003', 'Xã Giang Ba', 'Thị xã Hoà Giang', 'Tỉnh Hoà Giang'],
      ['00010', 'Phường Bến Cảng', 'Thành phố Ven Biển'],
    ),
    // 6: repeats row 0.
    row(
      '7',
      ['10001', 'Xã Đồi Một', 'Huyện Đồi', 'Tỉnh Núi A'],
      ['00010', 'Xã Đồi Cao', 'Miền Núi'],
    ),
    // 7: a special zone with no old unit.
    row('8', ['', null, null, null], ['00040', 'Phường Bãi Cát', 'Thành phố Ven Biển']),
    // 8: no old code, but the same commune as 30003 by name: its link to 00040 is kept.
    row(
      '9',
      [null, 'Xã Giang Ba', 'Thị xã Hoà Giang', 'Tỉnh Hoà Giang'],
      ['00040', 'Phường Bãi Cát', 'Thành phố Ven Biển'],
    ),
    // 9: no old code and no coded namesake: reported, not a unit.
    row('10', [null, 'Xã Đã Nhập', 'Huyện Đồi', 'Tỉnh Núi A'], ['00010', 'Xã Đồi Cao', 'Miền Núi']),
    // 10: neither the code nor the name leads to a ward.
    row(
      '11',
      ['10003', 'Xã Đồi Ba', 'Huyện Đồi', 'Tỉnh Núi A'],
      ['88888', 'Xã Không Có', 'Miền Núi'],
    ),
  ],
};
