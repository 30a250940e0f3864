/// <reference path="./pg-modules.d.ts" />
import type pg from 'pg';
import { loadDriver } from '../drivers/load-driver.js';

/**
 * A pg pool built from pg's Client and pg-pool directly, not through pg's main entry: that
 * entry requires pg-pool through CommonJS, which breaks when a runner resolves packages with
 * the `import` condition (pg-pool then hands back its ES module wrapper, not the class). Both
 * are loaded on first use: they are optional peer dependencies.
 * @example
 * const pool = await createPool({ connectionString: 'postgres://localhost/cadre', max: 10 });
 */
export async function createPool(config: {
  connectionString: string;
  max?: number;
}): Promise<pg.Pool> {
  const [{ default: Client }, { default: Pool }] = await Promise.all([
    loadDriver('pg', () => import('pg/lib/client.js')),
    loadDriver('pg-pool', () => import('pg-pool')),
  ]);
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
