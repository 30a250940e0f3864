import {
  type AttainmentQuery,
  type AttainmentRow,
  type Indicator,
  reportRounds,
  statusLabel,
} from '@cadre/core';
import { createRoute } from '@hono/zod-openapi';
import { requireScope } from '../auth/authenticate.js';
import type { Scope } from '../auth/principal.js';
import { createRepeatLane } from '../cache/repeat-lane.js';
import { sendAnswer, serializeAnswer } from '../cache/send-answer.js';
import { problemJson } from '../problem/problem.js';
import {
  AttainmentQuerySchema,
  AttainmentReportSchema,
  type AttainmentRowDto,
  rowToJson,
} from '../schemas/attainment.js';
import { json, problems } from '../schemas/common.js';
import { rolledOutside, withinReach } from './attainment-scope.js';
import {
  acceptsWorkbook,
  attainmentWorkbook,
  rowPhrase,
  XLSX_MEDIA_TYPE,
} from './attainment-workbook.js';
import { outOfScope, principalOf, type RouteDeps, routeApp } from './deps.js';
import { roundAnswer } from './rounds.js';

/** Where attainment reports are served. */
export const ATTAINMENT_PATH = '/attainment';
/** The scope attainment reports require (`read` covers it too). */
export const ATTAINMENT_SCOPE = 'aggregate' satisfies Scope;

const reportRoute = createRoute({
  method: 'get',
  path: ATTAINMENT_PATH,
  operationId: 'getAttainment',
  tags: ['Attainment'],
  summary: 'Attainment report of a programme at a review date (asOf)',
  description:
    'Exact figures from the core: actuals and targets are summed, then divided, never averaged. `rounds` says which reporting rounds the figures stand in (submitted, approved, locked, reopened with a reason) and how many of each unit’s parts are approved. `aggregate` callers see these figures and no person-level field. Answers carry an ETag; send it back in If-None-Match to get 304 while the data and your query are unchanged. With `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` the same report comes as a workbook ready to print and sign (title block, numeric cells, A4 landscape; Vietnamese unless `lang=en`).',
  middleware: [requireScope(ATTAINMENT_SCOPE)] as const,
  request: { query: AttainmentQuerySchema },
  responses: {
    200: {
      ...json(AttainmentReportSchema, 'Rows in indicator, unit, period and breakdown order'),
      headers: {
        ETag: {
          schema: { type: 'string' },
          description: 'Tag of this answer, for If-None-Match',
        },
      },
    },
    304: { description: 'Not modified: the If-None-Match tag names the current answer' },
    ...problems(400, 401, 403, 404),
  },
});

// The workbook is documented beside the JSON answer but kept out of the route's types, so the
// typed client still reads `res.json()` as the report.
Object.assign(reportRoute.responses[200].content, {
  [XLSX_MEDIA_TYPE]: {
    schema: { type: 'string', format: 'binary' },
  },
});

function withPhrase(
  row: AttainmentRow,
  dto: AttainmentRowDto,
  indicator: Indicator | undefined,
  lang: 'vi' | 'en',
): AttainmentRowDto {
  return {
    ...dto,
    phrase: rowPhrase(row, indicator, lang),
    statusLabel: statusLabel(row.status, lang),
  };
}

// The cache key: every field that shapes the answer, in a fixed order, after the caller's scope
// has filled in its org unit. Two callers with the same key get the same bytes.
function answerKey(query: AttainmentQuery, lang: string | undefined): string {
  return JSON.stringify([
    query.programme,
    query.asOf,
    query.rollup ?? 'none',
    query.indicator ?? null,
    query.orgUnit ?? null,
    query.category ?? null,
    query.period?.start ?? null,
    query.period?.end ?? null,
    lang ?? null,
  ]);
}

async function computeAnswer(
  deps: RouteDeps,
  query: AttainmentQuery,
  lang: 'vi' | 'en' | undefined,
  version: string | undefined,
) {
  // The answer says where every row went; answers are cached per data version, so the second
  // read of the rows a store makes for it is paid once per write.
  const result = await deps.store.queryAttainment({ ...query, accounting: true });
  const { accounting, issues: found } =
    query.orgUnit === undefined
      ? result
      : withinReach(
          result.accounting,
          result.issues,
          query.orgUnit,
          await deps.reads.lineage(version),
        );
  let rows = result.rows.map(rowToJson);
  if (lang !== undefined) {
    const programme = await deps.store.getProgramme(query.programme);
    const indicators = new Map(programme?.indicators.map((i) => [i.code, i]));
    rows = result.rows.map((row, i) =>
      withPhrase(row, rows[i] as AttainmentRowDto, indicators.get(row.indicator), lang),
    );
  }
  const issues = found.map(({ code, path, message, messageVi }) => ({
    code,
    path,
    message,
    ...(messageVi !== undefined && { messageVi }),
  }));
  return serializeAnswer({
    programme: result.programme,
    asOf: result.asOf,
    rows,
    issues,
    ...(accounting !== undefined && { accounting }),
    rounds: await roundsOf(deps, query, result.rows, version),
  });
}

