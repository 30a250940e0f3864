import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from '../../__fixtures__/run-cli.js';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
const EXAMPLES = join(ROOT, 'examples');
const BAD = join(ROOT, 'packages/csv/src/__fixtures__/bad');

/** Each example's data files together, as a user would import them. */
const exampleSets = readdirSync(EXAMPLES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => {
    const data = join(EXAMPLES, d.name, 'data');
    let names: string[];
    try {
      names = readdirSync(data).filter((n) => /\.(csv|json)$/.test(n));
    } catch {
      return [];
    }
    return names.length === 0 ? [] : [{ name: d.name, files: names.map((n) => join(data, n)) }];
  });
const badFiles = readdirSync(BAD)
  .filter((n) => n.endsWith('.csv'))
  .map((n) => ({ name: n, files: [join(BAD, n)] }));

/** Per file: the issues, as both commands print them in JSON, without validate's extra path. */
async function both(files: string[]) {
  const imported = await cli(['import', '--db', ':memory:', '--format', 'json', ...files]);
  // A review date for the programmes' validation rules, which validate checks beyond import.
  const validated = await cli(['validate', '--as-of', '2019-05-20', '--format', 'json', ...files]);
  const issues = (stdout: string) => {
    if (stdout === '') return null;
    const doc = JSON.parse(stdout) as { files: { file: string; issues: object[] }[] };
    const byFile = doc.files.map((f) => ({
      file: f.file,
      issues: f.issues.map(({ path: _p, ...i }: { path?: string }) => i),
    }));
    return byFile.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  };
  // A usage error ends with a pointer to the command's own help.
  const stderr = (text: string) =>
    text.replace(/cadre (import|validate) --help/g, 'cadre … --help');
  return {
    imported: {
      code: imported.code,
      stderr: stderr(imported.stderr),
      files: issues(imported.stdout),
    },
    validated: {
      code: validated.code,
      stderr: stderr(validated.stderr),
      files: issues(validated.stdout),
    },
  };
}

describe('cadre validate reports what cadre import reports', () => {
  it.each(exampleSets)('on the $name example', async ({ files }) => {
    const { imported, validated } = await both(files);
    expect(validated).toEqual(imported);
  });

  it('says the Cao Bằng programme is valid, as import takes it', async () => {
    const data = join(EXAMPLES, 'cao-bang-12-ctr-tu', 'data');
    const files = ['programme.json', 'targets.csv', 'actuals.csv'].map((n) => join(data, n));
    const { imported, validated } = await both(files);
    expect(imported.code).toBe(0);
    expect(validated).toEqual(imported);
  });

  it.each(badFiles)('on the bad file $name', async ({ files }) => {
    const { imported, validated } = await both(files);
    expect(validated).toEqual(imported);
    expect(validated.code).not.toBe(0);
  });
});
