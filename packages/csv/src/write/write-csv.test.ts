import { type AttainmentRow, toDecimal } from '@cadre/core';
import { describe, expect, it } from 'vitest';
import { readTargetsCsv } from '../formats/read-targets.js';
import { guardFormula, quoteCell } from './escape-cell.js';
import { streamCsv, toCsv, type WriteColumn } from './write-csv.js';
import { writeObservationsCsv } from './write-records.js';
import { writeAttainmentCsv, writeImportSummaryCsv } from './write-reports.js';

describe('formula guard', () => {
  it('prefixes an apostrophe to text a spreadsheet would run', () => {
    for (const t of ['=1+1', '+84912', '-x', '@SUM(A1)', '\tx', '\rx', "'x"])
      expect(guardFormula(t)).toBe(`'${t}`);
    for (const t of ['Cao Bằng', '12-CTr/TU', '1=1', '']) expect(guardFormula(t)).toBe(t);
  });

  it('quotes delimiters, quotes and line breaks only', () => {
    expect(quoteCell('Lê "Tư", Hà Nội', ',')).toBe('"Lê ""Tư"", Hà Nội"');
    expect(quoteCell('a;b', ',')).toBe('a;b');
    expect(quoteCell('a;b', ';')).toBe('"a;b"');
    expect(quoteCell('dòng 1\ndòng 2', ',')).toBe('"dòng 1\ndòng 2"');
  });
});

describe('toCsv and streamCsv', () => {
  const columns: WriteColumn<{ name: string; n: string }>[] = [
    { name: 'name', vi: 'Họ và tên', get: (r) => r.name },
    { name: 'n', vi: 'Số lượng', kind: 'number', get: (r) => r.n },
  ];
  const rows = [
    { name: 'Nguyễn Văn A', n: '6666' },
    { name: '=HYPERLINK("http://x")', n: '8.1' },
  ];

  it('writes Excel-friendly CSV: BOM, CRLF, vi-VN numbers', () => {
    expect(toCsv(rows, columns, { excel: true, headers: 'vi', delimiter: ';' })).toBe(
      '\uFEFFHọ và tên;Số lượng\r\nNguyễn Văn A;6.666\r\n\'=HYPERLINK(""http://x"");8,1\r\n'.replace(
        `'=HYPERLINK(""http://x"")`,
        `"'=HYPERLINK(""http://x"")"`,
      ),
    );
    expect(toCsv(rows, columns)).toBe(
      'name,n\nNguyễn Văn A,6666\n"\'=HYPERLINK(""http://x"")",8.1\n',
    );
  });

  it('streams the same text it would build in memory', async () => {
    async function* slowly() {
      for (const r of rows) yield r;
    }
    let streamed = '';
    for await (const chunk of streamCsv(slowly(), columns, { excel: true })) streamed += chunk;
    expect(streamed).toBe(toCsv(rows, columns, { excel: true }));
  });
});

describe('report writers', () => {
  // Cao Bằng at the review of 20/5/2019: 117 of 41 (health), 24 of 40 (rotation), 139 of 200.
  const row = (
    indicator: string,
    actual: number,
    target: number | null,
    status: AttainmentRow['status'],
  ): AttainmentRow => {
    const ratio = target === null ? null : toDecimal(actual).div(target);
    return {
      programme: '12-CTr/TU',
      indicator,
      orgUnit: '04',
      period: { start: '2016-05-09', end: '2020-12-31' },
      disaggregation: {},
      target: target === null ? null : toDecimal(target),
      baseline: null,
      actual: toDecimal(actual),
      ratio,
      percent: ratio === null ? null : ratio.times(100),
      status,
      expectedShare: toDecimal(1107).div(1698),
      onTrack: target === null ? null : actual / target >= 1107 / 1698,
    };
  };

  it('writes attainment rows with truncated percents and Vietnamese status words', () => {
    const csv = writeAttainmentCsv(
      [
        row('master_health', 117, 41, 'exceeded'),
        row('rotation', 24, 40, 'not_met'),
        row('leadership', 139, 200, 'not_met'),
        row('skills', 241, null, 'no_target'),
      ],
      { excel: true, headers: 'vi', delimiter: ';', decimals: 1 },
    );
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFChương trình;Chỉ tiêu;Đơn vị;Từ ngày;Đến ngày;Kế hoạch;Số gốc;Thực hiện;Tỷ lệ;Tỷ lệ đạt (%);Đánh giá;Tiến độ thời gian (%);Đúng tiến độ',
    );
    // 117/41 = 2.85365…: 285,3 (cut, not rounded); 24/40 = 60; 139/200 = 69,5 stays 69,5.
    // Elapsed 9/5/2016–20/5/2019 inclusive is 1 107 of 1 698 days: 65,19…% → 65,1.
    expect(lines[1]).toMatch(
      /^12-CTr\/TU;master_health;04;09\/05\/2016;31\/12\/2020;41;;117;2,853658536\d*;285,3;vượt;65,1;có$/,
    );
    expect(lines[2]).toBe(
      '12-CTr/TU;rotation;04;09/05/2016;31/12/2020;40;;24;0,6;60;chưa đạt;65,1;không',
    );
    expect(lines[3]).toContain(';69,5;chưa đạt;');
    expect(lines[4]).toBe(
      '12-CTr/TU;skills;04;09/05/2016;31/12/2020;;;241;;;chưa có chỉ tiêu;65,1;',
    );
  });

  it('never rounds a percent up: 69,5% with no decimals is 69', () => {
    const csv = writeAttainmentCsv([row('leadership', 139, 200, 'not_met')], { decimals: 0 });
    expect(csv.split('\n')[1]).toContain(',69,not_met,');
  });

  it('writes an import summary: counts first, then one row per issue', async () => {
    const text =
      'programme,indicator,org_unit,period_start,period_end,target\nP,i,04,2016-05-09,2020-12-31,-1\n';
    const r = await readTargetsCsv({ text, name: 'targets.csv' });
    const csv = writeImportSummaryCsv(r.summary);
    expect(csv.split('\n').slice(0, 6)).toEqual([
      'code,line,column,input,message_vi,message',
      'summary.read,,,1,số dòng đã đọc,rows read',
      'summary.imported,,,0,số dòng đã nhập,rows imported',
      'summary.updated,,,0,số dòng đã cập nhật,rows updated',
      'summary.ignored,,,1,số dòng bị bỏ qua,rows ignored',
      `csv.negative_number,2,target,'-1,"targets.csv, dòng 2, cột ""target"": cần một số ≥ 0, nhận được ""-1""","targets.csv, line 2, column ""target"": expected a number ≥ 0, got ""-1"""`,
    ]);
  });

  it('writes observations with breakdown columns', () => {
    const csv = writeObservationsCsv([
      {
        programme: 'P',
        indicator: 'i',
        orgUnit: '04',
        date: '2019-05-20',
        value: 3,
        disaggregation: { sex: 'nữ' },
      },
    ]);
    expect(csv).toBe('programme,indicator,org_unit,date,value,sex\nP,i,04,2019-05-20,3,nữ\n');
  });
});
