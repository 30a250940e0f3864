import { describe, expect, it } from 'vitest';
import { TEST_UNITS } from '../__fixtures__/org-units.js';
import { readCsv } from '../read/read-csv.js';
import { readOrgUnitsCsv } from './read-org-units.js';
import {
  readHeadcountsCsv,
  readPersonsCsv,
  readRotationsCsv,
  readTrainingCsv,
} from './read-records.js';

describe('record readers', () => {
  it('reads persons with Vietnamese headers and values', async () => {
    const text = [
      'Mã cán bộ;Họ và tên;Ngày sinh;Giới tính;Dân tộc thiểu số;Đối tượng;Đơn vị công tác;Quy hoạch',
      'CB001;Nông Thị Hoa;21/05/1979;Nữ;x;Công chức;Cao Bằng;pgd_so|gd_so',
      'CB002;"Lê Văn ""Tư""";1/1/1990;nam;không;cán bộ cấp xã;Bắc Cạn;',
    ].join('\n');
    const r = await readPersonsCsv({ text }, { orgUnits: TEST_UNITS });
    expect(r.summary.issues).toEqual([]);
    expect(r.records).toEqual([
      expect.objectContaining({
        id: 'CB001',
        birthDate: '1979-05-21',
        sex: 'female',
        ethnicMinority: true,
        employment: 'civil_servant',
        orgUnit: '04',
        plannedPosts: ['pgd_so', 'gd_so'],
        leadershipTier: 'none',
      }),
      expect.objectContaining({
        name: 'Lê Văn "Tư"',
        sex: 'male',
        employment: 'commune_cadre',
        orgUnit: '06',
      }),
    ]);
  });

  it('reads training, rotations and headcounts, resolving units on their own dates', async () => {
    const training = await readTrainingCsv(
      {
        text: [
          'Mã,Mã cán bộ,Đơn vị,Loại hình,Trình độ,Loại bồi dưỡng,Hình thức,Từ ngày,Đến ngày,Trạng thái,Số tiết',
          'DT01,CB001,Cao Bằng,đào tạo,Thạc sỹ,,tập trung,01/09/2017,30/06/2019,hoàn thành,0',
          'BD01,CB001,Cao Bằng,bồi dưỡng,,LLCT,,01/03/2018,,đang học,40',
        ].join('\n'),
      },
      { orgUnits: TEST_UNITS },
    );
    expect(training.summary.issues).toEqual([]);
    expect(
      training.records.map((t) => [t.type, t.level, t.refresherKind, t.mode, t.status, t.hours]),
    ).toEqual([
      ['degree', 'master', undefined, 'full_time', 'completed', 0],
      ['refresher', undefined, 'political_theory', 'part_time', 'enrolled', 40],
    ]);
    const rotations = await readRotationsCsv(
      {
        text: [
          'id,person_id,from_org_unit,from_post,to_org_unit,to_post,start,planned_end',
          'LC01,CB001,Cao Bằng,pgd_so,Hà Giang,pct_huyen,2019-01-01,2022-01-01',
          'LC02,CB002,Cao Bằng,pgd_so,Hà Giang,pct_huyen,2025-08-01,2028-08-01',
        ].join('\n'),
      },
      { orgUnits: TEST_UNITS, mode: 'skip_bad_rows' },
    );
    expect(rotations.records.map((r) => [r.id, r.to.orgUnit, r.status])).toEqual([
      ['LC01', '02', 'planned'],
    ]);
    expect(rotations.summary.issues.map((i) => [i.code, i.path])).toEqual([
      ['org_unit.unknown', [3, 'to_org_unit']],
    ]);
    const headcounts = await readHeadcountsCsv(
      { text: 'Đơn vị;Ngày;Biên chế;Biên chế được giao\nNghệ An;31/12/2018;75.634;82.300\n' },
      { orgUnits: TEST_UNITS, locale: 'vi-VN' },
    );
    // 82.300 − 6.666 = 75.634 (seed 003: 6.666 posts cut since 2015).
    expect(headcounts.records).toEqual([
      { orgUnit: '40', date: '2018-12-31', headcount: 75634, approved: 82300 },
    ]);
  });

  it('reads org units with history and checks the set with the core', async () => {
    const text = [
      'code,name,level,parent_code,valid_from,valid_to,successors,aliases',
      'VN,Việt Nam,quốc gia,,,,,',
      '02,Tỉnh Hà Giang,tỉnh,VN,,30/06/2025,08@01/07/2025,',
      '08,Tỉnh Tuyên Quang,tỉnh,VN,,,,',
      '06,Bắc Kạn,tỉnh,VN,,30/06/2025,19@2025-07-01,Bắc Cạn',
      '19,Thái Nguyên,tỉnh,VN,,,,',
      'BTC,Ban Tổ chức Tỉnh ủy,cơ quan đảng,06,,,,BTCTU|Ban TC',
    ].join('\n');
    const r = await readOrgUnitsCsv({ text }, { locale: 'vi-VN' });
    expect(r.summary.issues).toEqual([]);
    expect(r.records[1]).toMatchObject({
      code: '02',
      level: 'province',
      validTo: '2025-06-30',
      successors: [{ code: '08', date: '2025-07-01' }],
    });
    expect(r.records[5]).toMatchObject({
      level: 'cơ quan đảng',
      aliases: ['BTCTU', 'Ban TC'],
      parentCode: '06',
    });
  });

  it('reads any declared format through any zod-shaped schema', async () => {
    const schema = {
      safeParse(input: unknown) {
        const v = input as { code?: string; quota?: number };
        if (v.quota !== undefined && v.quota > 100) {
          return {
            success: false as const,
            error: { issues: [{ code: 'too_big', path: ['quota'], message: 'at most 100' }] },
          };
        }
        return { success: true as const, data: v as { code: string; quota?: number } };
      },
    };
    const r = await readCsv(
      { text: 'Mã,Định mức\nA,40\nB,140\n', name: 'q.csv' },
      {
        columns: [
          { name: 'code', aliases: ['Mã'], required: true },
          { name: 'quota', aliases: ['Định mức'], type: 'integer' },
        ],
        schema,
        mode: 'skip_bad_rows',
      },
    );
    expect(r.records).toEqual([{ code: 'A', quota: 40 }]);
    expect(r.summary.issues).toEqual([
      {
        code: 'zod.too_big',
        path: [3, 'quota'],
        message: 'q.csv, line 3, column "Định mức": at most 100',
        messageVi: 'q.csv, dòng 3, cột "Định mức": giá trị không hợp lệ (at most 100)',
        input: '140',
      },
    ]);
  });
});
