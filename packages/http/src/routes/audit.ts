import type { AuditFilter } from '@cadre/core';
import { createRoute } from '@hono/zod-openapi';
import { requireScope } from '../auth/authenticate.js';
import { NATIONAL } from '../auth/principal.js';
import { problemJson } from '../problem/problem.js';
import { json, problems } from '../schemas/common.js';
import { AuditPageSchema, AuditQuerySchema } from '../schemas/rounds.js';
import { principalOf, type RouteDeps, routeApp } from './deps.js';
import { unitOutOfReach } from './rounds.js';

const list = createRoute({
  method: 'get',
  path: '/audit',
  operationId: 'listAudit',
  tags: ['Rounds'],
  summary: 'The audit log (nhật ký thay đổi): who changed which figures or rounds, and when',
  description:
    'Entries oldest first: each import, edit, deletion and round transition, with who, when, the import id and the figures before and after. Needs the `audit` scope. A caller limited to org units names one of them in `orgUnit`.',
  middleware: [requireScope('audit')] as const,
  request: { query: AuditQuerySchema },
  responses: {
    200: json(AuditPageSchema, 'A page of entries, oldest first'),
    ...problems(400, 401, 403),
  },
});

/**
 * The audit log route, filtered by unit, period, who and a time range.
 * @example
 * app.route('/', auditRoutes({ store, reads, now }));
 */
export function auditRoutes(deps: RouteDeps) {
  return routeApp().openapi(list, async (c) => {
    const q = c.req.valid('query');
    const principal = principalOf(c);
    if (q.orgUnit === undefined && !principal.orgUnits.includes(NATIONAL)) {
      return problemJson(c, 400, {
        detail: 'orgUnit: required for a caller limited to org units',
        detailVi: 'orgUnit: bắt buộc với người gọi chỉ có quyền trên một số đơn vị',
        issues: [
          {
            code: 'audit.org_unit_required',
            path: ['query', 'orgUnit'],
            message: 'orgUnit: required for a caller limited to org units',
            messageVi: 'orgUnit: bắt buộc với người gọi chỉ có quyền trên một số đơn vị',
          },
        ],
      });
    }
    if (q.orgUnit !== undefined) {
      const scope = await deps.reads.scope(principal, await deps.reads.version());
      if ((await scope.place(q.orgUnit)) !== 'in')
        return problemJson(c, 403, unitOutOfReach(q.orgUnit));
    }
    const filter: AuditFilter = {
      ...(q.programme !== undefined && { programme: q.programme }),
      ...(q.orgUnit !== undefined && { orgUnit: q.orgUnit }),
      ...(q.by !== undefined && { by: q.by }),
      ...(q.period !== undefined && { period: q.period }),
      ...(q.from !== undefined && { from: q.from }),
      ...(q.to !== undefined && { to: q.to }),
      ...(q.cursor !== undefined && { cursor: q.cursor }),
      ...(q.limit !== undefined && { limit: q.limit }),
    };
    const page = await deps.store.listAudit(filter);
    return c.json(page, 200);
  });
}
