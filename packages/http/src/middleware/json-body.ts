import { normalizeNfcDeep } from '@cadre/core/adapter';
import type { MiddlewareHandler } from 'hono';
import type { CadreEnv } from '../api/env.js';
import { problemResponse } from '../problem/error-handler.js';
import { checkJsonLimits } from './json-limits.js';
import { BODYLESS } from './limit-body.js';

const JSON_MEDIA = /^application\/([\w.-]+\+)?json$/i;

/**
 * Accepts only JSON bodies (415 otherwise), answers malformed JSON, or JSON past the named
 * limits of `checkJsonLimits` (depth, number length), with a 400 problem, and
 * NFC-normalises every string and key before validation, so NFD input from any keyboard or file
 * matches stored text.
 * @example
 * app.use(jsonBody());
 */
export function jsonBody(): MiddlewareHandler<CadreEnv> {
  return async (c, next) => {
    if (BODYLESS.has(c.req.method) || c.req.raw.body === null) return next();
    const contentType = c.req.header('content-type') ?? '';
    const media = contentType.split(';')[0]?.trim() ?? '';
    if (!JSON_MEDIA.test(media)) {
      return problemResponse(c, 415, {
        detail: `the body is "${media || 'untyped'}"; send application/json`,
        detailVi: `nội dung có kiểu "${media || 'không rõ'}"; hãy gửi application/json`,
        issues: [
          {
            code: 'body.media_type',
            path: ['header', 'content-type'],
            message: 'content-type: expected application/json',
            messageVi: 'content-type: cần application/json',
          },
        ],
      });
    }
    const text = await c.req.text();
    const past = checkJsonLimits(text);
    if (past !== null) {
      return problemResponse(c, 400, {
        detail: past.message,
        detailVi: past.messageVi ?? past.message,
        issues: [past],
      });
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof SyntaxError ? error.message : 'unreadable';
      return problemResponse(c, 400, {
        detail: `the body is not valid JSON (${reason})`,
        detailVi: `nội dung không phải JSON hợp lệ (${reason})`,
        issues: [
          {
            code: 'body.malformed_json',
            path: ['body'],
            message: `body: expected valid JSON (${reason})`,
            messageVi: `body: cần JSON hợp lệ (${reason})`,
          },
        ],
      });
    }
    // Validators read the cached text (Hono keeps promises there), so they see the normalised document.
    const cache = c.req.bodyCache as Record<string, unknown>;
    cache.text = Promise.resolve(JSON.stringify(normalizeNfcDeep(value)));
    return next();
  };
}
