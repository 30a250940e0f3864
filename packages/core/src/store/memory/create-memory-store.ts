import { CadreError } from '../../result/error.js';
import type { CadreStore } from '../port.js';
import { createOperations, type MemoryDb, type Operations } from './operations.js';
import { emptyState, snapshotState } from './state.js';

type Method = keyof Operations;

/**
 * The reference store: every port method over plain maps, computing attainment with the core
 * itself, so its answers are the core's by construction. No I/O; data lives as long as the
 * object. Calls run one at a time; a transaction holds the store until it ends, and a failing
 * transaction rolls back to where it began (a single call checks everything before it writes).
 * @example
 * const store = createMemoryStore();
 * await store.saveOrgUnits([{ code: '04', name: 'Cao Bằng', level: 'province' }]);
 * await store.getOrgUnit('04'); // { code: '04', name: 'Cao Bằng', … }
 */
export function createMemoryStore(): CadreStore {
  const db: MemoryDb = { state: emptyState() };
  const ops = createOperations(db);
  let closed = false;
  let queue: Promise<unknown> = Promise.resolve();

  const checkOpen = () => {
    if (closed) throw new CadreError('store_failure', 'the store is closed');
  };
  // One caller at a time: a later call waits for the running one (and its transaction) to end.
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(() => {
      checkOpen();
      return work();
    });
    queue = run.catch(() => undefined);
    return run;
  };

  // Inside a transaction: no lock (the transaction holds it) and nested transactions join.
  const tx = {} as CadreStore;
  const store = {} as CadreStore;
  for (const name of Object.keys(ops) as Method[]) {
    const method = ops[name] as (...args: unknown[]) => Promise<unknown>;
    (tx as unknown as Record<Method, unknown>)[name] = (...args: unknown[]) => {
      checkOpen();
      return method(...args);
    };
    (store as unknown as Record<Method, unknown>)[name] = (...args: unknown[]) =>
      exclusive(() => method(...args));
  }
  tx.transaction = (fn) => fn(tx);
  tx.close = async () => {
    throw new CadreError('invalid_argument', 'close the store, not the transaction');
  };
  // Single calls check everything before writing, so only a transaction needs a rollback copy.
  store.transaction = (fn) =>
    exclusive(async () => {
      const before = snapshotState(db.state);
      try {
        return await fn(tx);
      } catch (error) {
        db.state = before;
        throw error;
      }
    });
  store.close = async () => {
    await queue;
    closed = true;
  };
  return store;
}
