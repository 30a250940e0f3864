import { IsoDateSchema, OrgUnitSchema } from '@cadre/core';
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
import { named } from '../schemas/openapi-meta.js';
import { outOfScope, principalOf, type RouteDeps, routeApp } from './deps.js';

const OrgUnitOut = named(OrgUnitSchema, 'OrgUnit');
const tags = ['Org units'];
const read = requireScope('aggregate');
const write = requireScope('write');

const list = createRoute({
  method: 'get',
  path: '/org-units',
  operationId: 'listOrgUnits',
  tags,
  summary: 'List org units by code',
  middleware: [read] as const,
  request: { query: PageQuerySchema },
  responses: { 200: json(pageOf(OrgUnitOut), 'A page of org units'), ...problems(400, 401, 403) },
});

const lookup = createRoute({
  method: 'get',
  path: '/org-units/lookup',
  operationId: 'lookupOrgUnit',
  tags,
  summary: 'Find an org unit by code or name, tolerant of spelling variants',
  description:
    'Matches survive NFC/NFD, old and new tone-mark placement (Hoà/Hòa), case, prefixes (Tỉnh, TP.) and declared aliases (Bắc Cạn → Bắc Kạn). 404 when nothing matches, 409 when several units do.',
  middleware: [read] as const,
  request: {
    query: z.object({
      name: z.string().min(1).openapi({ example: 'tỉnh Bắc Cạn' }),
      asOf: IsoDateSchema.optional(),
      level: z.string().min(1).optional().openapi({ example: 'province' }),
    }),
  },
  responses: {
    200: json(OrgUnitOut, 'The one unit matching'),
    ...problems(400, 401, 403, 404, 409),
  },
});

const get = createRoute({
  method: 'get',
  path: '/org-units/{code}',
  operationId: 'getOrgUnit',
  tags,
  summary: 'Get one org unit',
  middleware: [read] as const,
  request: { params: CodeParamSchema },
  responses: { 200: json(OrgUnitOut, 'The org unit'), ...problems(400, 401, 403, 404) },
});

const create = createRoute({
  method: 'post',
  path: '/org-units',
  operationId: 'createOrgUnit',
  tags,
  summary: 'Create an org unit (409 when the code exists)',
  middleware: [write] as const,
  request: { body: jsonBodyOf(OrgUnitSchema) },
  responses: {
    201: json(OrgUnitOut, 'The created unit'),
    ...problems(400, 401, 403, 404, 409, 413, 415),
  },
});

const upsert = createRoute({
  method: 'put',
  path: '/org-units/{code}',
  operationId: 'putOrgUnit',
  tags,
  summary: 'Create or replace an org unit',
  middleware: [write] as const,
  request: { params: CodeParamSchema, body: jsonBodyOf(OrgUnitSchema) },
  responses: {
    200: json(WriteCountsSchema, 'Counts: imported, updated or ignored (unchanged)'),
    ...problems(400, 401, 403, 404, 413, 415),
  },
});

/**
 * Org-unit routes: list, get, lookup by name, create and upsert.
 * @example
 * app.route('/', orgUnitRoutes({ store, reads }));
 */
export function orgUnitRoutes(deps: RouteDeps) {
  return routeApp()
    .openapi(list, async (c) => {
      const { cursor, limit } = c.req.valid('query');
      return c.json(await deps.store.listOrgUnits({ cursor: cursor ?? null, limit }), 200);
    })
    .openapi(lookup, async (c) => {
      const { name, asOf, level } = c.req.valid('query');
      // The index of every unit and alias, built once per data version.
      const index = await deps.reads.orgUnitIndex(await deps.reads.version());
      const found = index.resolve(name, { ...(asOf && { asOf }), ...(level && { level }) });
      if (found.ok) return c.json(found.value, 200);
      const issues = found.issues.map((i) => ({ ...i, path: ['query', 'name'] }));
      const ambiguous = issues.some((i) => i.code === 'org_unit.ambiguous');
      const init = {
        detail: issues.map((i) => i.message).join('; '),
        detailVi: issues.map((i) => i.messageVi ?? i.message).join('; '),
        issues,
      };
      return ambiguous ? problemJson(c, 409, init) : problemJson(c, 404, init);
    })
    .openapi(get, async (c) => {
      const { code } = c.req.valid('param');
      const unit = await deps.store.getOrgUnit(code);
      if (unit !== null) return c.json(unit, 200);
      return problemJson(c, 404, {
        detail: `no org unit with code "${code}"`,
        detailVi: `không có đơn vị mã "${code}"`,
        issues: [
          {
            code: 'org_unit.unknown',
            path: ['path', 'code'],
            message: `code: no org unit "${code}"`,
            messageVi: `code: không có đơn vị "${code}"`,
          },
        ],
      });
    })
    .openapi(create, async (c) => {
      const unit = c.req.valid('json');
      const done = await writeInScope(
        deps.store,
        principalOf(c),
        { orgUnits: [unit] },
        (tx) => tx.createOrgUnit(unit),
        () => ['body'],
      );
      if ('denied' in done) return problemJson(c, 403, outOfScope(done.denied));
      return c.json(done.value, 201);
    })
    .openapi(upsert, async (c) => {
      const { code } = c.req.valid('param');
      const unit = c.req.valid('json');
      if (unit.code !== code) {
        return problemJson(c, 400, {
          detail: `body.code "${unit.code}" differs from the code in the path "${code}"`,
          detailVi: `body.code "${unit.code}" khác mã trên đường dẫn "${code}"`,
          issues: [
            {
              code: 'org_unit.code_mismatch',
              path: ['body', 'code'],
              message: `code: expected "${code}" as in the path`,
              messageVi: `code: cần "${code}" như trên đường dẫn`,
            },
          ],
        });
      }
      const done = await writeInScope(
        deps.store,
        principalOf(c),
        { orgUnits: [unit] },
        (tx) => tx.saveOrgUnits([unit]),
        () => ['body'],
      );
      if ('denied' in done) return problemJson(c, 403, outOfScope(done.denied));
      return c.json(done.value, 200);
    });
}
