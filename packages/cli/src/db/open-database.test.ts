import { describe, expect, it } from 'vitest';
import { cli } from '../__fixtures__/run-cli.js';

describe('--db', () => {
  it.each(['mysql://cadre@127.0.0.1/cadre', 'mssql://sa@db/cadre', 'mongodb:cadre'])(
    '%s is a usage error naming the stores cadre supports (exit 2)',
    async (url) => {
      const r = await cli(['import', '--db', url, 'seed-004/targets.csv', '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--db: "${url}" is a ${url.split(':')[0]} database`);
      for (const store of ['SQLite', 'PostgreSQL (postgres://…)', 'PGlite (pglite://memory)'])
        expect(r.stderr).toContain(store);
    },
  );

  it('says it in Vietnamese by default', async () => {
    const r = await cli([
      'import',
      '--db',
      'mysql://cadre@127.0.0.1/cadre',
      'seed-004/targets.csv',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cadre không hỗ trợ; cadre lưu được vào SQLite');
  });
});
