import { IsoDateSchema } from '@cadre/core';
import { z } from '@hono/zod-openapi';
import { ProblemIssueSchema, ProblemSchema, type ProblemStatus } from '../problem/problem.js';
import { described } from './openapi-meta.js';

/** `?cursor=&limit=` of every list: keyset pagination, 1…1000 rows a page (100 by default). */
export const PageQuerySchema = z.object({
  cursor: z.string().min(1).optional().openapi({ description: 'nextCursor of the previous page' }),
  limit: z.coerce.number().int().min(1).max(1000).optional().openapi({ example: 100 }),
});

/**
 * A page of a list: the items in natural-key order and the cursor of the next page (null at the end).
 * @example
 * pageOf(OrgUnitSchema); // { items: OrgUnit[], nextCursor: string | null }
 */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** Counts of an upsert, DHIS2-style. */
export const WriteCountsSchema = z
  .object({ imported: z.number().int(), updated: z.number().int(), ignored: z.number().int() })
  .openapi('WriteCounts');

/** The outcome of an import: counts plus every issue, the same summary the CSV importer gives. */
export const ImportSummarySchema = z
  .object({
    read: z.number().int(),
    imported: z.number().int(),
    updated: z.number().int(),
    ignored: z.number().int(),
    issues: z.array(ProblemIssueSchema),
  })
  .openapi('ImportSummary');

/** A `{code}` path parameter. */
export const CodeParamSchema = z.object({
  code: z
    .string()
    .min(1)
    .max(200)
    .transform((s) => s.normalize('NFC'))
    .openapi({ param: { name: 'code', in: 'path' }, example: '12-CTr/TU' }),
});

/** `asOf`: the review date. Required wherever figures are computed: the API never reads the clock. */
export const AsOfSchema = described(IsoDateSchema, { example: '2019-05-20' });

const DESCRIPTIONS: Record<ProblemStatus, string> = {
  400: 'Invalid input: every issue with its path',
  401: 'No valid API key or bearer token',
  403: 'Missing scope, or an org unit outside the caller’s subtrees',
  404: 'Not found',
  409: 'Conflict with stored data',
  413: 'Request body too large',
  415: 'Body is not application/json',
  500: 'Internal error (no details)',
};

/**
 * The problem responses a route can give, for its OpenAPI entry and its typed client.
 * @example
 * responses: { 200: {…}, ...problems(400, 401, 403, 413, 415) }
 */
export function problems<S extends ProblemStatus>(...statuses: S[]) {
  const out = {} as Record<
    S,
    {
      description: string;
      content: { 'application/problem+json': { schema: typeof ProblemSchema } };
    }
  >;
  for (const s of [...statuses, 500 as S]) {
    out[s] = {
      description: DESCRIPTIONS[s],
      content: { 'application/problem+json': { schema: ProblemSchema } },
    };
  }
  return out;
}

/**
 * A JSON response entry.
 * @example
 * responses: { 200: json(OrgUnitSchema, 'The org unit') }
 */
export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/**
 * A required JSON request body.
 * @example
 * request: { body: jsonBody(OrgUnitSchema) }
 */
export function jsonBodyOf<T extends z.ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } };
}
