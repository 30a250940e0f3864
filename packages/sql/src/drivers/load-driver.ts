import { CadreError } from '@cadre/core';

/** The driver packages `@cadre/sql` loads on demand, each an optional peer dependency. */
export type DriverPackage =
  | 'better-sqlite3'
  | 'pg'
  | 'pg-pool'
  | 'pg-copy-streams'
  | '@electric-sql/pglite';

// The engine each driver serves, for the message.
const ENGINE: Record<DriverPackage, string> = {
  'better-sqlite3': 'SQLite',
  pg: 'PostgreSQL',
  'pg-pool': 'PostgreSQL',
  'pg-copy-streams': 'PostgreSQL',
  '@electric-sql/pglite': 'PGlite',
};

/**
 * Loads a driver the first time an engine needs it, so an application installs only the
 * drivers of the engines it opens. A driver that is not installed becomes `CadreError`
 * 'driver_missing' naming the package to install (English message, Vietnamese in
 * `details.vi`); any other failure while loading it is rethrown as it is.
 * @example
 * const { PGlite } = await loadDriver('@electric-sql/pglite', () => import('@electric-sql/pglite'));
 */
export async function loadDriver<T>(name: DriverPackage, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (!isMissing(error, name)) throw error;
    const engine = ENGINE[name];
    throw new CadreError(
      'driver_missing',
      `The ${engine} store needs the package "${name}", which is not installed: run \`npm install ${name}\` (or pnpm add / yarn add) in your application`,
      {
        details: {
          package: name,
          vi: `Kho ${engine} cần gói "${name}" nhưng gói này chưa được cài: chạy \`npm install ${name}\` (hoặc pnpm add / yarn add) trong ứng dụng của bạn`,
        },
        cause: error,
      },
    );
  }
}

// Node says ERR_MODULE_NOT_FOUND (import) or MODULE_NOT_FOUND (require) and names the package;
// a missing file inside an installed driver is another fault and is not reported as this one.
function isMissing(error: unknown, name: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return false;
  return (
    typeof message === 'string' && (message.includes(`'${name}'`) || message.includes(`'${name}/`))
  );
}
