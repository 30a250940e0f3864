import { describeZodIssues } from '@cadre/core/adapter';
import type { Context } from 'hono';
import type { ZodError } from 'zod';
import type { CadreEnv } from '../api/env.js';
import { problemResponse } from './error-handler.js';

// Issue paths start with where the value came from, so a client can tell a query field from a body field.
const WHERE: Record<string, string> = {
  json: 'body',
  query: 'query',
  param: 'path',
  header: 'header',
  cookie: 'cookie',
  form: 'body',
};

/**
 * The validation hook of every route: a failed parse becomes a 400 problem listing every issue of
 * that part of the request, with its path and an English and Vietnamese message.
 * @example
 * new OpenAPIHono({ defaultHook: validationHook });
 */
export function validationHook(
  result: { success: true; target: string } | { success: false; error: ZodError; target: string },
  c: Context<CadreEnv>,
): Response | undefined {
  if (result.success) return undefined;
  const where = WHERE[result.target] ?? result.target;
  const issues = describeZodIssues(result.error, [where]);
  return problemResponse(c, 400, {
    detail: `${issues.length} problem(s) in the request ${where}: ${issues.map((i) => i.message).join('; ')}`,
    detailVi: `${issues.length} lỗi trong ${where} của yêu cầu: ${issues.map((i) => i.messageVi).join('; ')}`,
    issues,
  });
}
