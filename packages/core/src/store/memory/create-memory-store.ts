import { CadreError } from '../../result/error.js';
import type { CadreStore } from '../port.js';
import { STORE_WRITE_METHODS } from '../write-methods.js';
import { createOperations, type MemoryDb, type Operations } from './operations.js';
import { emptyState, snapshotState } from './state.js';

type Method = keyof Operations;

const WRITES = new Set<string>(STORE_WRITE_METHODS);

/**
 * The reference store: every port method over plain maps, computing attainment with the core
 * itself, so its answers are the core's by construction. No I/O; data lives as long as the
 * object. Calls run one at a time; a transaction holds the store until it ends, and a failing
 * transaction rolls back to where it began (a single call checks everything before it writes).
 * `dataVersion()` counts committed writes.
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
  // Committed writes so far; a transaction counts once, when it commits having written.
  let version = 0;
  let transactionWrote = false;

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
    const writes = WRITES.has(name);
    (tx as unknown as Record<Method, unknown>)[name] = (...args: unknown[]) => {
      checkOpen();
      if (writes) transactionWrote = true;
      return method(...args);
    };
    (store as unknown as Record<Method, unknown>)[name] = (...args: unknown[]) =>
      exclusive(async () => {
        const result = await method(...args);
        if (writes) version++;
        return result;
      });
  }
  tx.transaction = (fn) => fn(tx);
  tx.close = async () => {
    throw new CadreError('invalid_argument', 'close the store, not the transaction');
  };
  // Single calls check everything before writing, so only a transaction needs a rollback copy.
  store.transaction = (fn) =>
    exclusive(async () => {
      const before = snapshotState(db.state);
      transactionWrote = false;
      try {
        const result = await fn(tx);
        if (transactionWrote) version++;
        return result;
      } catch (error) {
        db.state = before;
        throw error;
      }
    });
  // Not queued: the count only moves when a call or transaction has finished, so it never names
  // data that is half written.
  store.dataVersion = async () => {
    checkOpen();
    return String(version);
  };
  tx.dataVersion = store.dataVersion;
  store.close = async () => {
    await queue;
    closed = true;
  };
  return store;
}
