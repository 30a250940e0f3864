import { defineProgramme, type Issue } from '@cadre/core';
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { CadreEnv } from '../api/env.js';
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
import {
  ProgrammeCheckSchema,
  ProgrammeDefinitionSchema,
  ProgrammeOut,
} from '../schemas/programme.js';
import { outOfScope, principalOf, type RouteDeps, routeApp } from './deps.js';

const tags = ['Programmes'];
const read = requireScope('aggregate');
const write = requireScope('write');

const list = createRoute({
  method: 'get',
  path: '/programmes',
  operationId: 'listProgrammes',
  tags,
  summary: 'List programme definitions with their targets',
  middleware: [read] as const,
  request: { query: PageQuerySchema },
  responses: {
    200: json(pageOf(ProgrammeOut), 'A page of programmes'),
    ...problems(400, 401, 403),
  },
});

const get = createRoute({
  method: 'get',
  path: '/programmes/{code}',
  operationId: 'getProgramme',
  tags,
  summary: 'Get one programme; codes with "/" are percent-encoded (12-CTr%2FTU)',
  middleware: [read] as const,
  request: { params: CodeParamSchema },
  responses: { 200: json(ProgrammeOut, 'The programme'), ...problems(400, 401, 403, 404) },
});

const validate = createRoute({
  method: 'post',
  path: '/programmes/validate',
  operationId: 'validateProgramme',
  tags,
  summary: 'Check a definition with defineProgramme without storing it',
  middleware: [write] as const,
  request: { body: jsonBodyOf(ProgrammeDefinitionSchema) },
  responses: {
    200: json(ProgrammeCheckSchema, 'valid, the normalised programme, or every issue'),
    ...problems(400, 401, 403, 413, 415),
  },
});

const create = createRoute({
  method: 'post',
  path: '/programmes',
  operationId: 'createProgramme',
  tags,
  summary:
    'Define a programme: validate with defineProgramme and store it (409 when the code exists)',
  middleware: [write] as const,
  request: { body: jsonBodyOf(ProgrammeDefinitionSchema) },
  responses: {
    201: json(ProgrammeOut, 'The stored programme'),
    ...problems(400, 401, 403, 404, 409, 413, 415),
  },
});

const upsert = createRoute({
  method: 'put',
  path: '/programmes/{code}',
  operationId: 'putProgramme',
  tags,
  summary: 'Define or redefine a programme; targets stored earlier and absent here are kept',
  middleware: [write] as const,
  request: { params: CodeParamSchema, body: jsonBodyOf(ProgrammeDefinitionSchema) },
  responses: {
    200: json(WriteCountsSchema, 'Counts of the definition and its targets'),
    ...problems(400, 401, 403, 404, 413, 415),
  },
});

const atBody = (issues: Issue[]): Issue[] =>
  issues.map((i) => ({ ...i, path: ['body', ...i.path] }));

function invalid(issues: Issue[]) {
  return {
    detail: `the programme definition has ${issues.length} issue(s): ${issues.map((i) => i.message).join('; ')}`,
    detailVi: `định nghĩa chương trình có ${issues.length} lỗi: ${issues.map((i) => i.messageVi ?? i.message).join('; ')}`,
    issues: atBody(issues),
  };
}

// When the schema check fails, defineProgramme reports the same problems and its cross-field ones
// too, with Vietnamese messages: one answer lists everything.
function defineHook(result: { success: boolean; target: string }, c: Context<CadreEnv>) {
  if (result.success || result.target !== 'json') return undefined;
  const defined = defineProgramme((result as { data?: unknown }).data);
  return problemJson(c, 400, invalid(defined.ok ? [] : defined.issues));
}

/**
 * Programme routes: list, get, define (create / upsert) and validate-only.
 * @example
 * app.route('/', programmeRoutes({ store, reads }));
 */
export function programmeRoutes(deps: RouteDeps) {
  return routeApp()
    .openapi(list, async (c) => {
      const { cursor, limit } = c.req.valid('query');
      return c.json(await deps.store.listProgrammes({ cursor: cursor ?? null, limit }), 200);
    })
    .openapi(
      validate,
      async (c) => {
        const defined = defineProgramme(c.req.valid('json'));
        if (defined.ok) return c.json({ valid: true, programme: defined.value, issues: [] }, 200);
        return c.json({ valid: false, programme: null, issues: atBody(defined.issues) }, 200);
      },
      // validate-only answers 200 with the issues, whatever failed.
      (result, c) => {
        if (result.success || result.target !== 'json') return undefined;
        const defined = defineProgramme((result as { data?: unknown }).data);
        const issues = defined.ok ? [] : atBody(defined.issues);
        return c.json({ valid: false, programme: null, issues }, 200);
      },
    )
    .openapi(get, async (c) => {
      const { code } = c.req.valid('param');
      const programme = await deps.store.getProgramme(code);
      if (programme !== null) return c.json(programme, 200);
      return problemJson(c, 404, {
        detail: `no programme with code "${code}"`,
        detailVi: `không có chương trình mã "${code}"`,
        issues: [
          {
            code: 'programme.unknown',
            path: ['path', 'code'],
            message: `code: no programme "${code}"`,
            messageVi: `code: không có chương trình "${code}"`,
          },
        ],
      });
    })
    .openapi(
      create,
      async (c) => {
        const defined = defineProgramme(c.req.valid('json'));
        if (!defined.ok) return problemJson(c, 400, invalid(defined.issues));
        const programme = defined.value;
        const done = await writeInScope(
          deps.store,
          principalOf(c),
          { programmes: [programme] },
          (tx) => tx.createProgramme(programme),
          () => ['body'],
        );
        if ('denied' in done) return problemJson(c, 403, outOfScope(done.denied));
        return c.json(done.value, 201);
      },
      (result, c) => defineHook(result, c),
    )
    .openapi(
      upsert,
      async (c) => {
        const { code } = c.req.valid('param');
        const defined = defineProgramme(c.req.valid('json'));
        if (!defined.ok) return problemJson(c, 400, invalid(defined.issues));
        if (defined.value.code !== code) {
          return problemJson(c, 400, invalid([mismatch(defined.value.code, code)]));
        }
        const programme = defined.value;
        const done = await writeInScope(
          deps.store,
          principalOf(c),
          { programmes: [programme] },
          (tx) => tx.saveProgramme(programme),
          () => ['body'],
        );
        if ('denied' in done) return problemJson(c, 403, outOfScope(done.denied));
        return c.json(done.value, 200);
      },
      (result, c) => defineHook(result, c),
    );
}

function mismatch(given: string, code: string): Issue {
  return {
    code: 'programme.code_mismatch',
    path: ['code'],
    message: `code: expected "${code}" as in the path, got "${given}"`,
    messageVi: `code: cần "${code}" như trên đường dẫn, nhận được "${given}"`,
  };
}
