import { type Principal, PrincipalSchema, type Verifier } from './principal.js';

/** The outcome of asking the verifiers about one request: a principal, none, or not yet known. */
export type Identity = Principal | null | Promise<Principal | null>;

const isThenable = (value: unknown): value is PromiseLike<Principal | null> =>
  typeof (value as { then?: unknown } | null)?.then === 'function';

/**
 * Asks the verifiers, in order, who sent a request, once per request: the repeat lane (before
 * routing) and the authentication middleware (after it) share the answer, so a bearer token is
 * verified once however the request travels. Verifiers that answer synchronously (API keys) give a
 * principal synchronously; the first verifier that returns a promise makes the rest wait for it.
 * @example
 * const identify = createIdentify([apiKeys(keys), jwtBearer({ secret })]);
 * const who = await identify(request); // Principal | null
 */
export function createIdentify(verifiers: readonly Verifier[]): (request: Request) => Identity {
  // Verifiers like apiKeys return the same object for every request with a key: parse it once.
  const parsed = new WeakMap<object, Principal>();
  const checked = (principal: Principal): Principal => {
    let ok = parsed.get(principal);
    if (ok === undefined) {
      // A custom verifier returning a malformed principal is a programmer error: fail loudly.
      ok = PrincipalSchema.parse(principal);
      parsed.set(principal, ok);
    }
    return ok;
  };
  const from = (request: Request, start: number): Identity => {
    for (let i = start; i < verifiers.length; i++) {
      const found = (verifiers[i] as Verifier)(request);
      if (isThenable(found)) {
        return Promise.resolve(found).then((p) => (p === null ? from(request, i + 1) : checked(p)));
      }
      if (found !== null) return checked(found);
    }
    return null;
  };
  const known = new WeakMap<Request, { identity: Identity }>();
  return (request) => {
    let entry = known.get(request);
    if (entry === undefined) {
      entry = { identity: from(request, 0) };
      known.set(request, entry);
    }
    return entry.identity;
  };
}
