import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isCadreError } from '@cadre/core';
import { describe, expect, it } from 'vitest';
import { loadDriver } from './load-driver.js';

// Node's own error for a package that is not installed: import it from an empty folder in a
// fresh process (ESM resolution ignores NODE_PATH), and rebuild the error it printed.
function notInstalled(name: string): Error {
  const dir = mkdtempSync(join(tmpdir(), 'cadre-no-packages-'));
  try {
    const script = `import(${JSON.stringify(name)}).catch((e) => console.log(JSON.stringify({ code: e.code, message: e.message })))`;
    const out = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: dir,
      encoding: 'utf8',
    });
    const { code, message } = JSON.parse(out.stdout) as { code: string; message: string };
    return Object.assign(new Error(message), { code });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('loadDriver', () => {
  it('names the package to install when a driver is missing, in English and Vietnamese', async () => {
    const error = await loadDriver('pg', async () => {
      throw notInstalled('pg');
    }).catch((e: unknown) => e);
    expect(isCadreError(error), String(error)).toBe(true);
    if (!isCadreError(error)) return;
    expect(error.code).toBe('driver_missing');
    expect(error.message).toContain('npm install pg');
    expect(error.details).toMatchObject({ package: 'pg' });
    expect((error.details as { vi: string }).vi).toContain('chưa được cài');
  });

  it('rethrows other failures unchanged, including another missing package', async () => {
    const other = await loadDriver('pg', async () => {
      throw notInstalled('left-pad');
    }).catch((e: unknown) => e);
    expect(isCadreError(other)).toBe(false);
    const boom = new Error('boom');
    await expect(
      loadDriver('better-sqlite3', async () => {
        throw boom;
      }),
    ).rejects.toBe(boom);
  });

  it('hands back the module when it is installed', async () => {
    const kysely = await loadDriver('pg', () => import('kysely'));
    expect(typeof kysely.Kysely).toBe('function');
  });
});
