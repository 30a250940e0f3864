import type { ImportBatch, Issue } from '@cadre/core';
import { createRoute, z } from '@hono/zod-openapi';
import { requireScope } from '../auth/authenticate.js';
import { writeInScope } from '../auth/check-write-scope.js';
import {
  PROBLEM_CONTENT_TYPE,
  ProblemSchema,
  problemBody,
  problemJson,
} from '../problem/problem.js';
import { ImportSummarySchema, json, jsonBodyOf, problems } from '../schemas/common.js';
import { ImportBatchSchema, ImportEnvelopeSchema } from '../schemas/records.js';
import { outOfScope, principalOf, type RouteDeps, routeApp } from './deps.js';

const ImportProblemSchema = ProblemSchema.extend({ summary: ImportSummarySchema });

const request = {
  headers: z.object({
    'idempotency-key': z.string().min(1).max(255).optional().openapi({
      description:
        'Replaying a key already applied by the same caller writes nothing and reports every row as ignored',
      example: 'cao-bang-2019-05-20-batch-1',
    }),
  }),
  query: z.object({
    mode: z.enum(['all_or_nothing', 'skip_bad_rows']).default('all_or_nothing'),
  }),
};

const responses = {
  200: json(ImportSummarySchema, 'DHIS2-style summary: read = imported + updated + ignored'),
  ...problems(401, 403, 413, 415),
  400: {
    description: 'Bad rows (all_or_nothing: nothing written); the summary lists every issue',
    content: { 'application/problem+json': { schema: ImportProblemSchema } },
  },
};

const base = {
  method: 'post' as const,
  path: '/imports' as const,
  operationId: 'importBatch',
  tags: ['Records'],
  summary:
    'Import a JSON batch: org units, programmes, targets, observations, person-level records',
  description:
    'One transaction. Sections apply in order (orgUnits, programmes, targets, observations, persons, training, rotations, headcounts), so rows may refer to units of the same batch. Every org unit a row touches must lie in the caller’s subtrees (403 otherwise, nothing written).',
};

// Documented with the core's row schemas; validated only as an envelope, since the store checks
// rows itself and `skip_bad_rows` must reach it with the bad ones.
const documented = createRoute({
  ...base,
  request: { ...request, body: jsonBodyOf(ImportBatchSchema) },
  responses,
});
const implemented = createRoute({
  ...base,
  hide: true,
  middleware: [requireScope('write')] as const,
  request: { ...request, body: jsonBodyOf(ImportEnvelopeSchema) },
  responses,
});

// Offending values are not echoed: a row of personal data stays where it was sent from.
const atBody = (issues: Issue[]): Issue[] =>
  issues.map(({ code, path, message, messageVi }) => ({
    code,
    path: ['body', ...path],
    message,
    ...(messageVi !== undefined && { messageVi }),
  }));

/**
 * The record import route: a JSON batch in, the same summary as a CSV import out. Atomic per
 * request, idempotent by `Idempotency-Key` (scoped to the caller).
 * @example
 * app.route('/', importRoutes({ store, reads }));
 */
export function importRoutes(deps: RouteDeps) {
  const app = routeApp();
  app.openAPIRegistry.registerPath(documented);
  return app.openapi(implemented, async (c) => {
    const batch = c.req.valid('json') as ImportBatch;
    const { mode } = c.req.valid('query');
    const key = c.req.valid('header')['idempotency-key'];
    const principal = principalOf(c);
    const done = await writeInScope(deps.store, principal, batch, (tx) =>
      tx.importBatch(batch, {
        mode,
        // Recorded in the audit log: the key's id as who, the server's clock as when.
        by: principal.id,
        at: deps.now().toISOString(),
        // Keys are per caller, so two provinces choosing the same key do not collide.
        ...(key !== undefined && { idempotencyKey: `${principal.id}\u0000${key}` }),
      }),
    );
    if ('denied' in done) return problemJson(c, 403, outOfScope(done.denied));
    const summary = { ...done.value, issues: atBody(done.value.issues) };
    if (mode === 'skip_bad_rows' || summary.issues.length === 0) return c.json(summary, 200);
    const body = problemBody(400, c.get('requestId'), {
      detail: `${summary.issues.length} issue(s) in the batch; nothing was written: ${summary.issues
        .slice(0, 5)
        .map((i) => i.message)
        .join('; ')}`,
      detailVi: `lô dữ liệu có ${summary.issues.length} lỗi; chưa ghi dòng nào: ${summary.issues
        .slice(0, 5)
        .map((i) => i.messageVi ?? i.message)
        .join('; ')}`,
      issues: summary.issues,
    });
    return c.json({ ...body, summary }, 400, { 'Content-Type': PROBLEM_CONTENT_TYPE });
  });
}
