import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Issue } from '@cadre/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_UNITS } from '../__fixtures__/org-units.js';
import { iterateObservations } from '../actuals/iterate-observations.js';
import { CSV_LOCALES } from '../cells/locale.js';
import { parseNumberText } from '../cells/parse-number.js';
import { readTargetsCsv } from '../formats/read-targets.js';
import {
  MAX_ECHO_CHARS,
  MAX_NUMBER_DIGITS,
  MAX_ROW_CHARS,
  MAX_TEXT_CELL_CHARS,
} from './csv-limits.js';

const HEADER = 'programme,indicator,org_unit,date,value';
const GOOD = '12-CTr/TU,rotation,Cao Bằng,2020-01-01,3';
const FIFTY_MB = 50 * 1024 * 1024;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cadre-limits-'));
});
afterAll(() => {
  dir = '';
});

async function readActuals(source: string | { text: string }) {
  const stream = iterateObservations(source, { orgUnits: TEST_UNITS, fileName: 'actuals.csv' });
  let rows = 0;
  for await (const batch of stream) rows += batch.length;
  return { rows, summary: stream.summary };
}

const sites = (issues: readonly Issue[]) => issues.map((i) => [i.code, ...i.path]);

/** Every message and echo stays short, whatever the size of what it is about. */
function expectShort(issues: readonly Issue[]): void {
  for (const i of issues) {
    expect(i.message.length).toBeLessThan(MAX_ECHO_CHARS + 300);
    expect((i.messageVi ?? '').length).toBeLessThan(MAX_ECHO_CHARS + 300);
    if (typeof i.input === 'string') expect(i.input.length).toBeLessThanOrEqual(MAX_ECHO_CHARS + 1);
  }
}

describe('CSV limits', () => {
  it('refuses a 50 MB unquoted number cell with its line, and reads the rows after it', async () => {
    const path = join(dir, 'actuals-50mb.csv');
    const huge = '1'.repeat(FIFTY_MB);
    writeFileSync(
      path,
      `${HEADER}\n${GOOD}\n12-CTr/TU,rotation,Cao Bằng,2020-01-02,${huge}\n${GOOD.replace('01-01', '01-03')}\n`,
    );
    const r = await readActuals(path);
    expect(sites(r.summary.issues)).toEqual([['csv.row_too_long', 3, '*']]);
    expect(r.summary.issues[0]!.message).toContain(`line 3`);
    expect(r.summary.issues[0]!.messageVi).toContain(`dòng 3`);
    expect(r.summary.read).toBe(3);
    expect(r.rows).toBe(2);
    expectShort(r.summary.issues);
  });

  it('refuses the same cell quoted, and an unclosed quote still runs to the end', async () => {
    const huge = '2'.repeat(MAX_ROW_CHARS + 10);
    const quoted = await readActuals({
      text: `${HEADER}\n12-CTr/TU,rotation,Cao Bằng,2020-01-02,"${huge}"\n${GOOD}\n`,
    });
    expect(sites(quoted.summary.issues)).toEqual([['csv.row_too_long', 2, '*']]);
    expect(quoted.rows).toBe(1);
    const open = await readActuals({ text: `${HEADER}\n${GOOD}\nx,"${huge}\n${GOOD}\n` });
    expect(sites(open.summary.issues)).toEqual([['csv.unterminated_quote', 3, '*']]);
  });

  it('refuses a 900,000-digit value as a number too long, naming line and column', async () => {
    const r = await readActuals({
      text: `${HEADER}\n${GOOD}\n12-CTr/TU,rotation,Cao Bằng,2020-01-02,${'9'.repeat(900_000)}\n`,
    });
    expect(sites(r.summary.issues)).toEqual([['csv.number_too_long', 3, 'value']]);
    expect(r.summary.issues[0]!.message).toContain('900000 digits');
    expect(r.summary.issues[0]!.messageVi).toContain('900000 chữ số');
    expectShort(r.summary.issues);
  });

  it(`takes ${MAX_NUMBER_DIGITS} digits and refuses one more, in every reader`, async () => {
    const most = '1'.repeat(MAX_NUMBER_DIGITS);
    expect(parseNumberText(most, CSV_LOCALES.plain)).toEqual({ ok: true, text: most });
    expect(parseNumberText(`${most}1`, CSV_LOCALES.plain)).toEqual({
      ok: false,
      code: 'csv.number_too_long',
    });
    expect(parseNumberText(`1.${most}`, CSV_LOCALES.plain)).toMatchObject({ ok: false });
    const r = await readActuals({
      text: `${HEADER}\n12-CTr/TU,rotation,Cao Bằng,2020-01-02,${most}1\n`,
    });
    expect(sites(r.summary.issues)).toEqual([['csv.number_too_long', 2, 'value']]);
    const t = await readTargetsCsv(
      {
        text: `programme,indicator,org_unit,period_start,period_end,target\nP,ind,Cao Bằng,2020-01-01,2020-12-31,${most}1\n`,
      },
      { orgUnits: TEST_UNITS },
    );
    expect(sites(t.summary.issues)).toEqual([['csv.number_too_long', 2, 'target']]);
  });

  it(`refuses a text cell past ${MAX_TEXT_CELL_CHARS} characters`, async () => {
    const name = 'Cao Bằng '.repeat(MAX_TEXT_CELL_CHARS / 8);
    const r = await readActuals({ text: `${HEADER}\n12-CTr/TU,rotation,${name},2020-01-02,1\n` });
    expect(sites(r.summary.issues)).toEqual([['csv.cell_too_long', 2, 'org_unit']]);
    expect(r.summary.issues[0]!.message).toContain(`${name.length} characters`);
    expectShort(r.summary.issues);
    const most = 'x'.repeat(MAX_TEXT_CELL_CHARS);
    const ok = await readActuals({ text: `${HEADER}\n${most},rotation,Cao Bằng,2020-01-02,1\n` });
    expect(ok.summary.issues).toEqual([]);
  });

  it('refuses a 50 MB header without echoing it', async () => {
    const path = join(dir, 'header-50mb.csv');
    writeFileSync(path, `${'h'.repeat(FIFTY_MB)}\n${GOOD}\n`);
    const r = await readActuals(path);
    expect(sites(r.summary.issues)).toEqual([['csv.row_too_long', 1, '*']]);
    expectShort(r.summary.issues);
  });

  it('cuts an unknown header to a prefix in its echo', async () => {
    const long = 'k'.repeat(2000);
    const r = await readActuals({ text: `${HEADER},${long}\n${GOOD},1\n` });
    expect(r.summary.issues.map((i) => i.code)).toContain('csv.unknown_column');
    expectShort(r.summary.issues);
  });
});
