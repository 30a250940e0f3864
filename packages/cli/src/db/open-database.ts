import { resolve } from 'node:path';
import { type CadreStore, isCadreError } from '@cadre/core';
import { usageError } from '../run/usage-error.js';

/**
 * Opens the store named by `--db` through `@cadre/sql`'s `openStore`: `postgres://…`,
 * `pglite://memory`, `:memory:`, `sqlite:file.db` or a SQLite file path, which resolves against
 * the working directory. A malformed URL is a usage error; a database that cannot be reached
 * is a failure of the environment.
 * @example
 * const store = await openDatabase('cadre.db', io.cwd);
 */
export async function openDatabase(url: string, cwd: string): Promise<CadreStore> {
  const { openStore } = await import('@cadre/sql');
  const target =
    /^(postgres(ql)?|pglite):/i.test(url) || url === ':memory:' ? url : filePath(url, cwd);
  try {
    return await openStore(target);
  } catch (error) {
    if (isCadreError(error) && error.code === 'invalid_argument') {
      throw usageError(
        {
          vi: `--db: "${url}" không hợp lệ; cần postgres://…, pglite://memory, :memory: hoặc đường dẫn tệp SQLite`,
          en: `--db: "${url}" is not allowed; expected postgres://…, pglite://memory, :memory: or a SQLite file path`,
        },
        ['--db'],
      );
    }
    throw error;
  }
}

function filePath(url: string, cwd: string): string {
  const path = url.replace(/^sqlite:(\/\/)?/i, '');
  return path === '' ? url : resolve(cwd, path);
}
