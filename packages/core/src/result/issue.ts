import type { z } from 'zod';
import { describeZodIssues } from './describe-zod-issues.js';

/** Where an issue sits: object keys and array indexes, or `[row, column]` for a CSV cell. */
export type IssuePath = (string | number)[];

/**
 * One thing wrong with an input. The shape is zod's (`code`, `path`, `message`, `input`),
 * so zod issues pass through unchanged; `messageVi` carries the Vietnamese text.
 */
export interface Issue {
  code: string;
  path: IssuePath;
  /** English message. */
  message: string;
  /** Vietnamese message, when the code has one. */
  messageVi?: string;
  /** The offending value, when it is safe to echo. */
  input?: unknown;
}

/** Expected failures are values: every issue is collected, not only the first. */
export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/**
 * Wraps a value as a successful result.
 * @example
 * ok(42); // { ok: true, value: 42 }
 */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * Wraps issues as a failed result.
 * @example
 * fail([{ code: 'period.inverted', path: ['period'], message: 'end is before start' }]);
 */
export function fail<T = never>(issues: Issue[]): Result<T> {
  return { ok: false, issues };
}

/**
 * Builds an issue; a shorthand that keeps call sites on one line.
 * @example
 * issue('target.negative', ['targets', 0, 'value'], 'target must be ≥ 0', 'chỉ tiêu phải ≥ 0');
 */
export function issue(
  code: string,
  path: IssuePath,
  message: string,
  messageVi?: string,
  input?: unknown,
): Issue {
  const out: Issue = { code, path, message };
  if (messageVi !== undefined) out.messageVi = messageVi;
  if (input !== undefined) out.input = input;
  return out;
}

/**
 * Converts zod issues to cadre issues, prefixing their paths; messages name the field in English
 * and Vietnamese (see `describeZodIssues`).
 * @example
 * const r = z.string().safeParse(1);
 * if (!r.success) issuesFromZod(r.error, ['name']);
 */
export function issuesFromZod(error: z.ZodError, prefix: IssuePath = []): Issue[] {
  return describeZodIssues(error, prefix);
}

/**
 * Parses `input` with a zod schema and returns a cadre `Result`.
 * @example
 * parseWith(IsoDateSchema, '2019-05-20'); // { ok: true, value: '2019-05-20' }
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix: IssuePath = [],
): Result<z.output<S>> {
  const r = schema.safeParse(input);
  return r.success ? ok(r.data) : fail(issuesFromZod(r.error, prefix));
}
