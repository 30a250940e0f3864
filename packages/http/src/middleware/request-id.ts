import type { MiddlewareHandler } from 'hono';
import type { CadreEnv } from '../api/env.js';

/** The header that carries a request's id, in both directions. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

// What a caller's own id may hold before it is echoed into headers and logs.
const SAFE_ID = /^[\w\-=]{1,255}$/;

/**
 * The id of a request: the caller's `X-Request-Id` when it is 1–255 letters, digits, `_`, `-` or
 * `=` (so a gateway's id follows the request through), else a new random UUID.
 * @example
 * requestIdOf(new Request('http://x/', { headers: { 'X-Request-Id': 'gw-42' } })); // 'gw-42'
 */
export function requestIdOf(request: Request): string {
  const given = request.headers.get(REQUEST_ID_HEADER);
  return given !== null && SAFE_ID.test(given) ? given : crypto.randomUUID();
}

/**
 * Gives every request its id (see `requestIdOf`) and every response the `X-Request-Id` header.
 * @example
 * app.use(requestIds());
 */
export function requestIds(): MiddlewareHandler<CadreEnv> {
  return (c, next) => {
    const id = requestIdOf(c.req.raw);
    c.set('requestId', id);
    c.header(REQUEST_ID_HEADER, id);
    return next();
  };
}
