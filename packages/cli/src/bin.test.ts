import { describe, expect, it } from 'vitest';
import { FIXTURES } from './__fixtures__/run-cli.js';
import { spawnCli, startCli } from './__fixtures__/spawn-cli.js';
import { ReportJsonSchema } from './commands/report/report-json.js';

// What the in-process tests cannot show: the bin itself, and a real Ctrl-C.
describe('bin/cadre.js, as a user runs it', () => {
  it('prints the seed 004 report as JSON that validates, exit 0', async () => {
    const r = await spawnCli(
      [
        'report',
        '--targets',
        'seed-004/targets.csv',
        '--actuals',
        'seed-004/actuals.csv',
        '--as-of',
        '2019-05-20',
        '--format',
        'json',
      ],
      { cwd: FIXTURES },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = ReportJsonSchema.parse(JSON.parse(r.stdout));
    // 24 of 40 rotations → 60%.
    expect(doc.rows.find((x) => x.indicator === 'rotation')?.percent).toBe('60');
  }, 120_000);

  it('stops serving on Ctrl-C, closing the server and the database, exit 0', async () => {
    const keys = JSON.stringify({
      'k-ops-aggregate-1234': { id: 'ops', scopes: ['aggregate'], orgUnits: ['*'] },
    });
    const server = startCli(['serve', '--db', ':memory:', '--port', '0'], {
      env: { CADRE_API_KEYS: keys },
    });
    try {
      const [, base] = await server.waitFor(/Đang phục vụ API tại (http:\/\/127\.0\.0\.1:\d+)/);
      const res = await fetch(`${base}/org-units`, {
        headers: { 'X-Api-Key': 'k-ops-aggregate-1234' },
      });
      expect(res.status).toBe(200);
    } finally {
      server.child.kill('SIGINT');
    }
    const done = await server.finished;
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('Đã dừng.');
  }, 120_000);
});
