import type { Issue } from '@cadre/core';
import { describe, expect, it } from 'vitest';
import { TEST_UNITS } from '../__fixtures__/org-units.js';
import { iterateObservations } from '../actuals/iterate-observations.js';
import { readTargetsCsv } from '../formats/read-targets.js';
import { sniffEncoding } from './decode-text.js';

const CSV = 'programme,indicator,org_unit,date,value\n12-CTr/TU,rotation,Cao Bằng,2020-01-01,3\n';

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = bom ? `\uFEFF${text}` : text;
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[2 * i + (order === 'le' ? 0 : 1)] = u & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = u >> 8;
  }
  return out;
}

async function readActuals(source: Uint8Array | { text: string }) {
  const stream = iterateObservations(source, { orgUnits: TEST_UNITS, fileName: 'actuals.csv' });
  const values: unknown[] = [];
  for await (const batch of stream) for (const o of batch) values.push([o.orgUnit, o.value]);
  return { values, issues: stream.summary.issues };
}

const sites = (issues: readonly Issue[]) => issues.map((i) => [i.code, ...i.path]);

describe('encodings', () => {
  it.each([
    ['le', true],
    ['le', false],
    ['be', true],
    ['be', false],
  ] as const)(
    'reads UTF-16 %s (byte-order mark: %s) as the same rows as UTF-8',
    async (order, bom) => {
      const plain = await readActuals(new TextEncoder().encode(CSV));
      const wide = await readActuals(utf16(CSV, order, bom));
      expect(wide).toEqual(plain);
      expect(plain.values).toEqual([['04', 3]]);
      expect(sniffEncoding(utf16(CSV, order, bom))).toBe(`utf-16${order}`);
    },
  );

  it('keeps UTF-8 Vietnamese text as UTF-8', () => {
    expect(
      sniffEncoding(new TextEncoder().encode('Họ và tên,Đơn vị\nNguyễn Văn A,Cao Bằng\n')),
    ).toBe('utf-8');
  });

  it('reports a NUL byte with line and column, in both languages, and reads the other rows', async () => {
    const text = `programme,indicator,org_unit,period_start,period_end,target\nP,a,Cao Bằng,2016-01-01,2020-12-31,10\nP,b\u0000x,Cao Bằng,2016-01-01,2020-12-31,10\n`;
    const r = await readTargetsCsv(
      { text, name: 'targets.csv' },
      { orgUnits: TEST_UNITS, mode: 'skip_bad_rows' },
    );
    expect(sites(r.summary.issues)).toEqual([['csv.nul_byte', 3, 'indicator']]);
    expect(r.summary.issues[0]!.message).toContain('targets.csv, line 3, column "indicator"');
    expect(r.summary.issues[0]!.messageVi).toContain('targets.csv, dòng 3, cột "indicator"');
    expect(r.records).toHaveLength(1);
    const a = await readActuals({ text: CSV.replace('rotation', 'rot\u0000ation') });
    expect(sites(a.issues)).toEqual([['csv.nul_byte', 2, 'indicator']]);
  });
});
