import { z } from '@hono/zod-openapi';

/**
 * What a caller may do. `read` sees everything, person-level records included; `aggregate` sees
 * org units, programmes, targets and attainment figures but never a person; `write` changes data
 * and acts on reporting rounds; `audit` reads the audit log (who changed what, and when).
 */
export const ScopeSchema = z.enum(['read', 'write', 'aggregate', 'audit']);
/** A permission a caller holds: 'read' (person-level records too), 'aggregate' (figures only), 'write' or 'audit'. */
export type Scope = z.infer<typeof ScopeSchema>;

/** The org unit code that stands for the whole country in `Principal.orgUnits`. */
export const NATIONAL = '*';

/**
 * Who is calling: an id for logs, the scopes granted, and the roots of the org units the
 * caller may touch (`'*'` for national): each root with the units below it and, through lineage,
 * its predecessors (see `OrgScope`).
 */
export const PrincipalSchema = z.object({
  id: z.string().min(1),
  scopes: z.array(ScopeSchema),
  orgUnits: z.array(z.string().min(1)),
});
/** The authenticated caller: id, granted scopes and the roots of the org units it may touch. */
export type Principal = z.infer<typeof PrincipalSchema>;

/**
 * Turns a request into a principal, or null when it carries no credential this verifier accepts.
 * Verifiers are tried in order; the first principal wins. A principal object is checked against
 * `PrincipalSchema` the first time it is seen and reused after, so return a new object (never a
 * changed one) when a caller's rights change.
 */
export type Verifier = (request: Request) => Principal | null | Promise<Principal | null>;

/**
 * Whether a principal may read person-level records (names, birth dates, ethnicity).
 * @example
 * canReadPersons({ id: 'x', scopes: ['aggregate'], orgUnits: ['*'] }); // false
 */
export function canReadPersons(principal: Principal): boolean {
  return principal.scopes.includes('read');
}

/**
 * Whether a principal holds a scope. `read` covers everything `aggregate` covers.
 * @example
 * hasScope({ id: 'x', scopes: ['read'], orgUnits: ['*'] }, 'aggregate'); // true
 */
export function hasScope(principal: Principal, scope: Scope): boolean {
  if (principal.scopes.includes(scope)) return true;
  return scope === 'aggregate' && principal.scopes.includes('read');
}
