/// <reference path="./pg-modules.d.ts" />
import type pg from 'pg';
import Client from 'pg/lib/client.js';
import Pool from 'pg-pool';

/**
 * A pg pool built from pg's Client and pg-pool directly, not through pg's main entry: that
 * entry requires pg-pool through CommonJS, which breaks when a runner resolves packages with
 * the `import` condition (pg-pool then hands back its ES module wrapper, not the class).
 * @example
 * const pool = createPool({ connectionString: 'postgres://localhost/cadre', max: 10 });
 */
export function createPool(config: { connectionString: string; max?: number }): pg.Pool {
  return new Pool({ ...config, Client });
}

/**
 * Quotes an identifier for Postgres (doubling inner quotes), as pg's `escapeIdentifier` does.
 * @example
 * quoteIdentifier('cadre "test"'); // '"cadre ""test"""'
 */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
