/**
 * Writes the bad-input corpus from `bad-cases.ts` into `bad/`. Run from the package folder:
 * `node --import tsx src/__fixtures__/write-bad-fixtures.ts`. The corpus test checks that the
 * files on disk still equal the table.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BAD_CASES } from './bad-cases.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'bad');
mkdirSync(dir, { recursive: true });
for (const c of BAD_CASES) writeFileSync(join(dir, c.file), c.content);
process.stderr.write(`wrote ${BAD_CASES.length} files to ${dir}\n`);
