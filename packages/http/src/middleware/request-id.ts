/** The header that carries a request's id, in both directions (Hono's `requestId` default). */
export const REQUEST_ID_HEADER = 'X-Request-Id';

// What a caller's own id may hold before it is echoed into headers and logs: Hono's rule.
const SAFE_ID = /^[\w\-=]{1,255}$/;

/**
 * The id of a request answered before routing (the repeat lane, which runs outside Hono's
 * middleware): the caller's `X-Request-Id` when it is 1–255 letters, digits, `_`, `-` or `=`,
 * else a new random UUID. The routes get their id from `hono/request-id`; a test holds the two
 * to the same rule.
 * @example
 * requestIdOf(new Request('http://x/', { headers: { 'X-Request-Id': 'gw-42' } })); // 'gw-42'
 */
export function requestIdOf(request: Request): string {
  const given = request.headers.get(REQUEST_ID_HEADER);
  return given !== null && SAFE_ID.test(given) ? given : crypto.randomUUID();
}
