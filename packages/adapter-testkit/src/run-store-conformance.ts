import { CadreError } from '@cadre/core';
import { describe, it } from 'vitest';
import type { CreateStore } from './harness.js';
import { atomicImportCases } from './suites/atomic-import.js';
import { attainmentCases } from './suites/attainment.js';
import { concurrencyCases } from './suites/concurrency.js';
import type { ConformanceCase, SuiteContext } from './suites/context.js';
import { crudCases } from './suites/crud.js';
import { dataVersionCases } from './suites/data-version.js';
import { dateCases } from './suites/dates.js';
import { decimalCases } from './suites/decimals.js';
import { errorTranslationCases } from './suites/error-translation.js';
import { idempotentImportCases } from './suites/idempotent-import.js';
import { lineageCases } from './suites/lineage.js';
import { roundCases } from './suites/rounds.js';
import { transactionCases } from './suites/transactions.js';
import { vietnameseTextCases } from './suites/vietnamese-text.js';

/** Every suite of the kit, by the name `skip` entries use. */
export const SUITES = {
  crud: crudCases,
  transactions: transactionCases,
  'error-translation': errorTranslationCases,
  decimal: decimalCases,
  'vietnamese-text': vietnameseTextCases,
  dates: dateCases,
  'atomic-import': atomicImportCases,
  'idempotent-import': idempotentImportCases,
  attainment: attainmentCases,
  lineage: lineageCases,
  'data-version': dataVersionCases,
  concurrency: concurrencyCases,
  rounds: roundCases,
} satisfies Record<string, ConformanceCase[]>;

/** The name of one conformance suite, e.g. 'crud' or 'attainment'; `skip` entries use it. */
export type SuiteName = keyof typeof SUITES;

/** A suite left out, and why. The reason is printed in the test name. */
export interface SkippedSuite {
  suite: SuiteName;
  reason: string;
}

/** Options for {@link runStoreConformance}: the store kind, how to make a fresh store, and what to skip. */
export interface ConformanceOptions {
  /** Shown in test names: 'memory', 'sqlite', 'postgres'… */
  name: string;
  /** Returns a fresh, empty store (or `{ store, cleanup }`); called once per test and per property run. */
  create: CreateStore;
  /** Suites to leave out; each needs a reason. */
  skip?: SkippedSuite[];
  /** fast-check runs of the attainment property; defaults to 25. */
  numRuns?: number;
  /**
   * Milliseconds per test, for engines that start slowly (the first PGlite test). The attainment
   * property, which builds a store per run, gets ten times this (at least two minutes).
   * Defaults to vitest's own test timeout.
   */
  timeout?: number;
}

function checkOptions(options: ConformanceOptions): void {
  if (typeof options?.name !== 'string' || options.name.trim() === '') {
    throw new CadreError('invalid_argument', 'name: expected the store kind, e.g. "sqlite"');
  }
  if (typeof options.create !== 'function') {
    throw new CadreError('invalid_argument', 'create: expected a function returning a fresh store');
  }
  for (const [n, s] of (options.skip ?? []).entries()) {
    if (!(s?.suite in SUITES)) {
      const known = Object.keys(SUITES).join(', ');
      throw new CadreError('invalid_argument', `skip[${n}].suite: expected one of ${known}`, {
        path: ['skip', n, 'suite'],
      });
    }
    if (typeof s.reason !== 'string' || s.reason.trim() === '') {
      throw new CadreError(
        'invalid_argument',
        `skip[${n}].reason: a skipped suite needs a reason`,
        {
          path: ['skip', n, 'reason'],
        },
      );
    }
  }
  for (const field of ['numRuns', 'timeout'] as const) {
    const v = options[field];
    if (v !== undefined && (!Number.isInteger(v) || v < 1)) {
      throw new CadreError('invalid_argument', `${field}: expected a positive integer`, {
        path: [field],
      });
    }
  }
}

/**
 * Registers the conformance suites for a `CadreStore` implementation with vitest. Call it at the
 * top level of a test file; every test gets a fresh store from `create` and closes it after.
 * Throws `CadreError('invalid_argument')` for a skip without a reason or an unknown suite.
 * @example
 * import { runStoreConformance } from '@cadre/adapter-testkit';
 * import { createMemoryStore } from '@cadre/core';
 *
 * runStoreConformance({ name: 'memory', create: () => createMemoryStore() });
 */
export function runStoreConformance(options: ConformanceOptions): void {
  checkOptions(options);
  const ctx: SuiteContext = { create: options.create, numRuns: options.numRuns ?? 25 };
  const skipped = new Map((options.skip ?? []).map((s) => [s.suite as string, s.reason.trim()]));
  describe(`${options.name} store conformance`, () => {
    for (const [suite, cases] of Object.entries(SUITES)) {
      const reason = skipped.get(suite);
      const register = () => {
        for (const c of cases) {
          const long = c.timeout && Math.max(c.timeout, (options.timeout ?? 0) * 10);
          it(
            c.name,
            (t) => c.run({ ...ctx, skip: (reason) => t.skip(reason) }),
            long || options.timeout,
          );
        }
      };
      if (reason === undefined) describe(suite, register);
      else describe.skip(`${suite} (skipped: ${reason})`, register);
    }
  });
}
