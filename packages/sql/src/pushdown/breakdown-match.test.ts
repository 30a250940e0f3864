import { PGlite } from '@electric-sql/pglite';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../pglite/open-pglite.js';
import { encodeBreakdownValues, projectBreakdown } from './breakdown-match.js';

// Breakdown names and values as users type them: any text, quotes, backslashes and Vietnamese.
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom("it's", 'a\\b', '"q"', 'thạc sĩ', "'); DROP TABLE targets;--", ''),
);
const breakdown = fc.dictionary(text, text, { minKeys: 1, maxKeys: 3 });

const pglite = new PGlite();
beforeAll(() => pglite.waitReady, 180_000);
afterAll(async () => {
  await pglite.close();
});

describe('projectBreakdown', () => {
  it('rebuilds in SQLite exactly the text targets store, for any names and values', () => {
    const db = new Database(':memory:');
    fc.assert(
      fc.property(breakdown, (d) => {
        const dims = Object.keys(d).sort();
        const { sql: text, parameters } =
          sql`select ${projectBreakdown('sqlite', sql`${JSON.stringify(d)}`, dims)} as v`.compile(
            openPglite({ db: pglite }).db,
          );
        // Kysely's Postgres compiler writes $1…; SQLite takes ? placeholders.
        const row = db.prepare(text.replace(/\$\d+/g, '?')).get(...parameters) as { v: string };
        expect(row.v).toBe(
          encodeBreakdownValues(
            'sqlite',
            dims.map((k) => d[k] as string),
          ),
        );
      }),
      { numRuns: 200 },
    );
    db.close();
  });

  it('rebuilds in Postgres exactly the text targets store, for any names and values', async () => {
    const { db } = openPglite({ db: pglite });
    await fc.assert(
      fc.asyncProperty(breakdown, async (d) => {
        const dims = Object.keys(d).sort();
        const { rows } = await sql<{
          v: string;
        }>`select ${projectBreakdown('postgres', sql`${JSON.stringify(d)}::json`, dims)} as v`.execute(
          db,
        );
        expect(rows[0]?.v).toBe(
          encodeBreakdownValues(
            'postgres',
            dims.map((k) => d[k] as string),
          ),
        );
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it('yields no match for an observation that lacks a dimension the target names', () => {
    const db = new Database(':memory:');
    const { sql: text, parameters } =
      sql`select ${projectBreakdown('sqlite', sql`${'{"sex":"female"}'}`, ['sector'])} as v`.compile(
        openPglite({ db: pglite }).db,
      );
    const row = db.prepare(text.replace(/\$\d+/g, '?')).get(...parameters) as { v: string };
    expect(row.v).toBe('NULL');
    expect(row.v).not.toBe(encodeBreakdownValues('sqlite', ['NULL']));
    db.close();
  });
});
