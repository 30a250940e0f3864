/**
 * The bad-input corpus: each case is a small file in `bad/` (written by `write-bad-fixtures.ts`
 * from this table), the reader it goes to, and the issues expected, worked out by hand from the
 * file's lines. Valid variants (BOM + CRLF, semicolons, NFD, tabs, UTF-16) also list the records
 * that skip-bad-rows mode must return.
 */

export type Reader = 'targets' | 'actuals' | 'persons' | 'training' | 'org-units';

export interface BadCase {
  file: string;
  reader: Reader;
  what: string;
  content: string | Uint8Array;
  locale?: 'vi-VN';
  /** [code, line, column], in the order reported. */
  issues: [string, number, string][];
  /** Records skip-bad-rows mode must return (matched partially). */
  good?: Record<string, unknown>[];
}

const T = 'programme,indicator,org_unit,period_start,period_end,target';
const EDU = '12-CTr/TU,master_education,Cao Bằng,2016-05-09,2020-12-31,10';
const HEALTH = '12-CTr/TU,master_health,Cao Bằng,2016-05-09,2020-12-31,41';
const ROT = '12-CTr/TU,rotation,04,2016-05-09,2020-12-31,40';
const A = 'programme,indicator,org_unit,date,value';
const A_ROT = '12-CTr/TU,rotation,Cao Bằng,2019-05-20,24';
const A_EDU = '12-CTr/TU,master_education,Cao Bằng,2019-05-20,30';
const P = 'id,name,birth_date,sex,employment,org_unit';
const P1 = 'CB001,Nguyễn Thị Lan,12/03/1982,nữ,công chức,Cao Bằng';
const O = 'code,name,level,parent_code';

const text = (...rows: string[]) => `${rows.join('\n')}\n`;
const utf8 = (s: string) => new TextEncoder().encode(s);
const bomCrlf = (...rows: string[]) => utf8(`\uFEFF${rows.join('\r\n')}\r\n`);
const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0) & 0xff));
function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    out[2 + 2 * i] = s.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = s.charCodeAt(i) >> 8;
  }
  return out;
}

const edu = { programme: '12-CTr/TU', indicator: 'master_education', orgUnit: '04', value: '10' };
const health = { programme: '12-CTr/TU', indicator: 'master_health', orgUnit: '04', value: '41' };
const rotObs = { programme: '12-CTr/TU', indicator: 'rotation', orgUnit: '04', date: '2019-05-20', value: 24 };

