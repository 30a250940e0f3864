import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/temp-dir.js';
import { createSqliteStore } from './create-sqlite-store.js';

const dir = tempDir('cadre-crash-');
afterAll(() => dir.remove());
const child = fileURLToPath(new URL('./__fixtures__/import-then-die.ts', import.meta.url));

/** Starts the child and SIGKILLs it once it reports `killAfter` chunks written (uncommitted). */
function importAndKill(filename: string, chunks: number, killAfter: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', child, filename, String(chunks)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.split('\n').filter((l) => l.startsWith('chunk')).length >= killAfter)
        proc.kill('SIGKILL');
    });
    proc.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    proc.on('error', reject);
    proc.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(out) : reject(new Error(`child was not killed: ${out}${err}`)),
    );
  });
}

describe('SQLite crash safety', () => {
  it('keeps none of a batch whose process is SIGKILLed mid-transaction, and all earlier data', async () => {
    const filename = join(dir.path, 'crash.db');
    const store = await createSqliteStore({ filename });
    await store.saveOrgUnits([{ code: '04', name: 'Cao Bằng', level: 'province' }]);
    await store.saveProgramme({
      code: 'P',
      title: { vi: 'Chương trình 12-CTr/TU' },
      period: { kind: 'phase', start: '2016-05-09', end: '2020-12-31' },
      indicators: [{ code: 'sent', name: { vi: 'Cử đi đào tạo' } }],
    });
    // Earlier data: the 24 rotations of the Cao Bằng review (seed 004).
    await store.saveObservations([
      { programme: 'P', indicator: 'sent', orgUnit: '04', date: '2019-05-20', value: 24 },
    ]);
    await store.close();

    const out = await importAndKill(filename, 40, 6);
    expect(out).not.toContain('committed');

    const raw = new Database(filename);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = raw
      .prepare('select count(*) as n, sum(value_int) as total from observations')
      .get();
    raw.close();
    // Only the row written before the crash: none of the 6 × 5,000 uncommitted rows.
    expect(rows).toEqual({ n: 1, total: 24 });

    const reopened = await createSqliteStore({ filename });
    const page = await reopened.listObservations({ programme: 'P' });
    expect(page.items).toEqual([
      {
        programme: 'P',
        indicator: 'sent',
        orgUnit: '04',
        date: '2019-05-20',
        value: 24,
        disaggregation: {},
      },
    ]);
    await reopened.close();
  }, 120_000);
});
