import {
  describeRoundProgress,
  type Issue,
  mayActOn,
  type OrgUnitIndex,
  type RoundPeriod,
  type RoundProgress,
  type RoundRecord,
  roundProgress,
} from '@cadre/core';
import { createRoute } from '@hono/zod-openapi';
import { requireScope } from '../auth/authenticate.js';
import { NATIONAL, type Principal } from '../auth/principal.js';
import { problemJson } from '../problem/problem.js';
import { json, jsonBodyOf, problems } from '../schemas/common.js';
import {
  RoundActionParamSchema,
  RoundQuerySchema,
  RoundStatusSchema,
  RoundTransitionBodySchema,
} from '../schemas/rounds.js';
import { outOfScope, principalOf, type RouteDeps, routeApp } from './deps.js';

const tags = ['Rounds'];

const transition = createRoute({
  method: 'post',
  path: '/rounds/{action}',
  operationId: 'transitionRound',
  tags,
  summary: 'Submit, approve, lock or reopen a reporting round (đợt báo cáo)',
  description:
    'A unit submits its own figures; the level above approves (once every unit under it has submitted or is exempted with a reason), locks and reopens (with a reason). The key’s org units decide who acts for which unit; the key’s id is recorded as who, and the server’s clock as when. A refused transition (wrong state, parts not submitted) is a 409 problem naming the round.',
  middleware: [requireScope('write')] as const,
  request: { params: RoundActionParamSchema, body: jsonBodyOf(RoundTransitionBodySchema) },
  responses: {
    200: json(RoundStatusSchema, 'The round after the transition, and the rounds it changed'),
    ...problems(400, 401, 403, 409, 413, 415),
  },
});

const status = createRoute({
  method: 'get',
  path: '/rounds',
  operationId: 'getRound',
  tags,
  summary: 'The state of a unit’s round and of the units under it (“12 of 15 communes approved”)',
  middleware: [requireScope('aggregate')] as const,
  request: { query: RoundQuerySchema },
  responses: {
    200: json(RoundStatusSchema, 'The round and its parts'),
    ...problems(400, 401, 403),
  },
});

// Transitions the rules refuse because of the stored state, not because of the request.
const CONFLICTS = new Set(['round.wrong_state', 'round.children_not_submitted']);

/**
 * The units a principal acts for, as `mayActOn` reads them: a national key acts above every
 * top-level unit.
 * @example
 * actorUnits({ orgUnits: ['*'], … }, index); // ['VN']
 */
export function actorUnits(principal: Principal, index: OrgUnitIndex): string[] {
  if (!principal.orgUnits.includes(NATIONAL)) return principal.orgUnits;
  return index
    .all()
    .filter((u) => u.parentCode === null || index.get(u.parentCode) === undefined)
    .map((u) => u.code);
}

/**
 * A round's state and progress as answers give it, with the report sentence in both languages.
 * @example
 * roundAnswer('P', period, roundProgress(records, '04', index)).summary.en; // 'round: locked · 2 of 2 communes approved'
 */
export function roundAnswer(programme: string, period: RoundPeriod, progress: RoundProgress) {
  return {
    programme,
    period: { start: period.start, end: period.end },
    ...progress,
    summary: {
      vi: describeRoundProgress(progress, 'vi'),
      en: describeRoundProgress(progress, 'en'),
    },
  };
}

/**
 * The round's state and progress of one unit, from the stored rounds of its period.
 * @example
 * roundStatus(records, 'P', period, '04', index);
 */
export function roundStatus(
  records: readonly RoundRecord[],
  programme: string,
  period: RoundPeriod,
  orgUnit: string,
  index: OrgUnitIndex,
) {
  return roundAnswer(programme, period, roundProgress(records, orgUnit, index));
}

/**
 * The 403 body for a query about a unit outside the caller's org units.
 * @example
 * problemJson(c, 403, unitOutOfReach('19'));
 */
export function unitOutOfReach(orgUnit: string) {
  return outOfScope([
    {
      code: 'auth.org_unit_scope',
      path: ['query', 'orgUnit'],
      message: `orgUnit: "${orgUnit}" is outside the caller's org units`,
      messageVi: `orgUnit: "${orgUnit}" nằm ngoài phạm vi của người gọi`,
    },
  ]);
}

const atBody = (issues: Issue[]): Issue[] =>
  issues.map((i) => ({ ...i, path: ['body', ...i.path] }));

const refusal = (issues: Issue[]) => ({
  detail: issues.map((i) => i.message).join('; '),
  detailVi: issues.map((i) => i.messageVi ?? i.message).join('; '),
  issues,
});

/**
 * Reporting round routes: transitions scoped by the key's org units, and the state of a round.
 * @example
 * app.route('/', roundRoutes({ store, reads, now: () => new Date() }));
 */
export function roundRoutes(deps: RouteDeps) {
  return routeApp()
    .openapi(transition, async (c) => {
      const { action } = c.req.valid('param');
      const body = c.req.valid('json');
      const principal = principalOf(c);
      const index = await deps.reads.orgUnitIndex(await deps.reads.version());
      // An unknown unit is the core's to report (400); only a known one can be out of reach.
      if (index.get(body.orgUnit) !== undefined) {
        const denied = mayActOn(action, body.orgUnit, actorUnits(principal, index), index);
        if (denied.length > 0) return problemJson(c, 403, outOfScope(atBody(denied)));
      }
      const result = await deps.store.applyRoundTransition({
        action,
        ...body,
        by: principal.id,
        at: deps.now().toISOString(),
      });
      if (!result.ok) {
        const issues = atBody(result.issues);
        const conflict = result.issues.some((i) => CONFLICTS.has(i.code));
        return problemJson(c, conflict ? 409 : 400, refusal(issues));
      }
      const records = await deps.store.listRounds({
        programme: body.programme,
        period: body.period,
      });
      const answer = roundStatus(records, body.programme, body.period, body.orgUnit, index);
      return c.json({ ...answer, changed: result.value }, 200);
    })
    .openapi(status, async (c) => {
      const { programme, orgUnit, period } = c.req.valid('query');
      const version = await deps.reads.version();
      const place = await (await deps.reads.scope(principalOf(c), version)).place(orgUnit);
      if (place !== 'in') return problemJson(c, 403, unitOutOfReach(orgUnit));
      const index = await deps.reads.orgUnitIndex(version);
      const records = await deps.store.listRounds({ programme, period });
      return c.json(roundStatus(records, programme, period, orgUnit, index), 200);
    });
}
