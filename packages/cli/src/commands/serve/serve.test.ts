import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../__fixtures__/run-cli.js';
import { spawnCli, startCli } from '../../__fixtures__/spawn-cli.js';

// Child processes, for the reason given in import.test.ts; and Ctrl-C is a real signal here.
const KEYS = JSON.stringify({
  'cb-test-key': { id: 'cao-bang', scopes: ['read'], orgUnits: ['*'] },
});

describe('cadre serve', () => {
  it('serves the imported data through @cadre/http until Ctrl-C', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-serve-'));
    const seed = ['seed-004/targets.csv', 'seed-004/actuals.csv'].map((f) => join(FIXTURES, f));
    const imported = await spawnCli(['import', '--db', 'cadre.db', ...seed], { cwd: dir });
    expect(imported.code).toBe(0);

    const server = startCli(['serve', '--db', 'cadre.db', '--port', '0', '--lang', 'en'], {
      cwd: dir,
      env: { CADRE_API_KEYS: KEYS },
    });
    try {
      const [, base] = await server.waitFor(/Serving the API at (http:\/\/127\.0\.0\.1:\d+)/);
      const query = `${base}/attainment?programme=${encodeURIComponent('12-CTr/TU')}&asOf=2019-05-20`;
      expect((await fetch(query)).status).toBe(401);
      const res = await fetch(query, { headers: { 'X-Api-Key': 'cb-test-key' } });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { rows: { indicator: string; actual: string }[] };
      // 10 + 14 rotations by 20/5/2019, as in the seed.
      expect(body.rows.find((r) => r.indicator === 'rotation')?.actual).toBe('24');
    } finally {
      server.child.kill('SIGINT');
    }
    const done = await server.finished;
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('Stopped.');
    // The request log names routes and statuses, never query values.
    expect(done.stderr).toContain('GET /attainment 200');
    expect(done.stderr).not.toContain('12-CTr');
  }, 180_000);
});
