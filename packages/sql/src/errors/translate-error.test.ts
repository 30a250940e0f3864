import { isCadreError } from '@cadre/core';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { translateDriverError } from './translate-error.js';

function sqliteError(run: (db: Database.Database) => void): unknown {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  db.exec('create table p (code text primary key); create table c (p text references p(code))');
  try {
    run(db);
  } catch (error) {
    return error;
  } finally {
    db.close();
  }
  throw new Error('expected the statement to fail');
}

describe('translateDriverError', () => {
  it('turns a real SQLite unique violation into duplicate_key, keeping the driver code aside', () => {
    const raw = sqliteError((db) =>
      db.exec("insert into p values ('04'); insert into p values ('04')"),
    );
    const e = translateDriverError(raw, 'saving org units');
    expect(isCadreError(e)).toBe(true);
    expect(e.code).toBe('duplicate_key');
    expect(e.details).toEqual({ driverCode: 'SQLITE_CONSTRAINT_PRIMARYKEY' });
    expect(e.message).toBe('saving org units: a row with the same key already exists');
  });

  it('turns a real SQLite foreign-key failure into conflict', () => {
    const raw = sqliteError((db) => db.exec("insert into c values ('99')"));
    expect(translateDriverError(raw, 'saving').code).toBe('conflict');
  });

  it('maps Postgres SQLSTATEs and socket errors by code', () => {
    const cases: [string, string][] = [
      ['23505', 'duplicate_key'],
      ['23503', 'conflict'],
      ['23514', 'invalid_argument'],
      ['08006', 'store_failure'],
      ['ECONNREFUSED', 'store_failure'],
      ['3D000', 'store_failure'],
      ['XX000', 'store_failure'],
    ];
    for (const [code, expected] of cases) {
      const e = translateDriverError(Object.assign(new Error('driver text'), { code }), 'reading');
      expect([code, e.code]).toEqual([code, expected]);
      expect(e.message).not.toContain('driver text');
    }
  });

  it('passes a CadreError through unchanged', () => {
    const first = translateDriverError({ code: '23505' }, 'saving');
    expect(translateDriverError(first, 'again')).toBe(first);
  });
});
