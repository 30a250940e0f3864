import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capture, cli, FIXTURES } from '../../__fixtures__/run-cli.js';
import { isLoopback } from './run-serve.js';

const KEYS = JSON.stringify({
  'cb-test-key-0123456': { id: 'cao-bang', scopes: ['read'], orgUnits: ['*'] },
});

async function waitFor(out: { text: string }, pattern: RegExp): Promise<RegExpMatchArray> {
  for (let i = 0; i < 600; i++) {
    const m = out.text.match(pattern);
    if (m) return m;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no ${pattern} in ${out.text}`);
}

describe('cadre serve', () => {
  it('serves the imported data through @cadre/http until its signal aborts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-serve-'));
    const seed = ['seed-004/targets.csv', 'seed-004/actuals.csv'].map((f) => join(FIXTURES, f));
    expect((await cli(['import', '--db', 'cadre.db', ...seed], { cwd: dir })).code).toBe(0);

    const stop = new AbortController();
    const stdout = capture();
    const stderr = capture();
    const running = cli(['serve', '--db', 'cadre.db', '--port', '0', '--lang', 'en'], {
      cwd: dir,
      env: { CADRE_API_KEYS: KEYS },
      signal: stop.signal,
      stdout,
      stderr,
    });
    try {
      const [, base] = await waitFor(stdout, /Serving the API at (http:\/\/127\.0\.0\.1:\d+)/);
      const query = `${base}/attainment?programme=${encodeURIComponent('12-CTr/TU')}&asOf=2019-05-20`;
      expect((await fetch(query)).status).toBe(401);
      const res = await fetch(query, { headers: { 'X-Api-Key': 'cb-test-key-0123456' } });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { rows: { indicator: string; actual: string }[] };
      // 10 + 14 rotations by 20/5/2019, as in the seed.
      expect(body.rows.find((r) => r.indicator === 'rotation')?.actual).toBe('24');
    } finally {
      stop.abort();
    }
    expect((await running).code).toBe(0);
    expect(stdout.text).toContain('Stopped.');
    // The request log names routes and statuses, never query values.
    expect(stderr.text).toContain('GET /attainment 200');
    expect(stderr.text).not.toContain('12-CTr');
  }, 60_000);

  it('warns when bound to a host other machines can reach, and not on loopback', async () => {
    for (const [host, warned] of [
      ['0.0.0.0', true],
      ['127.0.0.1', false],
      ['localhost', false],
    ] as const) {
      const stop = new AbortController();
      const stdout = capture();
      const stderr = capture();
      const argv = ['serve', '--db', ':memory:', '--port', '0', '--host', host, '--lang', 'en'];
      const running = cli(argv, {
        env: { CADRE_API_KEYS: KEYS },
        signal: stop.signal,
        stdout,
        stderr,
      });
      await waitFor(stdout, /Serving the API at/);
      stop.abort();
      expect((await running).code).toBe(0);
      expect(stderr.text.includes(`Warning: --host ${host} lets other machines`)).toBe(warned);
    }
    expect(isLoopback('127.8.0.1')).toBe(true);
    expect(isLoopback('[::1]')).toBe(true);
    expect(isLoopback('192.168.1.10')).toBe(false);
  }, 60_000);

  it('refuses to start without API keys (exit 2)', async () => {
    const r = await cli(['serve', '--db', ':memory:']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'cần khóa API: --api-keys keys.json hoặc biến môi trường CADRE_API_KEYS',
    );
  });
});
