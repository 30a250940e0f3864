import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { KEYS, PROGRAMME, testApi } from '../__fixtures__/seed.js';
import { send } from '../__fixtures__/send.js';
import { acceptsWorkbook, XLSX_MEDIA_TYPE } from './attainment-workbook.js';

const PATH = `/attainment?programme=${encodeURIComponent(PROGRAMME.code)}&asOf=2019-05-20`;

// Read with SheetJS, not with the library that wrote it.
function sheetRows(bytes: ArrayBuffer) {
  const wb = XLSX.read(new Uint8Array(bytes));
  const grid = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, {
    header: 1,
    defval: null,
  });
  const header = grid.findIndex((r) => r[0] === 'STT' || r[0] === 'No.');
  const cols = grid[header] as string[];
  return grid
    .slice(header + 1)
    .filter((r) => typeof r[0] === 'number')
    .map((r) => Object.fromEntries(cols.map((c, i) => [c, r[i]])));
}

describe('GET /attainment as a workbook', () => {
  it('answers Accept xlsx with the figures of the JSON answer', async () => {
    const { app } = await testApi();
    const json = await send(app, 'GET', { path: `${PATH}&lang=vi`, key: KEYS.ministryAggregate });
    const rows = ((await json.json()) as { rows: Record<string, string>[] }).rows;
    const res = await send(
      app,
      'GET',
      { path: PATH, key: KEYS.ministryAggregate },
      { Accept: XLSX_MEDIA_TYPE },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX_MEDIA_TYPE);
    expect(res.headers.get('content-disposition')).toMatch(/\.xlsx"$/);
    const sheet = sheetRows(await res.arrayBuffer());
    expect(sheet).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      expect(sheet[i]!['Thực hiện']).toBe(Number(row.actual));
      expect(sheet[i]!['Kế hoạch']).toBe(row.target === null ? null : Number(row.target));
      expect(sheet[i]!['Kết quả']).toBe(row.phrase);
    });
  });

  it('still checks the scope, and keeps JSON for a repeated query asked as JSON', async () => {
    const { app } = await testApi();
    const denied = await send(app, 'GET', { path: PATH, key: 'nope' }, { Accept: XLSX_MEDIA_TYPE });
    expect(denied.status).toBe(401);
    const key = KEYS.ministryAggregate;
    await send(app, 'GET', { path: PATH, key });
    const again = await send(app, 'GET', { path: PATH, key }, { Accept: XLSX_MEDIA_TYPE });
    expect(again.headers.get('content-type')).toBe(XLSX_MEDIA_TYPE);
    const json = await send(app, 'GET', { path: PATH, key });
    expect(json.headers.get('content-type')).toMatch(/json/);
  });

  it('documents the workbook in the OpenAPI answer of the route', async () => {
    const { app } = await testApi();
    const doc = (await (await app.request('/openapi.json')).json()) as {
      paths: Record<string, { get: { responses: Record<string, { content: object }> } }>;
    };
    expect(Object.keys(doc.paths['/attainment']!.get.responses['200']!.content)).toEqual([
      'application/json',
      XLSX_MEDIA_TYPE,
    ]);
  });
});

describe('acceptsWorkbook', () => {
  it('takes the xlsx type with a non-zero quality, and nothing else', () => {
    expect(acceptsWorkbook(XLSX_MEDIA_TYPE)).toBe(true);
    expect(acceptsWorkbook(`application/json;q=0.5, ${XLSX_MEDIA_TYPE}`)).toBe(true);
    expect(acceptsWorkbook(`${XLSX_MEDIA_TYPE};q=0`)).toBe(false);
    expect(acceptsWorkbook('*/*')).toBe(false);
    expect(acceptsWorkbook(undefined)).toBe(false);
  });
});