// The rounds of the asked unit and of every unit in the rows. Transitions are writes, so an
// answer cached for a data version never shows a round's state older than that version's.
async function roundsOf(
  deps: RouteDeps,
  query: AttainmentQuery,
  rows: readonly AttainmentRow[],
  version: string | undefined,
) {
  const records = await deps.store.listRounds({ programme: query.programme });
  if (records.length === 0) return [];
  const units = [
    ...(query.orgUnit === undefined ? [] : [query.orgUnit]),
    ...rows.map((r) => r.orgUnit),
  ];
  const scope = {
    units,
    asOf: query.asOf,
    ...(query.period && { period: query.period }),
    // Only rounds within the asked unit's reach: the answer depends on the query alone, and a
    // commune's answer never tells its province's progress.
    ...(query.orgUnit !== undefined && { within: query.orgUnit }),
  };
  const index = await deps.reads.orgUnitIndex(version);
  return reportRounds(records, scope, index).map((r) => roundAnswer(query.programme, r.period, r));
}

/**
 * The attainment route: a report computed by the store and the core, filtered by programme,
 * indicator, org subtree, category and period, at `asOf`, optionally rolled up to today's units.
 * The caller's scope follows lineage (a key on 04 may ask for `pre2025:cao-bang`); with `orgUnit`
 * the answer keeps to that unit's lineage reach (`withinReach`), and a scoped caller may not roll
 * its targets up into a unit outside its scope (`rolledOutside`).
 * The caller's scope is checked on every request; the answer then comes from the read cache
 * when the data version and the query are unchanged. Each answered query is noted in `lane`, so
 * the same caller repeating it can be answered before routing (see `createRepeatLane`).
 * @example
 * app.route('/', attainmentRoutes({ store, reads: createReadCache(store, { answerBytes: 0 }) }));
 */
export function attainmentRoutes(deps: RouteDeps, lane = createRepeatLane()) {
  return routeApp().openapi(reportRoute, async (c) => {
    const q = c.req.valid('query');
    const version = await deps.reads.version();
    const scope = await deps.reads.scope(principalOf(c), version);
    let orgUnit = q.orgUnit;
    // A caller limited to one subtree gets it by default; several subtrees need a choice.
    if (orgUnit === undefined && !scope.national) {
      if (scope.roots.length !== 1) {
        return problemJson(c, 400, {
          detail: 'orgUnit is required for callers with several subtrees',
          detailVi: 'cần tham số orgUnit khi người gọi có nhiều phạm vi đơn vị',
          issues: [
            {
              code: 'query.org_unit_required',
              path: ['query', 'orgUnit'],
              message: `orgUnit: expected one of ${scope.roots.join(', ')} or a unit below`,
              messageVi: `orgUnit: cần một trong ${scope.roots.join(', ')} hoặc đơn vị trực thuộc`,
            },
          ],
        });
      }
      orgUnit = scope.roots[0];
    }
    if (orgUnit !== undefined && (await scope.place(orgUnit)) !== 'in') {
      return problemJson(
        c,
        403,
        outOfScope([
          {
            code: 'auth.org_unit_scope',
            path: ['query', 'orgUnit'],
            message: `query.orgUnit: org unit "${orgUnit}" is outside the caller's org units`,
            messageVi: `query.orgUnit: đơn vị "${orgUnit}" nằm ngoài phạm vi đơn vị của người gọi`,
          },
        ]),
      );
    }
    const query: AttainmentQuery = {
      programme: q.programme,
      asOf: q.asOf,
      rollup: q.rollup,
      ...(q.indicator !== undefined && { indicator: q.indicator }),
      ...(orgUnit !== undefined && { orgUnit }),
      ...(q.category !== undefined && { category: q.category }),
      ...(q.periodStart !== undefined &&
        q.periodEnd !== undefined && { period: { start: q.periodStart, end: q.periodEnd } }),
    };
    if (query.rollup === 'current' && !scope.national) {
      const programme = await deps.store.getProgramme(query.programme);
      const rolled =
        programme === null
          ? []
          : await rolledOutside(query, scope, programme, await deps.reads.orgUnitIndex(version));
      if (rolled.length > 0) return problemJson(c, 403, outOfScope(rolled));
    }
    if (acceptsWorkbook(c.req.header('accept'))) {
      const bytes = await attainmentWorkbook(deps, query, q.lang, version);
      if (bytes === null) {
        return problemJson(c, 404, {
          detail: `programme ${query.programme} does not exist`,
          detailVi: `không có chương trình ${query.programme}`,
        });
      }
      const file = `${query.programme.replace(/[^\w.-]+/g, '-')}-${query.asOf}.xlsx`;
      return c.body(bytes, 200, {
        'Content-Type': XLSX_MEDIA_TYPE,
        'Content-Disposition': `attachment; filename="${file}"`,
        'Cache-Control': 'private, no-cache',
        Vary: 'Accept, Authorization, X-Api-Key',
      });
    }
    const key = answerKey(query, q.lang);
    const answer = await deps.reads.answer(key, version, () =>
      computeAnswer(deps, query, q.lang, version),
    );
    if (version !== undefined) lane.remember(principalOf(c), c.req.url, version, key);
    return sendAnswer(c, answer);
  });
}
