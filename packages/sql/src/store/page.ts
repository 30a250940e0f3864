import { CadreError, type PageRequest } from '@cadre/core';

/** Default and largest page sizes of every list. */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

/**
 * Checks a page request and decodes its cursor into the last key of the previous page.
 * Throws `invalid_argument` for a limit outside 1…1000 or a cursor this store did not write.
 * @example
 * readPage({ limit: 2 }); // { limit: 2, after: null }
 */
export function readPage(
  page: PageRequest | undefined,
  keyLength: number,
): { limit: number; after: string[] | null } {
  const limit = page?.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new CadreError(
      'invalid_argument',
      `page.limit: expected an integer in 1…1000, got ${limit}`,
      {
        path: ['limit'],
      },
    );
  }
  const cursor = page?.cursor;
  if (cursor === undefined || cursor === null) return { limit, after: null };
  let after: unknown;
  try {
    after = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    after = undefined;
  }
  if (
    !Array.isArray(after) ||
    after.length !== keyLength ||
    !after.every((k) => typeof k === 'string')
  ) {
    throw new CadreError(
      'invalid_argument',
      'page.cursor: expected a cursor returned by this list',
      {
        path: ['cursor'],
      },
    );
  }
  return { limit, after };
}

/**
 * Cuts the `limit + 1` rows a list fetched into a page and writes the next cursor from the
 * last kept row's key.
 * @example
 * toPage([a, b, c], 2, (r) => [r.code]); // { items: [a, b], nextCursor: '…' }
 */
export function toPage<R, T>(
  rows: R[],
  limit: number,
  keyOf: (row: R) => string[],
  decode: (row: R) => T,
): { items: T[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  const last = kept[kept.length - 1];
  const nextCursor =
    more && last !== undefined
      ? Buffer.from(JSON.stringify(keyOf(last)), 'utf8').toString('base64url')
      : null;
  return { items: kept.map(decode), nextCursor };
}
