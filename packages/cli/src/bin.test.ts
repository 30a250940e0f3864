import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './__fixtures__/run-cli.js';
import { spawnCli } from './__fixtures__/spawn-cli.js';
import { ReportJsonSchema } from './commands/report/report-json.js';

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

  it('exits 2 on a usage error, in English when asked, without a stack trace', async () => {
    const r = await spawnCli([
      'report',
      '--targets',
      join(FIXTURES, 'seed-004/targets.csv'),
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage error: missing required option --actuals');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);
});
