import type { MiddlewareHandler } from 'hono';
import type { CadreEnv } from '../api/env.js';
import { problemResponse } from '../problem/error-handler.js';
import { API_KEY_HEADER } from './api-keys.js';
import {
  hasScope,
  type Principal,
  PrincipalSchema,
  type Scope,
  type Verifier,
} from './principal.js';

/**
 * Runs the verifiers in order and stores the first principal; none → 401 problem.
 * @example
 * app.use('/org-units/*', authenticate([apiKeys(keys)]));
 */
export function authenticate(verifiers: readonly Verifier[]): MiddlewareHandler<CadreEnv> {
  // Verifiers like apiKeys return the same object for every request with a key: parse it once.
  const parsed = new WeakMap<object, Principal>();
  return async (c, next) => {
    for (const verify of verifiers) {
      const principal = await verify(c.req.raw);
      if (principal !== null) {
        let checked = parsed.get(principal);
        if (checked === undefined) {
          // A custom verifier returning a malformed principal is a programmer error: fail loudly.
          checked = PrincipalSchema.parse(principal);
          parsed.set(principal, checked);
        }
        c.set('principal', checked);
        return next();
      }
    }
    return problemResponse(
      c,
      401,
      {
        detail: `no valid credential: send ${API_KEY_HEADER} or Authorization: Bearer <token>`,
        detailVi: `thiếu thông tin xác thực hợp lệ: hãy gửi ${API_KEY_HEADER} hoặc Authorization: Bearer <token>`,
        issues: [
          {
            code: 'auth.missing',
            path: ['header', 'authorization'],
            message: `authorization: expected a valid API key or bearer token`,
            messageVi: `authorization: cần khóa API hoặc token hợp lệ`,
          },
        ],
      },
      { 'WWW-Authenticate': 'Bearer realm="cadre"' },
    );
  };
}

/**
 * Route middleware: the principal must hold one of `scopes`, else 403 problem.
 * @example
 * createRoute({ method: 'post', path: '/imports', middleware: [requireScope('write')], … });
 */
export function requireScope(...scopes: Scope[]): MiddlewareHandler<CadreEnv> {
  return async (c, next) => {
    const principal = c.get('principal');
    if (scopes.some((s) => hasScope(principal, s))) return next();
    const need = scopes.join(' or ');
    return problemResponse(c, 403, {
      detail: `this route needs the ${need} scope; the caller has ${principal.scopes.join(', ') || 'none'}`,
      detailVi: `đường dẫn này cần quyền ${need}; người gọi chỉ có ${principal.scopes.join(', ') || 'không có quyền nào'}`,
      issues: [
        {
          code: 'auth.scope',
          path: ['scope'],
          message: `scope: expected ${need}`,
          messageVi: `scope: cần quyền ${need}`,
        },
      ],
    });
  };
}
