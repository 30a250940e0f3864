import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../__fixtures__/run-cli.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cadre-validate-'));
  const programme = {
    code: '12-CTr/TU',
    title: { vi: 'Thử nghiệm' },
    period: { kind: 'custom', start: '2016-05-09', end: '2020-12-31' },
    indicators: [
      { code: 'rotation', name: { vi: 'Luân chuyển cán bộ' } },
      { code: 'rotation', name: { vi: 'Luân chuyển (trùng mã)' } },
    ],
    targets: [
      {
        indicator: 'rotation',
        orgUnit: '04',
        period: { start: '2016-05-09', end: '2020-12-31' },
        value: -40,
      },
    ],
  };
  writeFileSync(join(dir, 'bad.json'), JSON.stringify(programme, null, 2));
  writeFileSync(join(dir, 'broken.json'), '{\n  "code": "x",\n  "title": }\n');
});

const CAO_BANG = fileURLToPath(
  new URL('../../../../core/src/programmes/__fixtures__/cao-bang-12-ctr-tu.json', import.meta.url),
);

describe('cadre validate', () => {
  it('accepts the Cao Bằng programme definition', async () => {
    const r = await cli(['validate', CAO_BANG]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^cao-bang-12-ctr-tu\.json: hợp lệ — 12-CTr\/TU, \d+ chỉ số, \d+ chỉ tiêu\n$/,
    );
  });

  it('prints every issue with its path and exits 1', async () => {
    const r = await cli(['validate', 'bad.json', '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    const paths = doc.files[0].issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['targets[0].value', 'indicators[1].code']));
  });

  it('places a JSON syntax error at its line and column', async () => {
    const r = await cli(['validate', 'broken.json'], { cwd: dir });
    expect(r.code).toBe(1);
    // Line 3 is `  "title": }`: the value should start at column 12.
    expect(r.stdout).toContain('broken.json, dòng 3, cột 12: không phải JSON hợp lệ');
  });

  it('needs a file (exit 2)', async () => {
    const r = await cli(['validate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cần ít nhất một tệp');
  });
});
