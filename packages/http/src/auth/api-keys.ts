import { CadreError } from '@cadre/core';
import { type Principal, PrincipalSchema, type Verifier } from './principal.js';

/** The header an API key travels in. */
export const API_KEY_HEADER = 'X-Api-Key';

/**
 * Characters an API key needs at least: a short key can be guessed (a one-character key with
 * national read and write was once accepted). Generate keys, e.g. `openssl rand -hex 24`.
 */
export const MIN_API_KEY_LENGTH = 16;

const encoder = new TextEncoder();

// Walks the whole configured key whatever the presented one holds, with no early exit, so the time
// depends only on the configured key's length, never on how much of it a guess got right.
function sameKey(presented: Uint8Array, configured: Uint8Array): boolean {
  let diff = presented.length ^ configured.length;
  const n = presented.length;
  for (let i = 0; i < configured.length; i++) {
    diff |= (n === 0 ? 0 : (presented[i % n] as number)) ^ (configured[i] as number);
  }
  return diff === 0;
}

/**
 * A verifier for static API keys sent in `X-Api-Key`; each key needs `MIN_API_KEY_LENGTH`
 * characters or the call throws `invalid_argument`. Keys are compared in constant time (no early
 * exit) and every configured key is compared on every request, so neither a key's content nor its
 * position in the map shows in the response time. Pure JavaScript, so it runs in Node, Deno, Bun
 * and edge runtimes, without a round trip to an async crypto thread per request.
 * @example
 * const auth = apiKeys({
 *   'cb-2f9c41d07ae85b3e…': { id: 'cao-bang', scopes: ['read', 'write'], orgUnits: ['04'] },
 *   'bnv-81a7f0c2e95d4b61…': { id: 'bo-noi-vu', scopes: ['aggregate'], orgUnits: ['*'] },
 * });
 */
export function apiKeys(keys: Record<string, Principal>): Verifier {
  const entries = Object.entries(keys).map(([key, principal], i) => {
    const parsed = PrincipalSchema.safeParse(principal);
    if (!parsed.success) {
      throw new CadreError('invalid_argument', `apiKeys: entry ${i} has a bad principal`, {
        path: ['apiKeys', i],
      });
    }
    if (key.length < MIN_API_KEY_LENGTH) {
      // The key itself is never quoted: an error message may end up in a log.
      throw new CadreError(
        'invalid_argument',
        `apiKeys: entry ${i} (${parsed.data.id}) has a key of ${key.length} characters; keys need at least ${MIN_API_KEY_LENGTH}`,
        { path: ['apiKeys', i] },
      );
    }
    return { bytes: encoder.encode(key), principal: parsed.data };
  });
  return (request) => {
    const presented = request.headers.get(API_KEY_HEADER);
    if (presented === null || presented.length === 0) return null;
    const given = encoder.encode(presented);
    let found: Principal | null = null;
    for (const entry of entries) {
      if (sameKey(given, entry.bytes) && found === null) found = entry.principal;
    }
    return found;
  };
}
