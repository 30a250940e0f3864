/**
 * Shared shapes and lines of the bad-input corpus. The corpus: each case is a small file in `bad/` (written by `write-bad-fixtures.ts`
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

export const T = 'programme,indicator,org_unit,period_start,period_end,target';
export const EDU = '12-CTr/TU,master_education,Cao Bằng,2016-05-09,2020-12-31,10';
export const HEALTH = '12-CTr/TU,master_health,Cao Bằng,2016-05-09,2020-12-31,41';
export const ROT = '12-CTr/TU,rotation,04,2016-05-09,2020-12-31,40';
export const A = 'programme,indicator,org_unit,date,value';
export const A_ROT = '12-CTr/TU,rotation,Cao Bằng,2019-05-20,24';
export const A_EDU = '12-CTr/TU,master_education,Cao Bằng,2019-05-20,30';
export const P = 'id,name,birth_date,sex,employment,org_unit';
export const P1 = 'CB001,Nguyễn Thị Lan,12/03/1982,nữ,công chức,Cao Bằng';
export const O = 'code,name,level,parent_code';

export const text = (...rows: string[]) => `${rows.join('\n')}\n`;
export const utf8 = (s: string) => new TextEncoder().encode(s);
export const bomCrlf = (...rows: string[]) => utf8(`\uFEFF${rows.join('\r\n')}\r\n`);
export const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0) & 0xff));
export function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    out[2 + 2 * i] = s.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = s.charCodeAt(i) >> 8;
  }
  return out;
}

export const edu = { programme: '12-CTr/TU', indicator: 'master_education', orgUnit: '04', value: '10' };
export const health = { programme: '12-CTr/TU', indicator: 'master_health', orgUnit: '04', value: '41' };
export const rotObs = { programme: '12-CTr/TU', indicator: 'rotation', orgUnit: '04', date: '2019-05-20', value: 24 };

