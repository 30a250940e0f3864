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
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(url)?.[1]?.toLowerCase();
  // A URL of another database (mysql://, mssql://) must not become a SQLite file named after it.
  // One-letter schemes are Windows drives (C:\data\cadre.db).
  if (scheme !== undefined && !SCHEMES.includes(scheme)) throw unsupported(url, scheme);
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

/** The URL schemes `@cadre/sql` opens. */
const SCHEMES = ['postgres', 'postgresql', 'pglite', 'sqlite'];

const STORES = {
  vi: 'SQLite (đường dẫn tệp như cadre.db, sqlite:cadre.db hoặc :memory:), PostgreSQL (postgres://…) và PGlite (pglite://memory)',
  en: 'SQLite (a file path such as cadre.db, sqlite:cadre.db or :memory:), PostgreSQL (postgres://…) and PGlite (pglite://memory)',
};

function unsupported(url: string, scheme: string) {
  return usageError(
    {
      vi: `--db: "${url}" là cơ sở dữ liệu loại ${scheme}, cadre không hỗ trợ; cadre lưu được vào ${STORES.vi}`,
      en: `--db: "${url}" is a ${scheme} database, which cadre does not support; cadre stores into ${STORES.en}`,
    },
    ['--db'],
  );
}

function filePath(url: string, cwd: string): string {
  const path = url.replace(/^sqlite:(\/\/)?/i, '');
  return path === '' ? url : resolve(cwd, path);
}
