import { z } from '@hono/zod-openapi';

type OpenApiMethod = (this: unknown, ...args: unknown[]) => unknown;

// The core builds its schemas before the OpenAPI extension loads, and zod copies methods onto a
// schema when it is built, so core schemas lack `.openapi`. Calling the extension's method on
// them gives the same result.
const openapi = (z.ZodType.prototype as unknown as { openapi: OpenApiMethod }).openapi;

/**
 * A core schema under a component name, so the document refers to it by `$ref`. For a lazy
 * (recursive) schema, the name is also set on the schema itself, which is what stops the recursion.
 * @example
 * const OrgUnitOut = named(OrgUnitSchema, 'OrgUnit');
 */
export function named<T extends z.ZodType>(schema: T, refId: string): T {
  return openapi.call(schema, refId) as T;
}

/**
 * A core schema with OpenAPI metadata (example, description).
 * @example
 * const AsOf = described(IsoDateSchema, { example: '2019-05-20' });
 */
export function described<T extends z.ZodType>(
  schema: T,
  metadata: { example?: unknown; description?: string },
): T {
  return openapi.call(schema, metadata) as T;
}
