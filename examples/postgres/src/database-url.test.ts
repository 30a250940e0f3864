import { describe, expect, it } from 'vitest';
import { readDatabaseUrl } from './database-url.js';

describe('readDatabaseUrl', () => {
  const pgUrl = 'postgres://postgres@127.0.0.1:5432/cadre';

  it('takes --db first, in both spellings, then CADRE_TEST_PG_URL', () => {
    const env = { CADRE_TEST_PG_URL: 'postgresql://other/db' };
    expect(readDatabaseUrl(['--db', pgUrl], env)).toEqual({ ok: true, value: pgUrl });
    expect(readDatabaseUrl([`--db=${pgUrl}`], env)).toEqual({ ok: true, value: pgUrl });
    expect(readDatabaseUrl([], env)).toEqual({ ok: true, value: 'postgresql://other/db' });
  });

  it('names the flag and the variable when neither is given, in English and Vietnamese', () => {
    const r = readDatabaseUrl([], {});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({
      code: 'example.no_database',
      path: ['env', 'CADRE_TEST_PG_URL'],
    });
    expect(r.issues[0]?.message).toContain('--db / CADRE_TEST_PG_URL');
    expect(r.issues[0]?.messageVi).toContain('chưa có địa chỉ PostgreSQL');
  });

  it('refuses a URL of another engine', () => {
    const r = readDatabaseUrl(['--db', 'sqlite:cadre.db'], {});
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]).toMatchObject({ code: 'example.not_postgres', path: ['argv', '--db'] });
  });
});
