import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Issue } from '@cadre/core';
import { createSqliteStore } from '@cadre/sql';
import { renderReview } from './render-review.js';
import { runReview } from './run-review.js';

/**
 * The demo: a fresh SQLite file in a temporary folder, the whole review run through it, the
 * printed lines returned (or every issue when the data does not validate). The folder is
 * removed afterwards.
 * @example
 * const r = await runDemo();
 * if (r.ok) console.log(r.lines.join('\n'));
 */
export async function runDemo(): Promise<
  { ok: true; lines: string[] } | { ok: false; issues: Issue[] }
> {
  const dir = mkdtempSync(join(tmpdir(), 'cadre-cao-bang-'));
  const store = await createSqliteStore({ filename: join(dir, 'cao-bang.db') });
  try {
    const review = await runReview(store);
    if (!review.ok) return { ok: false, issues: review.issues };
    return { ok: true, lines: renderReview(review.value, { store: 'SQLite' }) };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