export const BAD_CASES: BadCase[] = [
  {
    file: 'targets-unterminated-quote.csv',
    reader: 'targets',
    what: 'a quote opened on line 3 never closes',
    content: text(T, EDU, '12-CTr/TU,"master_health,Cao Bằng,2016-05-09,2020-12-31,41', ROT),
    issues: [['csv.unterminated_quote', 3, '*']],
  },
  {
    file: 'targets-wrong-column-count.csv',
    reader: 'targets',
    what: 'rows with five and seven fields under a six-column header',
    content: text(T, '12-CTr/TU,master_education,Cao Bằng,2016-05-09,2020-12-31', HEALTH, `${ROT},x`),
    issues: [
      ['csv.column_count', 2, '*'],
      ['csv.column_count', 4, '*'],
    ],
  },
  {
    file: 'targets-bom-crlf.csv',
    reader: 'targets',
    what: 'UTF-8 BOM and CRLF read as usual; one target in words',
    content: bomCrlf(T, EDU, HEALTH, '12-CTr/TU,rotation,04,2016-05-09,2020-12-31,bốn mươi'),
    issues: [['csv.invalid_number', 4, 'target']],
    good: [edu, health],
  },
  {
    file: 'targets-nfd.csv',
    reader: 'targets',
    what: 'decomposed (NFD) headers and names match; an unknown province does not',
    content: text(
      'Chương trình,Chỉ tiêu,Đơn vị,Từ ngày,Đến ngày,Kế hoạch',
      EDU,
      '12-CTr/TU,master_health,Hà Tây,2016-05-09,2020-12-31,41',
    ).normalize('NFD'),
    issues: [['org_unit.unknown', 3, 'org_unit']],
    good: [edu],
  },
  {
    file: 'targets-semicolon-vi.csv',
    reader: 'targets',
    what: 'semicolons, vi-VN numbers (82.300) and dates; 31/02/2019 does not exist',
    locale: 'vi-VN',
    content: text(
      'Chương trình;Chỉ tiêu;Đơn vị;Từ ngày;Đến ngày;Kế hoạch;Loại chỉ tiêu;Số gốc',
      '39-NQ/TW;staff_cut;Nghệ An;01/01/2015;31/12/2021;10%;giảm;82.300',
      '12-CTr/TU;master_health;Cao Bằng;09/05/2016;31/12/2020;41;;',
      '12-CTr/TU;llct_advanced;Cao Bằng;31/02/2019;31/12/2020;181;;',
    ),
    issues: [['csv.impossible_date', 4, 'period_start']],
    good: [
      {
        programme: '39-NQ/TW',
        orgUnit: '40',
        value: '10',
        baseline: '82300',
        period: { start: '2015-01-01', end: '2021-12-31' },
      },
      health,
    ],
  },
  {
    file: 'targets-vi-numbers-undeclared.csv',
    reader: 'targets',
    what: 'vi-VN numbers without a declared locale are ambiguous',
    content: text(T, '39-NQ/TW,staff_cut,Nghệ An,2015-01-01,2018-12-31,6.666', `${HEALTH.slice(0, -3)},"41,5"`),
    issues: [
      ['csv.ambiguous_number', 2, 'target'],
      ['csv.ambiguous_number', 3, 'target'],
    ],
  },
  {
    file: 'targets-impossible-date.csv',
    reader: 'targets',
    what: '31/02/2019 and month 13 are not dates',
    content: text(
      T,
      '12-CTr/TU,master_health,Cao Bằng,2016-05-09,31/02/2019,41',
      '12-CTr/TU,rotation,Cao Bằng,2019-13-01,2020-12-31,40',
    ),
    issues: [
      ['csv.impossible_date', 2, 'period_end'],
      ['csv.impossible_date', 3, 'period_start'],
    ],
  },
  {
    file: 'targets-negative.csv',
    reader: 'targets',
    what: 'a negative target, and one with a Unicode minus sign',
    content: text(T, `${EDU.slice(0, -2)}-10`, `${HEALTH.slice(0, -2)}−5`),
    issues: [
      ['csv.negative_number', 2, 'target'],
      ['csv.invalid_number', 3, 'target'],
    ],
  },
  {
    file: 'targets-non-numeric.csv',
    reader: 'targets',
    what: 'targets in words, with a unit, and N/A',
    content: text(T, `${EDU.slice(0, -2)}mười`, `${HEALTH.slice(0, -2)}41 người`, `${ROT.slice(0, -2)}N/A`),
    issues: [
      ['csv.invalid_number', 2, 'target'],
      ['csv.invalid_number', 3, 'target'],
      ['csv.invalid_number', 4, 'target'],
    ],
  },
  {
    file: 'targets-unknown-org-unit.csv',
    reader: 'targets',
    what: 'Hà Tây no longer exists; "Tỉnh Cao Bằng" matches; "Cao Bang" without tone marks does not',
    content: text(
      T,
      '12-CTr/TU,master_education,Hà Tây,2016-05-09,2020-12-31,10',
      '12-CTr/TU,master_health,Tỉnh Cao Bằng,2016-05-09,2020-12-31,41',
      '12-CTr/TU,rotation,Cao Bang,2016-05-09,2020-12-31,40',
    ),
    issues: [
      ['org_unit.unknown', 2, 'org_unit'],
      ['org_unit.unknown', 4, 'org_unit'],
    ],
  },
  {
    file: 'targets-duplicate-key.csv',
    reader: 'targets',
    what: 'the same target once by name and once by code',
    content: text(T, EDU, HEALTH, '12-CTr/TU,master_education,04,2016-05-09,2020-12-31,10'),
    issues: [['csv.duplicate_key', 4, 'programme+indicator+org_unit+period_start+period_end']],
  },
  { file: 'targets-empty.csv', reader: 'targets', what: 'an empty file', content: '', issues: [['csv.empty_file', 1, '*']] },
  {
    file: 'targets-header-only.csv',
    reader: 'targets',
    what: 'a header and no rows',
    content: text(T),
    issues: [['csv.no_rows', 2, '*']],
  },
  {
    file: 'targets-formula-injection.csv',
    reader: 'targets',
    what: 'formulas where numbers and units belong',
    content: text(
      T,
      `${EDU.slice(0, -2)}=SUM(A1:A9)`,
      `12-CTr/TU,master_health,"=cmd|' /C calc'!A0",2016-05-09,2020-12-31,41`,
      `${ROT.slice(0, -2)}+40`,
    ),
    issues: [
      ['csv.invalid_number', 2, 'target'],
      ['org_unit.unknown', 3, 'org_unit'],
      ['csv.invalid_number', 4, 'target'],
    ],
  },
  {
    file: 'targets-unknown-column.csv',
    reader: 'targets',
    what: 'a column no format declares',
    content: text(`${T},Ghi chú thêm`, `${EDU},xem lại`),
    issues: [['csv.unknown_column', 1, 'Ghi chú thêm']],
  },
  {
    file: 'targets-missing-column.csv',
    reader: 'targets',
    what: 'no period_end column',
    content: text(
      'programme,indicator,org_unit,period_start,target',
      '12-CTr/TU,master_education,Cao Bằng,2016-05-09,10',
    ),
    issues: [['csv.missing_column', 1, 'period_end']],
  },
  {
    file: 'targets-duplicate-column.csv',
    reader: 'targets',
    what: '"Kế hoạch" and "target" are the same column',
    content: text(`${T},Kế hoạch`, `${EDU},10`),
    issues: [['csv.duplicate_column', 1, 'target']],
  },
  {
    file: 'targets-period-inverted.csv',
    reader: 'targets',
    what: 'a period that ends before it starts',
    content: text(T, '12-CTr/TU,master_education,Cao Bằng,2020-12-31,2016-05-09,10'),
    issues: [['csv.period_inverted', 2, 'period_end']],
  },
  {
    file: 'targets-percent-on-count.csv',
    reader: 'targets',
    what: 'a percent sign on a count target',
    content: text(T, `${EDU.slice(0, -2)}10%`),
    issues: [['csv.invalid_number', 2, 'target']],
  },
  {
    file: 'targets-reduction-without-baseline.csv',
    reader: 'targets',
    what: 'a reduction target with no baseline to cut from',
    content: text(`${T},measure,baseline`, '39-NQ/TW,staff_cut,Nghệ An,2015-01-01,2021-12-31,10,reduction,'),
    issues: [['csv.required', 2, 'baseline']],
  },
  {
    file: 'targets-bad-measure.csv',
    reader: 'targets',
    what: 'a measure that is neither count nor reduction',
    content: text(`${T},measure`, `${EDU},tăng`),
    issues: [['csv.invalid_value', 2, 'measure']],
  },
  {
    file: 'targets-empty-required.csv',
    reader: 'targets',
    what: 'an empty indicator and a blank org unit',
    content: text(T, '12-CTr/TU,,Cao Bằng,2016-05-09,2020-12-31,10', '12-CTr/TU,master_health,  ,2016-05-09,2020-12-31,41'),
    issues: [
      ['csv.required', 2, 'indicator'],
      ['csv.required', 3, 'org_unit'],
    ],
  },
  {
    file: 'targets-date-format.csv',
    reader: 'targets',
    what: 'year-first with slashes, two-digit years, words',
    content: text(
      T,
      '12-CTr/TU,master_education,Cao Bằng,2019/05/20,2020-12-31,10',
      '12-CTr/TU,master_health,Cao Bằng,2016-05-09,20/5/19,41',
      '12-CTr/TU,rotation,Cao Bằng,tháng 5 năm 2019,2020-12-31,40',
    ),
    issues: [
      ['csv.invalid_date', 2, 'period_start'],
      ['csv.invalid_date', 3, 'period_end'],
      ['csv.invalid_date', 4, 'period_start'],
    ],
  },
  {
    file: 'targets-indicator-conflict.csv',
    reader: 'targets',
    what: 'one indicator described as a count and as a reduction',
    content: text(
      `${T},measure,baseline`,
      '39-NQ/TW,staff_cut,Cao Bằng,2015-01-01,2021-12-31,10,count,',
      '39-NQ/TW,staff_cut,Nghệ An,2015-01-01,2021-12-31,10,reduction,82300',
    ),
    issues: [['csv.indicator_conflict', 3, 'measure']],
  },
  {
    file: 'targets-data-under-blank-header.csv',
    reader: 'targets',
    what: 'a trailing blank header is ignored until a row puts data under it',
    content: text(`${T},`, `${EDU},`, `${HEALTH},x`),
    issues: [['csv.unknown_column', 3, '']],
  },
  {
    file: 'targets-invalid-quote.csv',
    reader: 'targets',
    what: 'a closing quote followed by text',
    content: text(T, EDU, '12-CTr/TU,"master"health",Cao Bằng,2016-05-09,2020-12-31,41'),
    issues: [['csv.invalid_quote', 3, '*']],
  },
  {
    file: 'actuals-unterminated-quote.csv',
    reader: 'actuals',
    what: 'a quote opened on line 4 never closes',
    content: text(A, A_ROT, A_EDU, '12-CTr/TU,rotation,"Bắc Kạn,2019-05-20,3'),
    issues: [['csv.unterminated_quote', 4, '*']],
  },
  {
    file: 'actuals-negative.csv',
    reader: 'actuals',
    what: 'a negative count',
    content: text(A, '12-CTr/TU,rotation,Cao Bằng,2019-05-20,-3'),
    issues: [['csv.negative_number', 2, 'value']],
  },
  {
    file: 'actuals-impossible-date.csv',
    reader: 'actuals',
    what: '29 February in 2019 does not exist; in 2020 it does',
    content: text(A, A_ROT, '12-CTr/TU,rotation,Bắc Kạn,2019-02-29,2', '12-CTr/TU,rotation,Bắc Kạn,29/02/2020,2'),
    issues: [['csv.impossible_date', 3, 'date']],
  },
  {
    file: 'actuals-duplicate-key.csv',
    reader: 'actuals',
    what: 'the same observation by name and by code, with the date written two ways',
    content: text(A, A_ROT, A_EDU, '12-CTr/TU,rotation,04,20/05/2019,24'),
    issues: [['csv.duplicate_key', 4, 'programme+indicator+org_unit+date']],
  },
  {
    file: 'actuals-unknown-org-unit.csv',
    reader: 'actuals',
    what: 'an org unit that is not in the index',
    content: text(A, '12-CTr/TU,rotation,Hà Tây,2019-05-20,2'),
    issues: [['org_unit.unknown', 2, 'org_unit']],
  },
  {
    file: 'actuals-merged-unit.csv',
    reader: 'actuals',
    what: 'Hà Giang after its merger on 1/7/2025; before it, and its successor, are fine',
    content: text(
      A,
      '12-CTr/TU,rotation,Hà Giang,2025-08-01,1',
      '12-CTr/TU,rotation,Hà Giang,2019-05-20,1',
      '12-CTr/TU,rotation,Tuyên Quang,2025-08-01,1',
    ),
    issues: [['org_unit.unknown', 2, 'org_unit']],
  },
  {
    file: 'actuals-ambiguous-number.csv',
    reader: 'actuals',
    what: '"1.500" without a locale',
    content: text(A, '12-CTr/TU,llct,Cao Bằng,2019-05-20,1.500'),
    issues: [['csv.ambiguous_number', 2, 'value']],
  },
  {
    file: 'actuals-missing-cells.csv',
    reader: 'actuals',
    what: 'an empty value and an empty date',
    content: text(A, '12-CTr/TU,rotation,Cao Bằng,2019-05-20,', '12-CTr/TU,rotation,Cao Bằng,,3'),
    issues: [
      ['csv.required', 2, 'value'],
      ['csv.required', 3, 'date'],
    ],
  },
  {
    file: 'actuals-header-only-bom-crlf.csv',
    reader: 'actuals',
    what: 'a BOM, a CRLF header and nothing else',
    content: bomCrlf(A),
    issues: [['csv.no_rows', 2, '*']],
  },
  {
    file: 'actuals-blank-lines-only.csv',
    reader: 'actuals',
    what: 'blank lines and spaces only',
    content: '\n\n   \n',
    issues: [['csv.empty_file', 1, '*']],
  },
  {
    file: 'actuals-not-utf8.csv',
    reader: 'actuals',
    what: 'Latin-1 bytes where UTF-8 is expected',
    content: new Uint8Array([
      ...utf8(`${A}\n${A_ROT}\n`),
      ...latin1('12-CTr/TU,rotation,Hòa Bình,2019-05-20,2\n'),
    ]),
    issues: [['csv.invalid_encoding', 3, 'org_unit']],
  },
  {
    file: 'actuals-tab-delimited.csv',
    reader: 'actuals',
    what: 'tab-separated; 31/04/2019 does not exist',
    content: text(A, A_ROT, '12-CTr/TU,rotation,Bắc Kạn,31/04/2019,2').replaceAll(',', '\t'),
    issues: [['csv.impossible_date', 3, 'date']],
    good: [rotObs],
  },
  {
    file: 'actuals-utf16le.csv',
    reader: 'actuals',
    what: 'UTF-16 LE with BOM (Excel "Unicode text"); a value in words',
    content: utf16le(text(A, A_ROT, '12-CTr/TU,rotation,Đăk Lăk,2019-05-20,hai')),
    issues: [['csv.invalid_number', 3, 'value']],
    good: [rotObs],
  },
  {
    file: 'actuals-mixed-line-ends.csv',
    reader: 'actuals',
    what: 'CRLF and LF lines mixed; a negative value on line 4',
    content: `${A}\r\n${A_ROT}\n${A_EDU}\r\n12-CTr/TU,rotation,Bắc Cạn,2019-05-20,-1\n`,
    issues: [['csv.negative_number', 4, 'value']],
    good: [rotObs, { indicator: 'master_education', value: 30 }],
  },
  {
    file: 'actuals-unknown-column.csv',
    reader: 'actuals',
    what: 'a note column actuals.csv does not have',
    content: text(`${A},Ghi chú`, `${A_ROT},đợt 1`),
    issues: [['csv.unknown_column', 1, 'Ghi chú']],
  },
  {
    file: 'persons-bad-sex.csv',
    reader: 'persons',
    what: 'a sex that is neither nam nor nữ',
    content: text(P, P1, 'CB002,Hoàng Văn Minh,05/11/1985,khác,cán bộ,Cao Bằng'),
    issues: [['csv.invalid_value', 3, 'sex']],
  },
  {
    file: 'persons-impossible-birth-date.csv',
    reader: 'persons',
    what: 'born on 30 February',
    content: text(P, 'CB001,Nguyễn Thị Lan,30/02/1980,nữ,công chức,Cao Bằng'),
    issues: [['csv.impossible_date', 2, 'birth_date']],
  },
  {
    file: 'persons-duplicate-id.csv',
    reader: 'persons',
    what: 'one id on two people',
    content: text(P, P1, 'CB002,Hoàng Văn Minh,05/11/1985,nam,cán bộ,Cao Bằng', 'CB001,Lê Thị Hoa,01/01/1990,nữ,viên chức,Bắc Kạn'),
    issues: [['csv.duplicate_key', 4, 'id']],
  },
  {
    file: 'persons-bad-boolean.csv',
    reader: 'persons',
    what: '"có lẽ" is not yes or no',
    content: text(`${P},ethnic_minority`, `${P1},có lẽ`),
    issues: [['csv.invalid_value', 2, 'ethnic_minority']],
  },
  {
    file: 'persons-bad-employment.csv',
    reader: 'persons',
    what: 'a contract worker is not an employment class',
    content: text(P, 'CB003,Trần Văn Bình,01/02/1979,nam,hợp đồng,Cao Bằng'),
    issues: [['csv.invalid_value', 2, 'employment']],
  },
  {
    file: 'org-units-dangling-parent.csv',
    reader: 'org-units',
    what: 'a parent that is not in the file',
    content: text(O, '04,Cao Bằng,tỉnh,VN'),
    issues: [['org_unit.unknown_parent', 2, 'parent_code']],
  },
  {
    file: 'org-units-parent-cycle.csv',
    reader: 'org-units',
    what: 'two agencies that are each other’s parent',
    content: text(O, 'A,Sở Nội vụ,agency,B', 'B,Ban Tổ chức Tỉnh ủy,agency,A'),
    issues: [
      ['org_unit.parent_cycle', 2, 'parent_code'],
      ['org_unit.parent_cycle', 3, 'parent_code'],
    ],
  },
  {
    file: 'org-units-duplicate-code.csv',
    reader: 'org-units',
    what: 'one code on two units',
    content: text(O, '04,Cao Bằng,tỉnh,', '04,Bắc Kạn,tỉnh,'),
    issues: [['csv.duplicate_key', 3, 'code']],
  },
  {
    file: 'org-units-inverted-validity.csv',
    reader: 'org-units',
    what: 'a unit that ends before it begins',
    content: text(`${O},valid_from,valid_to`, '02,Hà Giang,tỉnh,,2025-07-01,2025-06-30'),
    issues: [['org_unit.inverted_validity', 2, 'valid_to']],
  },
  {
    file: 'training-bad-level-and-hours.csv',
    reader: 'training',
    what: '"cử nhân" is not a degree level here; 40.5 tiết is not whole',
    content: text(
      'id,person_id,org_unit,type,level,start,hours',
      'DT01,CB001,Cao Bằng,đào tạo,cử nhân,2017-09-01,0',
      'BD01,CB001,Cao Bằng,bồi dưỡng,,2018-03-01,40.5',
    ),
    issues: [
      ['csv.invalid_value', 2, 'level'],
      ['csv.not_integer', 3, 'hours'],
    ],
  },
];
