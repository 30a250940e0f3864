import {
  checkReportedFigure,
  type Issue,
  inferTargetInterval,
  parseReportedPercent,
  type ReportedPercent,
} from '@cadre/core';
import { DecimalStringSchema } from '@cadre/core/adapter';
import { createRoute, z } from '@hono/zod-openapi';
import { requireScope } from '../auth/authenticate.js';
import { ProblemIssueSchema, problemJson } from '../problem/problem.js';
import { json, jsonBodyOf, problems } from '../schemas/common.js';
import { described } from '../schemas/openapi-meta.js';
import { type RouteDeps, routeApp } from './deps.js';

const Decimal = described(DecimalStringSchema, { example: '430' });

const ItemSchema = z.object({
  actual: Decimal,
  reported: z.string().min(1).openapi({ example: 'đạt 238% KH' }),
  target: Decimal.nullable()
    .optional()
    .openapi({ description: 'The stored target to check against' }),
  nearBand: Decimal.optional().openapi({
    description: 'Width of "gần"/"hơn" in points (default 1)',
  }),
});

const BodySchema = z.object({ items: z.array(ItemSchema).min(1).max(1000) });

const Range = z.object({ min: z.number().int(), max: z.number().int().nullable() }).nullable();

const ResultSchema = z
  .object({
    items: z.array(
      z.object({
        actual: z.string(),
        reported: z.object({
          raw: z.string(),
          value: z.string(),
          decimals: z.number().int(),
          qualifier: z.enum(['exact', 'near', 'over']),
        }),
        interval: z.object({ rounding: Range, truncation: Range, union: Range }),
        check: z.object({ fits: z.boolean(), issues: z.array(ProblemIssueSchema) }).optional(),
      }),
    ),
  })
  .openapi('Reconciliation');

const reconcile = createRoute({
  method: 'post',
  path: '/reconcile',
  operationId: 'reconcilePhrases',
  tags: ['Reconciliation'],
  summary: 'Infer the targets consistent with an actual and a reported phrase ("đạt 238% KH")',
  description:
    'Under rounding and under truncation, as integer intervals. With `target`, also checks the phrase against it (inconsistent, or rounded up without "gần").',
  middleware: [requireScope('aggregate')] as const,
  request: { body: jsonBodyOf(BodySchema) },
  responses: {
    200: json(ResultSchema, 'One answer per item, in order'),
    ...problems(400, 401, 403, 413, 415),
  },
});

const strip = (issues: Issue[]) =>
  issues.map(({ code, path, message, messageVi }) => ({
    code,
    path,
    message,
    ...(messageVi !== undefined && { messageVi }),
  }));

/**
 * The reconciliation route: reported percentages back to target intervals, with the core's
 * `inferTargetInterval` and `checkReportedFigure`.
 * @example
 * app.route('/', reconcileRoutes({ store, reads }));
 */
export function reconcileRoutes(_deps: RouteDeps) {
  return routeApp().openapi(reconcile, async (c) => {
    const { items } = c.req.valid('json');
    const issues: Issue[] = [];
    const parsed: ReportedPercent[] = [];
    items.forEach((item, i) => {
      const r = parseReportedPercent(item.reported, ['body', 'items', i, 'reported']);
      if (r.ok) parsed.push(r.value);
      else issues.push(...r.issues);
    });
    if (issues.length > 0) {
      return problemJson(c, 400, {
        detail: issues.map((i) => i.message).join('; '),
        detailVi: issues.map((i) => i.messageVi ?? i.message).join('; '),
        issues,
      });
    }
    const out = items.map((item, i) => {
      const reported = parsed[i] as ReportedPercent;
      const band = item.nearBand === undefined ? {} : { nearBand: item.nearBand };
      const interval = inferTargetInterval(item.actual, reported, band);
      const answer = {
        actual: item.actual,
        reported: {
          raw: reported.raw,
          value: reported.value.toFixed(),
          decimals: reported.decimals,
          qualifier: reported.qualifier,
        },
        interval,
      };
      if (item.target === undefined) return answer;
      const found = checkReportedFigure({
        actual: item.actual,
        target: item.target,
        reported,
        ...band,
      });
      const at = strip(found).map((f) => ({ ...f, path: ['body', 'items', i, ...f.path] }));
      return { ...answer, check: { fits: found.length === 0, issues: at } };
    });
    return c.json({ items: out }, 200);
  });
}
