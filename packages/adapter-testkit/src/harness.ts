import { CadreError, type CadreStore } from '@cadre/core';

/** What `create` may return: a store, or a store with a function that removes what it made. */
export type CreatedStore =
  | CadreStore
  | {
      store: CadreStore;
      /** Removes what `create` made (a database file, a schema); runs after the store is closed. */
      cleanup?: () => void | Promise<void>;
    };

/** Makes a fresh, empty store; called once per test (and once per property run). */
export type CreateStore = () => CreatedStore | Promise<CreatedStore>;

function isWrapped(
  created: CreatedStore,
): created is { store: CadreStore; cleanup?: () => void | Promise<void> } {
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
  const created = await create();
  const { store, cleanup } = isWrapped(created) ? created : { store: created, cleanup: undefined };
  if (!store || typeof store.importBatch !== 'function') {
    throw new CadreError(
      'invalid_argument',
      'create() must return a CadreStore or { store, cleanup }',
    );
  }
  try {
    return await body(store);
  } finally {
    try {
      await store.close();
    } finally {
      await cleanup?.();
    }
  }
}
