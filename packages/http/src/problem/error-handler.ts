import { type Issue, isCadreError } from '@cadre/core';
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { CadreEnv } from '../api/env.js';
import {
  PROBLEM_CONTENT_TYPE,
  type ProblemInit,
  type ProblemStatus,
  problemBody,
} from './problem.js';

/**
 * Answers with a problem body outside typed handlers (middleware, error and not-found handlers).
 * @example
 * return problemResponse(c, 415, { detail: 'send application/json', detailVi: 'hãy gửi application/json' });
 */
export function problemResponse(
  c: Context<CadreEnv>,
  status: ProblemStatus,
  init: ProblemInit,
  headers: Record<string, string> = {},
): Response {
  const requestId = c.get('requestId') ?? 'unknown';
  return new Response(JSON.stringify(problemBody(status, requestId, init)), {
    status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, 'X-Request-Id': requestId, ...headers },
  });
}

const CADRE_CODES: Record<string, { status: ProblemStatus; detailVi: string }> = {
  invalid_argument: { status: 400, detailVi: 'Dữ liệu gửi lên không hợp lệ' },
  not_found: { status: 404, detailVi: 'Không tìm thấy đối tượng được yêu cầu' },
  duplicate_key: { status: 409, detailVi: 'Mã này đã tồn tại' },
  conflict: { status: 409, detailVi: 'Dữ liệu xung đột với dữ liệu đã lưu' },
};

const HTTP_STATUSES = new Set<number>([400, 401, 403, 404, 409, 413, 415]);

function cadreIssues(details: unknown, path: (string | number)[], message: string): Issue[] {
  if (Array.isArray(details) && details.every((d) => typeof d?.message === 'string')) {
    return details as Issue[];
  }
  return path.length > 0 ? [{ code: 'cadre.error', path, message }] : [];
}

/**
 * Builds the error handler: known errors become problems, anything else a bare 500 whose cause
 * goes only to `onInternal`.
 * @example
 * app.onError(createErrorHandler((error) => tracker.capture(error)));
 */
export function createErrorHandler(onInternal: (error: unknown, c: Context) => void) {
  const handler: ErrorHandler<CadreEnv> = (error, c) => {
    if (isCadreError(error)) {
      const known = CADRE_CODES[error.code];
      if (known) {
        return problemResponse(c, known.status, {
          detail: error.message,
          detailVi: known.detailVi,
          issues: cadreIssues(error.details, error.path, error.message),
        });
      }
    } else if (error instanceof HTTPException && HTTP_STATUSES.has(error.status)) {
      return problemResponse(c, error.status as ProblemStatus, {
        detail: error.message || 'the request was refused',
        detailVi: 'yêu cầu bị từ chối',
      });
    }
    onInternal(error, c);
    // Nothing about the failure leaves the server: no message, no stack, no driver text.
    return problemResponse(c, 500, {
      detail: 'the server failed to handle the request; quote the request id to the operator',
      detailVi: 'máy chủ không xử lý được yêu cầu; hãy báo mã yêu cầu cho người quản trị',
    });
  };
  return handler;
}

/** Unknown routes answer 404 with the same problem body as every other error. */
export const notFoundHandler: NotFoundHandler<CadreEnv> = (c) =>
  problemResponse(c, 404, {
    detail: `no route ${c.req.method} ${new URL(c.req.url).pathname}`,
    detailVi: `không có đường dẫn ${c.req.method} ${new URL(c.req.url).pathname}`,
  });
