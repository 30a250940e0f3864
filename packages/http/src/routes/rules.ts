import {
  builtInRuleBook,
  evaluatePlanningPool,
  evaluateRotationPlan,
  type Issue,
  listRulesInForce,
  type Person,
  type Violation,
} from '@cadre/core';
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { CadreEnv } from '../api/env.js';
import { requireScope } from '../auth/authenticate.js';
import { canReadPersons } from '../auth/principal.js';
import { problemJson } from '../problem/problem.js';
import { json, jsonBodyOf, problems } from '../schemas/common.js';
import {
  PlanningPoolBodySchema,
  PlanningPoolResultSchema,
  RotationPlanBodySchema,
  RotationPlanResultSchema,
  RulesInForceQuerySchema,
  RulesInForceSchema,
  type ViolationDto,
} from '../schemas/rules.js';
import { outOfScope, principalOf, type RouteDeps, routeApp } from './deps.js';

const tags = ['Rules'];
const aggregate = requireScope('aggregate');

const rotationPlan = createRoute({
  method: 'post',
  path: '/rules/rotation-plan',
  operationId: 'checkRotationPlan',
  tags,
  summary: 'Check planned rotations against the rotation pack in force (QĐ 98-QĐ/TW, QĐ 65-QĐ/TW)',
  description:
    'Persons are read from the store by `rotation.personId`. Callers with only the aggregate scope get the counts, not the per-person results.',
  middleware: [aggregate] as const,
  request: { body: jsonBodyOf(RotationPlanBodySchema) },
  responses: {
    200: json(RotationPlanResultSchema, 'Counts, and per-rotation checks'),
    ...problems(400, 401, 403, 413, 415),
  },
});

const planningPool = createRoute({
  method: 'post',
  path: '/rules/planning-pool',
  operationId: 'checkPlanningPool',
  tags,
  summary:
    'Check a succession pool (quy hoạch) against the planning pack in force (QĐ 50-QĐ/TW, QĐ 377)',
  description:
    'Persons are read from the store by id. Shares are exact. Callers with only the aggregate scope get the figures and pool-level violations, never per-person ones.',
  middleware: [aggregate] as const,
  request: { body: jsonBodyOf(PlanningPoolBodySchema) },
  responses: {
    200: json(PlanningPoolResultSchema, 'Figures and violations'),
    ...problems(400, 401, 403, 413, 415),
  },
});

const inForce = createRoute({
  method: 'get',
  path: '/rules',
  operationId: 'listRulesInForce',
  tags,
  summary: 'The rule packs in force at a date, with their legal references and unverified items',
  description:
    'The same listing as `cadre rules list --format json`: each pack cites its act and dates, and `verify` names the figures not yet checked against the text, to be shown as unverified. Built-in national packs; no person data.',
  middleware: [aggregate] as const,
  request: { query: RulesInForceQuerySchema },
  responses: {
    200: json(RulesInForceSchema, 'Packs ordered by kind, then id'),
    ...problems(400, 401, 403),
  },
});

const toDto = ({
  code,
  severity,
  message,
  messageVi,
  reference,
  packId,
  path,
}: Violation): ViolationDto => ({
  code,
  severity,
  message,
  messageVi,
  reference,
  path,
  ...(packId !== undefined && { packId }),
});

// Reads each person once and checks that every one lies in the caller's subtrees.
async function loadPersons(
  { store, reads }: RouteDeps,
  c: Context<CadreEnv>,
  refs: { id: string; path: (string | number)[] }[],
): Promise<{ persons: Map<string, Person> } | { status: 400 | 403; issues: Issue[] }> {
  const scope = await reads.scope(principalOf(c), await reads.version());
  const persons = new Map<string, Person>();
  const unknown: Issue[] = [];
  const outside: Issue[] = [];
  for (const { id, path } of refs) {
    const person = persons.get(id) ?? (await store.getPerson(id));
    if (person === null) {
      unknown.push({
        code: 'person.unknown',
        path,
        message: `${path.join('.')}: no person "${id}"`,
        messageVi: `${path.join('.')}: không có cán bộ "${id}"`,
      });
      continue;
    }
    persons.set(id, person);
    if ((await scope.place(person.orgUnit)) !== 'in') {
      outside.push({
        code: 'auth.org_unit_scope',
        path,
        message: `${path.join('.')}: the person belongs to org unit "${person.orgUnit}", outside the caller's org units`,
        messageVi: `${path.join('.')}: cán bộ thuộc đơn vị "${person.orgUnit}", ngoài phạm vi của người gọi`,
      });
    }
  }
  if (outside.length > 0) return { status: 403, issues: outside };
  if (unknown.length > 0) return { status: 400, issues: unknown };
  return { persons };
}

