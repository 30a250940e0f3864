import { CadreError } from '@cadre/core';
import { type Principal, PrincipalSchema, type Verifier } from './principal.js';

/** The header an API key travels in. */
export const API_KEY_HEADER = 'X-Api-Key';

const encoder = new TextEncoder();

async function digest(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

// Compares fixed-length digests without an early exit, so timing says nothing about the key.
function sameDigest(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/**
 * A verifier for static API keys sent in `X-Api-Key`. Keys are compared by SHA-256 digest in
 * constant time, and every configured key is compared on every request, so neither the key's
 * content nor its position in the map shows in the response time. Uses Web Crypto only, so it runs
 * in Node, Deno, Bun and edge runtimes.
 * @example
 * const auth = apiKeys({
 *   'cb-2f9…': { id: 'cao-bang', scopes: ['read', 'write'], orgUnits: ['04'] },
 *   'bnv-81…': { id: 'bo-noi-vu', scopes: ['aggregate'], orgUnits: ['*'] },
 * });
 */
export function apiKeys(keys: Record<string, Principal>): Verifier {
  const entries = Object.entries(keys).map(([key, principal], i) => {
    const parsed = PrincipalSchema.safeParse(principal);
    if (!parsed.success || key.length === 0) {
      throw new CadreError(
        'invalid_argument',
        `apiKeys: entry ${i} has an empty key or a bad principal`,
        {
          path: ['apiKeys', i],
        },
      );
    }
    return { digest: digest(key), principal: parsed.data };
  });
  return async (request) => {
    const presented = request.headers.get(API_KEY_HEADER);
    if (presented === null || presented.length === 0) return null;
    const given = await digest(presented);
    let found: Principal | null = null;
    for (const entry of entries) {
      if (sameDigest(given, await entry.digest) && found === null) found = entry.principal;
    }
    return found;
  };
}
