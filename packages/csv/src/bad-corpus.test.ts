import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BAD_CASES, type BadCase } from './__fixtures__/bad-cases.js';
import { TEST_UNITS } from './__fixtures__/org-units.js';
import { readActualsCsv } from './actuals/iterate-observations.js';
import { readOrgUnitsCsv } from './formats/read-org-units.js';
import { readPersonsCsv, readTrainingCsv } from './formats/read-records.js';
import { readTargetsCsv } from './formats/read-targets.js';
import type { CsvImportMode } from './read/import-tally.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__', 'bad');

function read(c: BadCase, mode: CsvImportMode) {
  const path = join(dir, c.file);
  const options = { mode, orgUnits: TEST_UNITS, ...(c.locale ? { locale: c.locale } : {}) };
  switch (c.reader) {
    case 'targets':
      return readTargetsCsv(path, options);
    case 'actuals':
      return readActualsCsv(path, options);
    case 'persons':
      return readPersonsCsv(path, options);
    case 'training':
      return readTrainingCsv(path, options);
    case 'org-units':
      return readOrgUnitsCsv(path, { mode, ...(c.locale ? { locale: c.locale } : {}) });
  }
}

describe('bad-input corpus', () => {
  it('holds at least 40 files, each one the table says', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.csv'));
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(files.sort()).toEqual(BAD_CASES.map((c) => c.file).sort());
    for (const c of BAD_CASES) {
      const bytes = typeof c.content === 'string' ? new TextEncoder().encode(c.content) : c.content;
      expect(new Uint8Array(readFileSync(join(dir, c.file))), c.file).toEqual(bytes);
    }
  });

  it.each(BAD_CASES.map((c) => [c.file, c] as const))(
    '%s: exact issues, nothing imported',
    async (_, c) => {
      const r = await read(c, 'all_or_nothing');
      expect(r.summary.issues.map((i) => [i.code, i.path[0], i.path[1]])).toEqual(c.issues);
      expect(r.ok).toBe(false);
      expect(r.records).toEqual([]);
      expect(r.summary.imported).toBe(0);
      expect(r.summary.ignored).toBe(r.summary.read);
      for (const i of r.summary.issues) {
        expect(i.message).toContain(c.file);
        expect(i.messageVi).toContain(c.file);
        if (i.path[0] !== 0) expect(i.messageVi).toContain(`dòng ${i.path[0]}`);
      }
    },
  );

  const variants = BAD_CASES.filter((c) => c.good !== undefined);
  it.each(variants.map((c) => [c.file, c] as const))(
    '%s: a valid variant still parses its good rows',
    async (_, c) => {
      const r = await read(c, 'skip_bad_rows');
      expect(r.records).toMatchObject(c.good!);
      expect(r.summary.imported).toBe(c.good!.length);
      expect(r.summary.ignored).toBe(c.issues.length);
    },
  );
});
