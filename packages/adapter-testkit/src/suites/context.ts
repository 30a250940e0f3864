import { type CadreStore, isCadreError } from '@cadre/core';
import { expect } from 'vitest';
import { type CreateStore, withStore } from '../harness.js';

/** What every suite receives from `runStoreConformance`. */
export interface SuiteContext {
  create: CreateStore;
  /** fast-check runs for property tests. */
  numRuns: number;
  /**
   * Marks the running check as skipped, with the reason, when the store lacks an optional
   * capability (the test runner's own skip). Absent outside a test runner.
   */
  skip?: (reason: string) => never;
}

/** One conformance check: a name and a body that throws when the store does not conform. */
export interface ConformanceCase {
  name: string;
  /** Runs the check; rejects when the store does not conform. */
  run: (ctx: SuiteContext) => Promise<void>;
  /** Milliseconds, for the checks that build many stores. */
  timeout?: number;
}

/**
 * A case whose body runs once on a fresh store.
 * @example
 * storeCase('reads back what it saved', async (store) => { … });
 */
export function storeCase(
  name: string,
  body: (store: CadreStore) => Promise<void>,
): ConformanceCase {
  return { name, run: (ctx) => withStore(ctx.create, body) };
}

/**
 * Awaits `work` and asserts it threw a branded `CadreError` with `code`; returns the error.
 * A raw driver error fails the assertion, which is the point of error translation.
 * @example
 * await expectCadreError(store.createOrgUnit(unit), 'duplicate_key');
 */
export async function expectCadreError(work: Promise<unknown>, code: string) {
  let caught: unknown;
  try {
    await work;
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected a CadreError '${code}', but nothing was thrown`).toBeDefined();
  expect(isCadreError(caught), `expected a CadreError '${code}', got ${String(caught)}`).toBe(true);
  expect((caught as { code: string }).code).toBe(code);
  return caught as Error & { code: string; details: unknown };
}

/**
 * Reads every page of a list.
 * @example
 * const units = await readAll((page) => store.listOrgUnits(page), 3);
 */
export async function readAll<T>(
  list: (page: {
    cursor?: string | null;
    limit?: number;
  }) => Promise<{ items: T[]; nextCursor: string | null }>,
  limit = 1000,
): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const page = await list({ cursor, limit });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return out;
}
