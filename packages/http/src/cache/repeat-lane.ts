import type { RequestLogger } from '../api/logger.js';
import type { Identity } from '../auth/identify.js';
import { hasScope, type Principal, type Scope } from '../auth/principal.js';
import { REQUEST_ID_HEADER, requestIdOf } from '../middleware/request-id.js';
import { acceptsWorkbook } from '../routes/attainment-workbook.js';
import type { ReadCache } from './read-cache.js';
import { answerParts } from './send-answer.js';

/** Query strings remembered per principal; past this many the principal's list starts over. */
const PER_PRINCIPAL = 1024;

interface Seen {
  version: string;
  key: string;
}

/** What the lane needs from the API it stands in front of. */
export interface RepeatLaneDeps {
  /** The route's path, as routing sees it (`/attainment`). */
  path: string;
  /** The scope the route requires (checked with `hasScope`, as the route does). */
  scope: Scope;
  /** The app's own path reading (Hono's `getPath`), so the lane matches exactly what routing would. */
  pathOf: (request: Request) => string;
  identify: (request: Request) => Identity;
  reads: Pick<ReadCache, 'version' | 'cached'>;
  logger?: RequestLogger | undefined;
}

/** Answers a repeated request before routing: a response, a promise of one, or undefined to route it. */
export type FrontLane = (request: Request) => Promise<Response | undefined> | undefined;

const isPrincipal = (identity: Identity): identity is Principal =>
  identity !== null && !(identity instanceof Promise);

/**
 * Requests repeat: a dashboard asks the same question many times between two writes. Once a
 * principal's query string has been validated, scope-checked and answered at a data version, the
 * same principal asking the same query string at the same version gets that answer straight
 * away, before routing, validation and placing the org unit again: those are pure functions of
 * (principal, query, version), and the version is read for every request, so a write anywhere
 * ends the shortcut at once. Authentication and the route's scope check still run first, and
 * the response (headers, request id, 304, log entry) is the one the route would send.
 * Principals are told apart by object: verifiers that build a new principal per request (JWT)
 * simply never take the lane. When the API is merged into another Hono app with `route()`, its
 * `fetch` is not called and requests take the full route, with the same answers.
 * @example
 * const lane = createRepeatLane();
 * lane.remember(principal, c.req.url, version, key); // in the route, after a 200
 * const front = lane.front({ path: '/attainment', scope: 'aggregate', pathOf, identify, reads });
 */
export function createRepeatLane() {
  const seen = new WeakMap<Principal, Map<string, Seen>>();
  const search = (url: string) => {
    const at = url.indexOf('?');
    return at < 0 ? '' : url.slice(at);
  };
  return {
    /** Notes that `url`'s query, for `principal` at `version`, is answered under `key`. */
    remember(principal: Principal, url: string, version: string, key: string): void {
      let mine = seen.get(principal);
      if (mine === undefined) {
        mine = new Map();
        seen.set(principal, mine);
      }
      if (mine.size >= PER_PRINCIPAL) mine.clear();
      mine.set(search(url), { version, key });
    },
    /** The lane in front of the app's `fetch`. */
    front(deps: RepeatLaneDeps): FrontLane {
      const { reads, logger } = deps;
      return (request) => {
        if (request.method !== 'GET' || deps.pathOf(request) !== deps.path) return undefined;
        // The lane keeps JSON answers; a workbook is made by the route.
        if (acceptsWorkbook(request.headers.get('accept'))) return undefined;
        let principal: Identity;
        try {
          principal = deps.identify(request);
        } catch {
          // A verifier that throws is the route's to report (a 500 problem): it throws there again.
          return undefined;
        }
        if (!isPrincipal(principal) || !hasScope(principal, deps.scope)) return undefined;
        const hit = seen.get(principal)?.get(search(request.url));
        if (hit === undefined) return undefined;
        const started = logger === undefined ? 0 : performance.now();
        const answerAt = (version: string | undefined) => {
          const answer = version === hit.version ? reads.cached(hit.key, version) : undefined;
          if (answer === undefined) return undefined;
          const id = requestIdOf(request);
          const parts = answerParts(answer, request.headers.get('if-none-match') ?? undefined);
          const response = new Response(parts.body, {
            status: parts.status,
            headers: { [REQUEST_ID_HEADER]: id, ...parts.headers },
          });
          logger?.({
            requestId: id,
            method: 'GET',
            route: deps.path,
            status: parts.status,
            durationMs: Math.round((performance.now() - started) * 1000) / 1000,
            principal: principal.id,
          });
          return response;
        };
        // A failing read is the route's to report, as a problem response.
        return reads.version().then(answerAt, () => undefined);
      };
    },
  };
}
