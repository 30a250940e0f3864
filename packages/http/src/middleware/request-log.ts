import { isCadreError } from '@cadre/core';
import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { CadreEnv } from '../api/env.js';
import type { RequestLogEntry, RequestLogger } from '../api/logger.js';

/**
 * Logs one entry per request after it is answered. Only the route pattern is logged, so ids,
 * names and other values in the path, query or body never reach the log.
 * @example
 * app.use(requestLog((entry) => console.log(JSON.stringify(entry))));
 */
export function requestLog(logger: RequestLogger | undefined): MiddlewareHandler<CadreEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    if (logger === undefined) return;
    // The first route (not middleware) that matched is the one meant: routes match in order.
    const route = matchedRoutes(c).find((r) => r.method !== 'ALL')?.path ?? '(unmatched)';
    const entry: RequestLogEntry = {
      requestId: c.get('requestId'),
      method: c.req.method,
      route,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 1000) / 1000,
    };
    const principal = c.get('principal');
    if (principal !== undefined) entry.principal = principal.id;
    if (c.error !== undefined && c.res.status >= 500) {
      const e = c.error;
      entry.error = isCadreError(e) ? { name: e.name, code: e.code } : { name: e.name };
    }
    logger(entry);
  };
}
