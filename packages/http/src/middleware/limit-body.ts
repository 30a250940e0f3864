import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { CadreEnv } from '../api/env.js';
import { problemResponse } from '../problem/error-handler.js';

/** Default largest request body: 1 MiB, ample for a JSON batch of several thousand rows. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * Refuses bodies over `maxBytes` with a 413 problem, by declared length or while streaming.
 * @example
 * app.use(limitBody(64 * 1024));
 */
export function limitBody(maxBytes: number): MiddlewareHandler<CadreEnv> {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      problemResponse(c, 413, {
        detail: `the request body is larger than ${maxBytes} bytes; split the batch`,
        detailVi: `nội dung yêu cầu lớn hơn ${maxBytes} byte; hãy chia nhỏ lô dữ liệu`,
        issues: [
          {
            code: 'body.too_large',
            path: ['body'],
            message: `body: expected at most ${maxBytes} bytes`,
            messageVi: `body: tối đa ${maxBytes} byte`,
          },
        ],
      }),
  });
  // GET and HEAD carry no body. Asking a Node request for its body builds a whole web Request,
  // the largest single cost of a small read, so reads skip the check without looking.
  return (c, next) => (BODYLESS.has(c.req.method) ? next() : limit(c, next));
}

/** Methods whose requests carry no body (fetch refuses one). */
export const BODYLESS: ReadonlySet<string> = new Set(['GET', 'HEAD']);
