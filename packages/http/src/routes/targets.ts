import { createRoute, z } from '@hono/zod-openapi';
import { requireScope } from '../auth/authenticate.js';
import { writeInScope } from '../auth/check-write-scope.js';
import { problemJson } from '../problem/problem.js';
import {
  CodeParamSchema,
  json,
  jsonBodyOf,
  PageQuerySchema,
  pageOf,
  problems,
  WriteCountsSchema,
} from '../schemas/common.js';
import { StoredTargetOut, TargetsBodySchema } from '../schemas/programme.js';
import { outOfScope, principalOf, type RouteDeps, routeApp } from './deps.js';

const tags = ['Targets'];

const list = createRoute({
  method: 'get',
  path: '/programmes/{code}/targets',
  operationId: 'listTargets',
  tags,
  summary: 'List the targets (chỉ tiêu) of a programme',
  middleware: [requireScope('aggregate')] as const,
  request: {
    params: CodeParamSchema,
    query: PageQuerySchema.extend({
      indicator: z.string().min(1).optional(),
      orgUnit: z
        .string()
        .min(1)
        .optional()
        .openapi({ description: 'Only this unit, not its subtree' }),
    }),
  },
  responses: {
    200: json(pageOf(StoredTargetOut), 'A page of targets in natural-key order'),
    ...problems(400, 401, 403, 404),
  },
});

const upsert = createRoute({
  method: 'put',
  path: '/programmes/{code}/targets',
  operationId: 'putTargets',
  tags,
  summary: 'Set targets by indicator × org unit × period × breakdown (upsert)',
  middleware: [requireScope('write')] as const,
  request: { params: CodeParamSchema, body: jsonBodyOf(TargetsBodySchema) },
  responses: {
    200: json(WriteCountsSchema, 'Counts: imported, updated, ignored (unchanged)'),
    ...problems(400, 401, 403, 404, 413, 415),
  },
});

/**
 * Target routes: list and upsert the targets of one programme.
 * @example
 * app.route('/', targetRoutes({ store, reads }));
 */
export function targetRoutes(deps: RouteDeps) {
  return routeApp()
    .openapi(list, async (c) => {
      const { code } = c.req.valid('param');
      const { cursor, limit, indicator, orgUnit } = c.req.valid('query');
      const page = await deps.store.listTargets({
        programme: code,
        cursor: cursor ?? null,
        ...(limit !== undefined && { limit }),
        ...(indicator !== undefined && { indicator }),
        ...(orgUnit !== undefined && { orgUnit }),
      });
      return c.json(page, 200);
    })
    .openapi(upsert, async (c) => {
      const { code } = c.req.valid('param');
      const { targets } = c.req.valid('json');
      const rows = targets.map((t) => ({ ...t, programme: code }));
      // The rows carry the programme, so its owner is checked as well as each unit.
      const done = await writeInScope(deps.store, principalOf(c), { targets: rows }, (tx) =>
        tx.saveTargets(rows),
      );
      if ('denied' in done) return problemJson(c, 403, outOfScope(done.denied));
      return c.json(done.value, 200);
    });
}
