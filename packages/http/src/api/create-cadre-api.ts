import { CadreError, type CadreStore, PredicateSchema } from '@cadre/core';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { requestId } from 'hono/request-id';
import { authenticate } from '../auth/authenticate.js';
import { createIdentify } from '../auth/identify.js';
import type { Verifier } from '../auth/principal.js';
import { createReadCache, DEFAULT_ATTAINMENT_CACHE_BYTES } from '../cache/read-cache.js';
import { createRepeatLane } from '../cache/repeat-lane.js';
import { type DocsAssetReader, readBundledAsset } from '../docs/bundled-assets.js';
import { serveReferencePage } from '../docs/reference-page.js';
import { jsonBody } from '../middleware/json-body.js';
import { DEFAULT_MAX_BODY_BYTES, limitBody } from '../middleware/limit-body.js';
import { requestLog } from '../middleware/request-log.js';
import { createErrorHandler, notFoundHandler } from '../problem/error-handler.js';
import { validationHook } from '../problem/validation-hook.js';
import { ATTAINMENT_PATH, ATTAINMENT_SCOPE, attainmentRoutes } from '../routes/attainment.js';
import { auditRoutes } from '../routes/audit.js';
import { importRoutes } from '../routes/imports.js';
import { orgUnitRoutes } from '../routes/org-units.js';
import { personRoutes } from '../routes/persons.js';
import { programmeRoutes } from '../routes/programmes.js';
import { reconcileRoutes } from '../routes/reconcile.js';
import { roundRoutes } from '../routes/rounds.js';
import { ruleRoutes } from '../routes/rules.js';
import { targetRoutes } from '../routes/targets.js';
import { named } from '../schemas/openapi-meta.js';
import type { CadreEnv } from './env.js';
import type { RequestLogger } from './logger.js';

/** How to build the API. */
export interface CadreApiOptions {
  /** Where data lives: `createMemoryStore()`, `createSqliteStore(…)` or any `CadreStore`. */
  store: CadreStore;
  /** Verifiers tried in order: `apiKeys(…)`, `jwtBearer(…)` or your own `(request) => Principal | null`. */
  auth: Verifier | readonly Verifier[];
  /** Receives one entry per request; entries never hold person-level data. */
  logger?: RequestLogger;
  /** Largest request body in bytes (default 1 MiB); larger bodies get 413. */
  maxBodyBytes?: number;
  /** Serve `/openapi.json` and `/docs` without credentials (default true). */
  publicDocs?: boolean;
  /** Called with unexpected errors (500s), for the operator's error tracker. Never sent to clients. */
  onError?: (error: unknown, context: Context) => void;
  /** Title and version written into the OpenAPI document. */
  info?: { title?: string; version?: string; description?: string };
  /**
   * The document's `servers` (default: one relative entry, `.`, the folder the document is served
   * from, so "Try it out" calls this API wherever it is mounted).
   */
  servers?: readonly { url: string; description?: string }[];
  /**
   * Reads the reference page's files (default: the pinned `swagger-ui-dist` beside the package,
   * read from disk in Node, Bun and Deno). Pass one in a runtime without a file system.
   */
  docsAssets?: DocsAssetReader;
  /**
   * Bytes of serialized attainment answers kept between requests (default 32 MiB; 0 turns the
   * cache off). Answers are reused only while the store's `dataVersion()` is unchanged; stores
   * without it are never cached. Size it as the distinct queries in use × their answer size.
   */
  attainmentCacheBytes?: number;
  /**
   * The clock that stamps writes and round transitions in the audit log (default: the system
   * clock). Pass one for tests or to use a trusted time source.
   */
  now?: () => Date;
}

/** The OpenAPI description's default title and version. */
export const API_INFO = { title: 'cadre API', version: '0.1.0' } as const;

/** The default `servers`: relative to the document, so right at `/` and under any mount path. */
export const API_SERVERS = [
  { url: '.', description: 'This API, where the document is served from' },
] as const;