const refused = (issues: Issue[]) => ({
  detail: issues.map((i) => i.message).join('; '),
  detailVi: issues.map((i) => i.messageVi ?? i.message).join('; '),
  issues,
});

/**
 * Rule routes: the packs in force at a date, and rotation plans and succession pools checked by the core's versioned rule packs.
 * @example
 * app.route('/', ruleRoutes({ store, reads }));
 */
export function ruleRoutes(deps: RouteDeps) {
  return routeApp()
    .openapi(inForce, (c) => {
      const { asOf, kind } = c.req.valid('query');
      const listing = listRulesInForce(builtInRuleBook(), asOf, kind === undefined ? {} : { kind });
      return c.json(listing, 200);
    })
    .openapi(rotationPlan, async (c) => {
      const body = c.req.valid('json');
      const refs = body.entries.map((e, i) => ({
        id: e.rotation.personId,
        path: ['body', 'entries', i, 'rotation', 'personId'],
      }));
      const loaded = await loadPersons(deps, c, refs);
      if ('issues' in loaded) {
        return loaded.status === 403
          ? problemJson(c, 403, outOfScope(loaded.issues))
          : problemJson(c, 400, refused(loaded.issues));
      }
      const entries = body.entries.map((e) => ({
        person: loaded.persons.get(e.rotation.personId) as Person,
        rotation: e.rotation,
        ...(e.purpose !== undefined && { purpose: e.purpose }),
      }));
      const orgUnits = await deps.reads.orgUnitIndex(await deps.reads.version());
      const check = evaluateRotationPlan(entries, body.asOf, {
        context: { orgUnits, ...(body.packScope !== undefined && { scope: body.packScope }) },
      });
      const counts = {
        countsByCode: check.countsByCode,
        rotationsWithErrors: check.rotationsWithErrors,
      };
      if (!canReadPersons(principalOf(c))) return c.json(counts, 200);
      const results = check.results.map((r) => ({
        rotationId: r.rotationId,
        personId: r.personId,
        packId: r.pack?.id ?? null,
        evaluatedAt: r.evaluatedAt,
        direction: r.direction,
        durationMonths: r.durationMonths,
        active: r.active,
        remainingMonths: r.remaining?.months ?? null,
        violations: r.violations.map(toDto),
      }));
      return c.json({ ...counts, results }, 200);
    })
    .openapi(planningPool, async (c) => {
      const body = c.req.valid('json');
      const refs = body.entries.map((e, i) => ({
        id: e.personId,
        path: ['body', 'entries', i, 'personId'],
      }));
      const loaded = await loadPersons(deps, c, refs);
      if ('issues' in loaded) {
        return loaded.status === 403
          ? problemJson(c, 403, outOfScope(loaded.issues))
          : problemJson(c, 400, refused(loaded.issues));
      }
      const r = evaluatePlanningPool({
        entries: body.entries.map((e) => ({
          person: loaded.persons.get(e.personId) as Person,
          post: e.post,
        })),
        asOf: body.asOf,
        level: body.level,
        ...(body.packScope !== undefined && { scope: body.packScope }),
      });
      if (!r.ok) {
        return problemJson(
          c,
          400,
          refused(r.issues.map((i) => ({ ...i, path: ['body', ...i.path] }))),
        );
      }
      const { figures, violations, pack } = r.value;
      const personal = canReadPersons(principalOf(c));
      // An aggregate caller sees pool-level violations only: those not pointing at one entry.
      const shown = personal ? violations : violations.filter((v) => typeof v.path[1] !== 'number');
      return c.json(
        {
          packId: pack.id,
          figures: {
            ...figures,
            youngShare: figures.youngShare?.toFixed() ?? null,
            womenShare: figures.womenShare?.toFixed() ?? null,
          },
          violations: shown.map(toDto),
        },
        200,
      );
    });
}
