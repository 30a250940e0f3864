/**
 * Memory and server scenarios run the packages as users do: the built JavaScript in dist/, on
 * plain Node. Running the TypeScript source through tsx adds about 75 MB of compiler to every
 * process, which would be measured as cadre's.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packagesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

/** True when `packages/<name>/dist/index.js` exists and is newer than every file in its src/. */
function isFresh(name: string): boolean {
  const built = join(packagesDir, name, 'dist', 'index.js');
  return (
    existsSync(built) && statSync(built).mtimeMs >= newestSource(join(packagesDir, name, 'src'))
  );
}

/**
 * Builds `@cadre/<name>` and what it depends on when its dist/ is missing or older than its
 * sources, so a child process can import the package by name without the `source` condition.
 * @example
 * ensureBuilt(['core', 'csv']);
 */
export function ensureBuilt(names: string[]): void {
  const stale = names.filter((name) => !isFresh(name));
  if (stale.length === 0) return;
  process.stderr.write(`building ${stale.map((n) => `@cadre/${n}`).join(', ')} (dist is stale)\n`);
  const filters = stale.flatMap((n) => ['--filter', `@cadre/${n}...`]);
  const run = spawnSync('pnpm', [...filters, 'build'], {
    cwd: packagesDir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`building ${stale.join(', ')} failed (${run.status})`);
}
