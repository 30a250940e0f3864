import fc from 'fast-check';
import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import { describe, expect, it } from 'vitest';
import { REQUEST_ID_HEADER, requestIdOf } from './request-id.js';

// Header values near the rule's edges: allowed characters, others, and lengths around 255.
const idText = fc.oneof(
  fc.stringMatching(/^[\w\-=]{1,300}$/),
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.constantFrom('a'.repeat(255), 'a'.repeat(256), 'gw-42', 'x y', 'ä'),
);

describe('requestIdOf', () => {
  const app = new Hono().use(requestId()).get('/', (c) => c.text(c.get('requestId')));

  it('keeps or replaces a caller id exactly as hono/request-id does (property)', async () => {
    await fc.assert(
      fc.asyncProperty(idText, async (given) => {
        // Headers refuse some texts (control characters): those never reach either side.
        fc.pre(/^[\x20-\x7e]*$/.test(given) && given.trim() === given);
        const headers = { [REQUEST_ID_HEADER]: given };
        const ours = requestIdOf(new Request('http://x/', { headers }));
        const hono = await (await app.request('/', { headers })).text();
        expect(ours === given).toBe(hono === given);
      }),
      { numRuns: 300 },
    );
  });

  it('makes a UUID when the caller sends none', () => {
    expect(requestIdOf(new Request('http://x/'))).toMatch(/^[0-9a-f-]{36}$/);
  });
});
