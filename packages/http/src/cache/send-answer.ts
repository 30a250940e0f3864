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

/** Status, headers and body of a serialized answer, as both ways of sending it use them. */
export interface AnswerParts {
  status: 200 | 304;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer> | null;
}

/**
 * `200 application/json` with the answer's ETag, or `304 Not Modified` when `ifNoneMatch`
 * already names it.
 * @example
 * answerParts(answer, request.headers.get('if-none-match') ?? undefined).status; // 200 or 304
 */
export function answerParts(answer: CachedAnswer, ifNoneMatch: string | undefined): AnswerParts {
  const headers: Record<string, string> = {
    ETag: answer.etag,
    'Cache-Control': CACHE_CONTROL,
    Vary: VARY,
  };
  if (noneMatchHits(ifNoneMatch, answer.etag)) return { status: 304, headers, body: null };
  headers['Content-Type'] = 'application/json';
  return { status: 200, headers, body: answer.body };
}

/**
 * Sends a serialized answer through Hono (see `answerParts`). Headers set by middleware (the
 * request id) stay.
 * @example
 * return sendAnswer(c, await reads.answer(key, version, () => serializeAnswer(report)));
 */
export function sendAnswer(c: Context<CadreEnv>, answer: CachedAnswer): Response {
  const { headers, body } = answerParts(answer, c.req.header('if-none-match'));
  for (const name in headers) c.header(name, headers[name]);
  return body === null ? c.body(null, 304) : c.body(body, 200);
}
