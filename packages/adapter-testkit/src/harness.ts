import { CadreError, type CadreStore } from '@cadre/core';

/** What `create` may return: a store, or a store with a function that removes what it made. */
export type CreatedStore =
  | CadreStore
  | {
      store: CadreStore;
      /**
       * Opens a second handle on the same database (another connection, as a second process
       * would have), for the concurrency suite. Without it, that suite shares `store`.
       */
      peer?: () => CadreStore | Promise<CadreStore>;
      /** Removes what `create` made (a database file, a schema); runs after the store is closed. */
      cleanup?: () => void | Promise<void>;
    };

/** Makes a fresh, empty store; called once per test (and once per property run). */
export type CreateStore = () => CreatedStore | Promise<CreatedStore>;

function isWrapped(created: CreatedStore): created is Exclude<CreatedStore, CadreStore> {
  return 'store' in created && typeof (created as { store?: unknown }).store === 'object';
}

/**
 * Runs `body` against a fresh store, then closes the store and runs the cleanup, even when the
 * body fails. Closing twice is allowed by the port, so a body may close the store itself.
 * @example
 * await withStore(create, async (store) => { await store.saveOrgUnits(units); });
 */
export async function withStore<T>(
  create: CreateStore,
  body: (store: CadreStore) => Promise<T>,
): Promise<T> {
  return withPeers(create, (store) => body(store));
}

/**
 * Like `withStore`, with a second handle on the same database (`peer` from `create`, else the
 * store itself), closed before the store.
 * @example
 * await withPeers(create, async (store, peer) => { await Promise.all([write(store), write(peer)]); });
 */
export async function withPeers<T>(
  create: CreateStore,
  body: (store: CadreStore, peer: CadreStore) => Promise<T>,
): Promise<T> {
  const created = await create();
  const { store, cleanup, peer } = isWrapped(created)
    ? created
    : { store: created, cleanup: undefined, peer: undefined };
  if (!store || typeof store.importBatch !== 'function') {
    throw new CadreError(
      'invalid_argument',
      'create() must return a CadreStore or { store, cleanup }',
    );
  }
  let other: CadreStore | null = null;
  try {
    other = peer ? await peer() : store;
    return await body(store, other);
  } finally {
    try {
      if (other !== null && other !== store) await other.close();
    } finally {
      try {
        await store.close();
      } finally {
        await cleanup?.();
      }
    }
  }
}
