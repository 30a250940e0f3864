import { hc } from 'hono/client';
import type { CadreApi } from '../api/create-cadre-api.js';

/** Options of the typed client. */
export interface CadreClientOptions {
  /** A fetch to use instead of the global one: `app.request` in tests, a proxy-aware fetch… */
  fetch?: typeof fetch;
  /** Headers sent with every request, e.g. `{ 'X-Api-Key': '…' }`. */
  headers?:
    | Record<string, string>
    | (() => Record<string, string> | Promise<Record<string, string>>);
}

/**
 * A typed client for the cadre API (Hono RPC): paths, inputs and JSON answers are checked by
 * TypeScript against the server's routes. Path parameters are sent as given: encode codes that
 * contain "/" (`encodeURIComponent('12-CTr/TU')`) so they travel as one segment.
 * @example
 * const client = createCadreClient('https://noivu.caobang.gov.vn/api', { headers: { 'X-Api-Key': key } });
 * const res = await client.attainment.$get({ query: { programme: '12-CTr/TU', asOf: '2019-05-20' } });
 * if (res.ok) (await res.json()).rows[0]?.percent;
 * await client.programmes[':code'].$get({ param: { code: encodeURIComponent('12-CTr/TU') } });
 */
export function createCadreClient(baseUrl: string, options: CadreClientOptions = {}) {
  return hc<CadreApi>(baseUrl, {
    ...(options.fetch !== undefined && { fetch: options.fetch }),
    ...(options.headers !== undefined && { headers: options.headers }),
  });
}

/** The client `createCadreClient` returns. */
export type CadreClient = ReturnType<typeof createCadreClient>;
