import { CadreError } from '../../result/error.js';
import { compareKeys, type NaturalKey } from '../keys.js';
import type { Page, PageRequest } from '../types.js';
import { copyOut, type Entry } from './state.js';

/** Page size when none is asked for, and the largest a caller may ask for. */
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

/**
 * Reads the page size of a request, refusing sizes that are not integers in 1…1000.
 * @example
 * pageLimit({ limit: 10 }); // 10
 */
export function pageLimit(request: PageRequest | undefined): number {
  const limit = request?.limit ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new CadreError(
      'invalid_argument',
      `limit: expected an integer from 1 to ${MAX_PAGE_SIZE}, got ${String(limit)}`,
      { path: ['limit'] },
    );
  }
  return limit;
}

/**
 * Encodes the key of a page's last row as a cursor. Callers treat it as opaque text.
 * @example
 * encodeCursor(['04']); // '["04"]'
 */
export function encodeCursor(key: NaturalKey): string {
  return JSON.stringify(key);
}

/**
 * Decodes a cursor made by `encodeCursor`; anything else is a programmer error.
 * @example
 * decodeCursor('["04"]'); // ['04']
 */
export function decodeCursor(cursor: string): NaturalKey {
  try {
    const key: unknown = JSON.parse(cursor);
    if (Array.isArray(key) && key.every((k) => typeof k === 'string')) return key;
  } catch {
    // Falls through to the error below: the cause is always a malformed cursor.
  }
  throw new CadreError('invalid_argument', 'cursor: expected a nextCursor from a previous page', {
    path: ['cursor'],
  });
}

/**
 * One page of rows in natural-key order, starting after the request's cursor.
 * @example
 * paginate(entries, { limit: 2 }); // { items: [first, second], nextCursor: '…' }
 */
export function paginate<T>(
  entries: Iterable<Entry<T>>,
  request: PageRequest | undefined,
  keep: (value: T) => boolean = () => true,
): Page<T> {
  const limit = pageLimit(request);
  const after = request?.cursor ? decodeCursor(request.cursor) : null;
  const rows = [...entries]
    .filter((e) => (after === null || compareKeys(e.key, after) > 0) && keep(e.value))
    .sort((a, b) => compareKeys(a.key, b.key));
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((e) => copyOut(e.value)),
    nextCursor: rows.length > limit && last ? encodeCursor(last.key) : null,
  };
}
