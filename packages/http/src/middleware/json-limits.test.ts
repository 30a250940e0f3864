import { DecimalStringSchema, DecimalTextSchema, MAX_DECIMAL_DIGITS } from '@cadre/core/adapter';
import { describe, expect, it } from 'vitest';
import { KEYS, testApi } from '../__fixtures__/seed.js';
import { send } from '../__fixtures__/send.js';
import { checkJsonLimits, MAX_JSON_DEPTH, MAX_JSON_NUMBER_DIGITS } from './json-limits.js';

describe('JSON limits', () => {
  it('answers 200,000-deep JSON with 400 naming line and column, on /imports and /programmes/validate', async () => {
    const { app } = await testApi({ maxBodyBytes: 1024 * 1024 });
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    for (const path of ['/imports', '/programmes/validate']) {
      const res = await send(app, 'POST', { path, key: KEYS.caoBang, body: deep });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { issues: { code: string; message: string }[] };
      expect(body.issues[0]?.code).toBe('body.too_deep');
      expect(body.issues[0]?.message).toContain(`line 1, column ${MAX_JSON_DEPTH + 1}`);
    }
  });

  it('refuses a 900,000-digit value with line and column, and echoes none of it', async () => {
    const { app } = await testApi({ maxBodyBytes: 2 * 1024 * 1024 });
    const body = `{"observations": [\n {"programme": "12-CTr/TU", "indicator": "rotation", "orgUnit": "04", "date": "2019-05-10", "value": ${'9'.repeat(900_000)}}]}`;
    const res = await send(app, 'POST', { path: '/imports', key: KEYS.caoBang, body });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text.length).toBeLessThan(2000);
    // The column where the number starts.
    const column = body.split('\n')[1]!.indexOf('"value": ') + '"value": '.length + 1;
    expect(text).toContain(`line 2, column ${column}`);
  });

  it('refuses a 900,000-digit value written as decimal text, on observations and targets', async () => {
    const { app } = await testApi({ maxBodyBytes: 2 * 1024 * 1024 });
    const digits = '9'.repeat(900_000);
    const body = JSON.stringify({
      observations: [
        {
          programme: '12-CTr/TU',
          indicator: 'rotation',
          orgUnit: '04',
          date: '2019-05-10',
          value: digits,
        },
      ],
    });
    const res = await send(app, 'POST', { path: '/imports', key: KEYS.caoBang, body });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text.length).toBeLessThan(4000);
    expect(text).toContain(`at most ${MAX_DECIMAL_DIGITS} digits`);
    const issues = (JSON.parse(text) as { issues: { path: unknown[] }[] }).issues;
    expect(issues.map((i) => i.path)).toEqual([['body', 'observations', 0, 'value']]);
    const most = '9'.repeat(MAX_DECIMAL_DIGITS);
    expect(DecimalTextSchema.safeParse(most).success).toBe(true);
    expect(DecimalTextSchema.safeParse(`${most}9`).success).toBe(false);
    expect(DecimalStringSchema.safeParse(` ${most}.9 `).success).toBe(false);
  });

  it('accepts digits and brackets inside strings, and numbers up to the limit', () => {
    expect(checkJsonLimits(JSON.stringify({ s: '['.repeat(100) + '9'.repeat(100) }))).toBeNull();
    expect(checkJsonLimits(`[${'9'.repeat(MAX_JSON_NUMBER_DIGITS)}, -1.5e10]`)).toBeNull();
    expect(checkJsonLimits(`[${'9'.repeat(MAX_JSON_NUMBER_DIGITS + 1)}]`)?.code).toBe(
      'body.number_too_long',
    );
    expect(checkJsonLimits(JSON.stringify({ s: 'a\\"[' }))).toBeNull();
  });
});
