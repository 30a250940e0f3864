import type { MiddlewareHandler } from 'hono';
import type { CadreEnv } from '../api/env.js';
import { problemResponse } from '../problem/error-handler.js';
import { API_KEY_HEADER } from './api-keys.js';
import type { Identity } from './identify.js';
import { hasScope, type Scope } from './principal.js';

/**
 * Stores the request's principal (see `createIdentify`); none → 401 problem.
 * @example
 * app.use('/org-units/*', authenticate(createIdentify([apiKeys(keys)])));
 */
export function authenticate(
  identify: (request: Request) => Identity,
): MiddlewareHandler<CadreEnv> {
  return async (c, next) => {
    const principal = await identify(c.req.raw);
    if (principal !== null) {
      c.set('principal', principal);
      return next();
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
