import type { CadreStore, Issue } from '@cadre/core';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { CadreEnv } from '../api/env.js';
import type { ReadCache } from '../cache/read-cache.js';
import { validationHook } from '../problem/validation-hook.js';

/** What every route module is built from. */
export interface RouteDeps {
  store: CadreStore;
  /** Org-unit tree, scopes and answers shared between requests, per data version. */
  reads: ReadCache;
  /** The server's clock: when a write or a round transition happened (the core never reads it). */
  now: () => Date;
}

/**
 * A sub-app whose failed validations answer with a 400 problem.
 * @example
 * const app = routeApp().openapi(route, handler);
 */
export function routeApp() {
  return new OpenAPIHono<CadreEnv>({ defaultHook: validationHook });
}

/**
 * The 403 body for writes or reads that touch org units outside the caller's subtrees.
 * @example
 * if (issues.length > 0) return problemJson(c, 403, outOfScope(issues));
 */
export function outOfScope(issues: Issue[]) {
  return {
    detail: `${issues.length} org unit(s) outside the caller's scope: ${issues.map((i) => i.message).join('; ')}`,
    detailVi: `${issues.length} đơn vị nằm ngoài phạm vi của người gọi: ${issues.map((i) => i.messageVi).join('; ')}`,
    issues,
  };
}

/**
 * The principal of an authenticated request.
 * @example
 * const principal = principalOf(c);
 */
export function principalOf(c: Context<CadreEnv>) {
  return c.get('principal');
}
