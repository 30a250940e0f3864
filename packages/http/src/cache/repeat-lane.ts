import type { MiddlewareHandler } from 'hono';
import type { CadreEnv } from '../api/env.js';
import type { Principal } from '../auth/principal.js';
import type { CachedAnswer } from './read-cache.js';
import { sendAnswer } from './send-answer.js';

/** Query strings remembered per principal; past this many the principal's list starts over. */
const PER_PRINCIPAL = 1024;

interface Seen {
  version: string;
  key: string;
}

/**
 * Requests repeat: a dashboard asks the same question many times between two writes. Once a
 * principal's query string has been validated, scope-checked and answered at a data version, the
 * same principal asking the same query string at the same version gets that answer without
 * validating and placing it again — both are pure functions of (principal, query, version), and
 * the version is read on every request, so a write anywhere ends the shortcut at once.
 * Principals are told apart by object: verifiers that build a new principal per request (JWT)
 * simply never take the lane.
 * @example
 * const lane = createRepeatLane();
 * route.middleware = [requireScope('aggregate'), lane.middleware(reads)];
 * lane.remember(principal, c.req.url, version, key); // after a 200
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
    /**
     * Middleware that answers a repeated request from the cache, or passes it on. It runs after
     * authentication and the scope-of-operation check, and before query validation.
     */
    middleware(reads: {
      version(): Promise<string | undefined>;
      cached(key: string, version: string): CachedAnswer | undefined;
    }): MiddlewareHandler<CadreEnv> {
      return async (c, next) => {
        const mine = seen.get(c.get('principal'));
        const hit = mine?.get(search(c.req.url));
        if (hit !== undefined) {
          const version = await reads.version();
          const answer = version === hit.version ? reads.cached(hit.key, version) : undefined;
          if (answer !== undefined) return sendAnswer(c, answer);
        }
        await next();
      };
    },
  };
}