/**
 * Builds the cadre JSON API as a Hono app: mount it in Node (`@hono/node-server`), inside Express,
 * or call `app.fetch(request)` in any runtime with fetch. The OpenAPI 3.1 document is generated
 * from the core's zod schemas and served at `/openapi.json`, with a reference page at `/docs`
 * whose files come from the package itself (no CDN).
 * @example
 * const app = createCadreApi({
 *   store: createMemoryStore(),
 *   auth: apiKeys({ 'cb-2f9c41d07ae85b3e': { id: 'cao-bang', scopes: ['read', 'write'], orgUnits: ['04'] } }),
 * });
 * const res = await app.request('/org-units', { headers: { 'X-Api-Key': 'cb-key' } });
 */
export function createCadreApi(options: CadreApiOptions) {
  const verifiers = Array.isArray(options.auth) ? [...options.auth] : [options.auth as Verifier];
  const answerBytes = options.attainmentCacheBytes ?? DEFAULT_ATTAINMENT_CACHE_BYTES;
  if (!Number.isSafeInteger(answerBytes) || answerBytes < 0) {
    throw new CadreError(
      'invalid_argument',
      `attainmentCacheBytes: expected a whole number of bytes ≥ 0 (0 turns the cache off), got ${String(options.attainmentCacheBytes)}`,
      { path: ['attainmentCacheBytes'] },
    );
  }
  const deps = {
    store: options.store,
    reads: createReadCache(options.store, { answerBytes }),
    now: options.now ?? (() => new Date()),
  };
  const base = new OpenAPIHono<CadreEnv>({ defaultHook: validationHook });
  // The recursive predicate must be a named component, or the generator recurses forever.
  named(PredicateSchema, 'Predicate');
  base.openAPIRegistry.registerComponent('securitySchemes', 'ApiKey', {
    type: 'apiKey',
    in: 'header',
    name: 'X-Api-Key',
  });
  base.openAPIRegistry.registerComponent('securitySchemes', 'Bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });
  base.onError(
    createErrorHandler((error, c) => {
      options.onError?.(error, c);
    }),
  );
  base.notFound(notFoundHandler);
  base.use(requestId());
  // Without a logger there is nothing to time or to write.
  if (options.logger !== undefined) base.use(requestLog(options.logger));

  const identify = createIdentify(verifiers);
  const guard = authenticate(identify);
  if (options.publicDocs === false) {
    base.use('/openapi.json', guard);
    base.use('/docs', guard);
    base.use('/docs/*', guard);
  }
  const title = options.info?.title ?? API_INFO.title;
  base.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title,
      version: options.info?.version ?? API_INFO.version,
      description:
        options.info?.description ??
        'Targets, records and exact attainment of cadre-development programmes. Errors are application/problem+json (RFC 9457) with issue paths.',
    },
    servers: (options.servers ?? API_SERVERS).map((server) => ({ ...server })),
    security: [{ ApiKey: [] }, { Bearer: [] }],
  });
  serveReferencePage(base, { title, read: options.docsAssets ?? readBundledAsset });

  base.use(guard);
  base.use(limitBody(options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES));
  base.use(jsonBody());

  const lane = createRepeatLane();
  const app = base
    .route('/', orgUnitRoutes(deps))
    .route('/', programmeRoutes(deps))
    .route('/', targetRoutes(deps))
    .route('/', importRoutes(deps))
    .route('/', personRoutes(deps))
    .route('/', attainmentRoutes(deps, lane))
    .route('/', ruleRoutes(deps))
    .route('/', reconcileRoutes(deps))
    .route('/', roundRoutes(deps))
    .route('/', auditRoutes(deps));

  // Repeated attainment reads are answered before routing (see createRepeatLane); everything
  // else, and every read the lane cannot answer, goes through the routes as usual.
  const front = lane.front({
    path: ATTAINMENT_PATH,
    scope: ATTAINMENT_SCOPE,
    pathOf: (request) => app.getPath(request),
    identify,
    reads: deps.reads,
    logger: options.logger,
  });
  const routed = app.fetch;
  app.fetch = (request, env, executionCtx) => {
    const quick = front(request);
    if (quick === undefined) return routed(request, env, executionCtx);
    return quick.then((response) => response ?? routed(request, env, executionCtx));
  };
  return app;
}

/** The app `createCadreApi` returns; its type drives the typed client. */
export type CadreApi = ReturnType<typeof createCadreApi>;
