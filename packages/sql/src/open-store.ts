import { CadreError, type CadreStore } from '@cadre/core';
import { createPgliteStore } from './pglite/create-pglite-store.js';
import { createPostgresStore } from './postgres/create-postgres-store.js';
import { createSqliteStore } from './sqlite/create-sqlite-store.js';

/**
 * Opens a store from a URL: `postgres://…` or `postgresql://…` (an optional `?schema=` picks
 * the schema), `pglite://memory` (a throwaway PGlite), `:memory:` (throwaway SQLite),
 * `sqlite:path/to/file.db` or a plain path such as `cadre.db` (a SQLite file).
 * @example
 * const store = await openStore('cadre.db');
 * const pg = await openStore('postgres://cadre@localhost/cadre?schema=cao_bang');
 */
export async function openStore(url: string): Promise<CadreStore> {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    const parsed = new URL(url);
    const schema = parsed.searchParams.get('schema') ?? undefined;
    parsed.searchParams.delete('schema');
    return createPostgresStore({ connectionString: parsed.toString(), ...(schema && { schema }) });
  }
  if (/^pglite:/i.test(url)) {
    if (url.toLowerCase() !== 'pglite://memory') {
      throw new CadreError('invalid_argument', `url: expected pglite://memory, got "${url}"`, {
        path: ['url'],
      });
    }
    return createPgliteStore();
  }
  const filename = url.replace(/^sqlite:(\/\/)?/i, '');
  if (filename === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(filename)) {
    throw new CadreError(
      'invalid_argument',
      `url: expected postgres://…, pglite://memory, :memory: or a SQLite file path, got "${url}"`,
      { path: ['url'] },
    );
  }
  return createSqliteStore({ filename });
}
