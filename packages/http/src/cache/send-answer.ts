import type { Context } from 'hono';
import type { CadreEnv } from '../api/env.js';
import { etagOf, noneMatchHits } from './etag.js';
import type { CachedAnswer } from './read-cache.js';

const encoder = new TextEncoder();

/**
 * Serializes a JSON answer once, with its ETag, for the cache.
 * @example
 * const answer = await serializeAnswer({ programme: '12-CTr/TU', rows: [] });
 */
export async function serializeAnswer(value: unknown): Promise<CachedAnswer> {
  const body = encoder.encode(JSON.stringify(value));
  return { body, etag: await etagOf(body) };
}

// Answers depend on who asks (their scope chose the org unit), so only the caller's own cache may
// keep them, and it must ask again each time; the ETag makes asking again cheap.
const CACHE_CONTROL = 'private, no-cache';
const VARY = 'Authorization, X-Api-Key';

/**
 * Sends a serialized answer as `200 application/json` with its ETag, or `304 Not Modified` when
 * the request's `If-None-Match` already names it. Headers set by middleware (the request id) stay.
 * @example
 * return sendAnswer(c, await reads.answer(key, version, () => serializeAnswer(report)));
 */
export function sendAnswer(c: Context<CadreEnv>, answer: CachedAnswer): Response {
  c.header('ETag', answer.etag);
  c.header('Cache-Control', CACHE_CONTROL);
  c.header('Vary', VARY);
  if (noneMatchHits(c.req.header('if-none-match'), answer.etag)) return c.body(null, 304);
  c.header('Content-Type', 'application/json');
  return c.body(answer.body, 200);
}
