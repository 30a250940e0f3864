import { CadreError } from '@cadre/core';
import { verify } from 'hono/jwt';
import { type Principal, PrincipalSchema, ScopeSchema, type Verifier } from './principal.js';

/** Verified JWT claims. */
export type JwtClaims = Awaited<ReturnType<typeof verify>>;
/** A verification key as `hono/jwt` takes it: a secret, PEM text, a JWK or a CryptoKey. */
export type JwtKey = Parameters<typeof verify>[1];

/** How a bearer JWT is checked. */
export interface JwtBearerOptions {
  /** HS256: the shared secret. RS256: the public key as PEM (SPKI) text or a JWK. */
  key: JwtKey;
  alg: 'HS256' | 'RS256';
  /** Required `iss` claim, when set. */
  issuer?: string;
  /** Required `aud` claim, when set. */
  audience?: string;
  /**
   * Accept a token without an `exp` claim, which never expires. Off by default: such a token,
   * once leaked, works for ever. Turn it on only for an issuer that cannot set `exp`.
   */
  allowNoExpiry?: boolean;
  /**
   * Maps verified claims to a principal. The default reads `sub`, `scope` (space-separated, OAuth
   * style) and `org_units` (an array of codes, `'*'` for national).
   */
  claims?: (payload: JwtClaims) => Principal | null;
}

/**
 * Reads the default claims: `sub`, `scope`, `org_units`.
 * @example
 * defaultClaims({ sub: 'cb-officer', scope: 'read write', org_units: ['04'] });
 * // { id: 'cb-officer', scopes: ['read', 'write'], orgUnits: ['04'] }
 */
export function defaultClaims(payload: JwtClaims): Principal | null {
  const scope = typeof payload.scope === 'string' ? payload.scope.split(' ') : [];
  const parsed = PrincipalSchema.safeParse({
    id: payload.sub,
    scopes: scope.filter((s) => ScopeSchema.safeParse(s).success),
    orgUnits: payload.org_units,
  });
  return parsed.success ? parsed.data : null;
}

/**
 * A verifier for `Authorization: Bearer <jwt>`, signed HS256 or RS256, checked with `hono/jwt`
 * (signature, algorithm, `exp`, `nbf`, `iat`, and `iss`/`aud` when configured). A token without
 * `exp` is refused unless `allowNoExpiry` is set. A token that fails any check yields no
 * principal (401), never an error.
 * @example
 * const auth = jwtBearer({ alg: 'RS256', key: publicKeyPem, issuer: 'https://sso.caobang.gov.vn' });
 */
export function jwtBearer(options: JwtBearerOptions): Verifier {
  if (options.alg !== 'HS256' && options.alg !== 'RS256') {
    throw new CadreError('invalid_argument', `jwtBearer: alg must be HS256 or RS256`, {
      path: ['alg'],
    });
  }
  const toPrincipal = options.claims ?? defaultClaims;
  return async (request) => {
    const header = request.headers.get('authorization') ?? '';
    const match = /^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/i.exec(header);
    if (!match?.[1]) return null;
    let payload: JwtClaims;
    try {
      payload = await verify(match[1], options.key, {
        alg: options.alg,
        ...(options.issuer === undefined ? {} : { iss: options.issuer }),
        ...(options.audience === undefined ? {} : { aud: options.audience }),
      });
    } catch {
      return null;
    }
    if (payload.exp === undefined && options.allowNoExpiry !== true) return null;
    const principal = toPrincipal(payload);
    return principal === null ? null : PrincipalSchema.parse(principal);
  };
}
