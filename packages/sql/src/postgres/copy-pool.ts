import { pipeline } from 'node:stream/promises';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';
import { loadDriver } from '../drivers/load-driver.js';
import { textTypes } from './text-types.js';

/** Text chunks in COPY text format, produced lazily so memory stays flat. */
export type CopySource = () => Iterable<string>;

// A COPY statement sent through Kysely starts with this comment; its one parameter names the
// data waiting here. The statement itself is built from constants and quoted identifiers only.
export const COPY_MARKER = '/* cadre:copy */ ';
const jobs = new Map<string, CopySource>();
let nextJob = 0;

/**
 * Registers the data of one COPY and returns the id to pass as the statement's parameter.
 * The job is removed once run (or when `cancel` is called).
 * @example
 * const id = registerCopy(() => chunks()); await sql`${sql.raw(COPY_MARKER + stmt)} ${id}`…
 */
export function registerCopy(source: CopySource): { id: string; cancel: () => void } {
  const id = `copy-${++nextJob}`;
  jobs.set(id, source);
  return { id, cancel: () => jobs.delete(id) };
}

async function runCopy(client: pg.PoolClient, text: string, id: unknown) {
  const source = typeof id === 'string' ? jobs.get(id) : undefined;
  if (source === undefined) throw new Error('COPY data was not registered');
  jobs.delete(id as string);
  const { from: copyFrom } = await loadDriver('pg-copy-streams', () => import('pg-copy-streams'));
  const stream = client.query(copyFrom(text.slice(COPY_MARKER.length)));
  await pipeline(source(), stream);
  return { command: 'COPY', rowCount: stream.rowCount, rows: [] };
}

/**
 * Wraps a pg pool for Kysely so a marked statement runs as COPY FROM STDIN on the very
 * connection (and transaction) Kysely is using; every other query passes straight through,
 * reading dates, decimals and JSON as text (see `textTypes`).
 * @example
 * new PostgresDialect({ pool: copyAwarePool(pool) });
 */
export function copyAwarePool(pool: pg.Pool): PostgresPool {
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  return {
    connect: async () => {
      const client = await pool.connect();
      let proxy = wrapped.get(client);
      if (!proxy) {
        const types = textTypes(client);
        proxy = {
          query: ((text: unknown, params?: unknown[]) =>
            typeof text === 'string' && text.startsWith(COPY_MARKER)
              ? runCopy(client, text, params?.[0])
              : client.query({
                  text: text as string,
                  values: params ?? [],
                  types,
                })) as unknown as PostgresPoolClient['query'],
          release: () => client.release(),
        };
        wrapped.set(client, proxy);
      }
      return proxy;
    },
    end: () => pool.end(),
  };
}
