import type { Page } from '@cadre/core';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { CadreEnv } from '../api/env.js';
import { requireScope } from '../auth/authenticate.js';
import { problemJson } from '../problem/problem.js';
import { json, PageQuerySchema, pageOf, problems } from '../schemas/common.js';
import { PersonOut, RotationRecordOut, TrainingRecordOut } from '../schemas/records.js';
import { outOfScope, principalOf, type RouteDeps, routeApp } from './deps.js';

const tags = ['Persons (personal data)'];
// Person-level data needs `read`; `aggregate` alone never reaches these routes.
const personal = requireScope('read');
const IdParamSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .transform((s) => s.normalize('NFC'))
    .openapi({ param: { name: 'id', in: 'path' }, example: 'cb-0001' }),
});

const list = createRoute({
  method: 'get',
  path: '/persons',
  operationId: 'listPersons',
  tags,
  summary: 'List persons of one org unit (personal data: needs the read scope)',
  middleware: [personal] as const,
  request: {
    query: PageQuerySchema.extend({
      orgUnit: z.string().min(1).optional().openapi({
        description:
          'Required unless the caller has national scope; only this unit, not its subtree',
      }),
    }),
  },
  responses: { 200: json(pageOf(PersonOut), 'A page of persons'), ...problems(400, 401, 403) },
});

const get = createRoute({
  method: 'get',
  path: '/persons/{id}',
  operationId: 'getPerson',
  tags,
  summary: 'Get one person (personal data: needs the read scope)',
  middleware: [personal] as const,
  request: { params: IdParamSchema },
  responses: { 200: json(PersonOut, 'The person'), ...problems(400, 401, 403, 404) },
});

const training = createRoute({
  method: 'get',
  path: '/persons/{id}/training',
  operationId: 'listPersonTraining',
  tags,
  summary: "A person's training records (đào tạo, bồi dưỡng)",
  middleware: [personal] as const,
  request: { params: IdParamSchema, query: PageQuerySchema },
  responses: {
    200: json(pageOf(TrainingRecordOut), 'A page of training records'),
    ...problems(400, 401, 403, 404),
  },
});

const rotations = createRoute({
  method: 'get',
  path: '/persons/{id}/rotations',
  operationId: 'listPersonRotations',
  tags,
  summary: "A person's rotations (luân chuyển)",
  middleware: [personal] as const,
  request: { params: IdParamSchema, query: PageQuerySchema },
  responses: {
    200: json(pageOf(RotationRecordOut), 'A page of rotations'),
    ...problems(400, 401, 403, 404),
  },
});

function unknownPerson(c: Context<CadreEnv>, id: string) {
  return problemJson(c, 404, {
    detail: `no person with id "${id}" in your org units`,
    detailVi: `không có cán bộ mã "${id}" trong phạm vi đơn vị của bạn`,
    issues: [
      {
        code: 'person.unknown',
        path: ['path', 'id'],
        message: `id: no person "${id}"`,
        messageVi: `id: không có cán bộ "${id}"`,
      },
    ],
  });
}

function scopeIssue(path: (string | number)[], code: string) {
  return outOfScope([
    {
      code: 'auth.org_unit_scope',
      path,
      message: `${path.join('.')}: org unit "${code}" is outside the caller's org units`,
      messageVi: `${path.join('.')}: đơn vị "${code}" nằm ngoài phạm vi đơn vị của người gọi`,
    },
  ]);
}

// A person is visible when their unit lies in the caller's scope (through lineage, see OrgScope).
// One outside it is answered as unknown, the same 404 an id nobody holds gets, so ids cannot be
// probed across provinces.
async function visiblePerson({ store, reads }: RouteDeps, c: Context<CadreEnv>, id: string) {
  const version = await reads.version();
  const person = await store.getPerson(id);
  if (person === null) return null;
  const place = await (await reads.scope(principalOf(c), version)).place(person.orgUnit);
  return place === 'in' ? person : null;
}

/**
 * Person-level routes. Every answer carries personal data (NĐ 13/2023/NĐ-CP), so each needs the
 * `read` scope and a caller whose scope holds the person's unit.
 * @example
 * app.route('/', personRoutes({ store, reads }));
 */
export function personRoutes(deps: RouteDeps) {
  const { store } = deps;
  const recordsOf = async <T>(c: Context<CadreEnv>, id: string, read: () => Promise<Page<T>>) => {
    if ((await visiblePerson(deps, c, id)) === null) return unknownPerson(c, id);
    return c.json(await read(), 200);
  };
  return routeApp()
    .openapi(list, async (c) => {
      const { cursor, limit, orgUnit } = c.req.valid('query');
      const scope = await deps.reads.scope(principalOf(c), await deps.reads.version());
      if (orgUnit === undefined && !scope.national) {
        return problemJson(c, 400, {
          detail: 'orgUnit is required for callers without national scope',
          detailVi: 'cần tham số orgUnit khi người gọi không có phạm vi toàn quốc',
          issues: [
            {
              code: 'query.org_unit_required',
              path: ['query', 'orgUnit'],
              message: 'orgUnit: expected an org unit code inside your scope',
              messageVi: 'orgUnit: cần mã một đơn vị trong phạm vi của bạn',
            },
          ],
        });
      }
      if (orgUnit !== undefined && (await scope.place(orgUnit)) !== 'in') {
        return problemJson(c, 403, scopeIssue(['query', 'orgUnit'], orgUnit));
      }
      const page = await store.listPersons({
        cursor: cursor ?? null,
        ...(limit !== undefined && { limit }),
        ...(orgUnit !== undefined && { orgUnit }),
      });
      return c.json(page, 200);
    })
    .openapi(get, async (c) => {
      const { id } = c.req.valid('param');
      const person = await visiblePerson(deps, c, id);
      if (person === null) return unknownPerson(c, id);
      return c.json(person, 200);
    })
    .openapi(training, async (c) => {
      const { id } = c.req.valid('param');
      const { cursor, limit } = c.req.valid('query');
      return recordsOf(c, id, () =>
        store.listTrainingRecords({
          personId: id,
          cursor: cursor ?? null,
          ...(limit !== undefined && { limit }),
        }),
      );
    })
    .openapi(rotations, async (c) => {
      const { id } = c.req.valid('param');
      const { cursor, limit } = c.req.valid('query');
      return recordsOf(c, id, () =>
        store.listRotations({
          personId: id,
          cursor: cursor ?? null,
          ...(limit !== undefined && { limit }),
        }),
      );
    });
}
