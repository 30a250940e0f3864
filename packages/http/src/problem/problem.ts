import type { Issue } from '@cadre/core';
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';

/** The media type of every error body (RFC 9457). */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** A zod-shaped issue as the API returns it: where, what, and why in English and Vietnamese. */
export const ProblemIssueSchema = z
  .object({
    code: z.string(),
    path: z.array(z.union([z.string(), z.number()])),
    message: z.string(),
    messageVi: z.string().optional(),
  })
  .openapi('ProblemIssue');

/** RFC 9457 problem details, with cadre's issues and a Vietnamese title and detail beside the English. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    titleVi: z.string(),
    status: z.number().int(),
    detail: z.string(),
    detailVi: z.string(),
    instance: z.string(),
    requestId: z.string(),
    issues: z.array(ProblemIssueSchema),
  })
  .openapi('Problem');
/** An error body (RFC 9457 problem details) with cadre's issues, in English and Vietnamese. */
export type Problem = z.infer<typeof ProblemSchema>;

/** Statuses the API answers with a problem body. */
export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 500;

const KINDS: Record<ProblemStatus, { slug: string; title: string; titleVi: string }> = {
  400: { slug: 'invalid-input', title: 'Invalid input', titleVi: 'Dữ liệu không hợp lệ' },
  401: { slug: 'unauthenticated', title: 'Authentication required', titleVi: 'Cần xác thực' },
  403: { slug: 'forbidden', title: 'Forbidden', titleVi: 'Không có quyền' },
  404: { slug: 'not-found', title: 'Not found', titleVi: 'Không tìm thấy' },
  409: { slug: 'conflict', title: 'Conflict', titleVi: 'Xung đột dữ liệu' },
  413: {
    slug: 'payload-too-large',
    title: 'Request body too large',
    titleVi: 'Nội dung yêu cầu quá lớn',
  },
  415: {
    slug: 'unsupported-media-type',
    title: 'Unsupported media type',
    titleVi: 'Kiểu nội dung không được hỗ trợ',
  },
  500: { slug: 'internal', title: 'Internal server error', titleVi: 'Lỗi máy chủ' },
};

/** What a problem says beyond its status. */
export interface ProblemInit {
  detail: string;
  detailVi: string;
  issues?: Issue[];
}

/**
 * Builds an RFC 9457 body. `instance` names this occurrence by request id, so a user can quote it
 * to the operator without the body revealing anything about the server.
 * @example
 * problemBody(404, 'abc', { detail: 'no org unit "99"', detailVi: 'không có đơn vị "99"' }).type;
 * // 'urn:cadre:problem:not-found'
 */
export function problemBody(status: ProblemStatus, requestId: string, init: ProblemInit): Problem {
  const kind = KINDS[status];
  return {
    type: `urn:cadre:problem:${kind.slug}`,
    title: kind.title,
    titleVi: kind.titleVi,
    status,
    detail: init.detail,
    detailVi: init.detailVi,
    instance: `urn:cadre:request:${requestId}`,
    requestId,
    issues: (init.issues ?? []).map(({ code, path, message, messageVi }) =>
      messageVi === undefined ? { code, path, message } : { code, path, message, messageVi },
    ),
  };
}

/**
 * Answers with a problem body from a route handler, typed for the route's declared responses.
 * @example
 * return problemJson(c, 403, { detail: 'org unit "06" is outside your scope', detailVi: '…' });
 */
export function problemJson<S extends ProblemStatus>(c: Context, status: S, init: ProblemInit) {
  const requestId = (c.get('requestId') as string | undefined) ?? 'unknown';
  return c.json(problemBody(status, requestId, init), status, {
    'Content-Type': PROBLEM_CONTENT_TYPE,
  });
}
