/** A least-recently-used map bounded by the total size of its values. */
export interface SizedLru<V> {
  get(key: string): V | undefined;
  /** Stores `value`, then evicts the least recently used entries until the total fits. */
  set(key: string, value: V, size: number): void;
  delete(key: string): void;
  /** Entries held and their total size, for tests and metrics. */
  readonly stats: { entries: number; size: number };
}

/**
 * An LRU over a `Map` (whose order is insertion order: a hit moves the entry to the end).
 * A value larger than `maxSize` is not kept at all; `maxSize` 0 keeps nothing.
 * @example
 * const lru = createSizedLru<string>(1024);
 * lru.set('a', 'body', 4);
 * lru.get('a'); // 'body'
 */
export function createSizedLru<V>(maxSize: number): SizedLru<V> {
  const entries = new Map<string, { value: V; size: number }>();
  let total = 0;
  const drop = (key: string) => {
    const e = entries.get(key);
    if (e === undefined) return;
    entries.delete(key);
    total -= e.size;
  };
  return {
    get(key) {
      const e = entries.get(key);
      if (e === undefined) return undefined;
      entries.delete(key);
      entries.set(key, e);
      return e.value;
    },
    set(key, value, size) {
      drop(key);
      if (size > maxSize) return;
      entries.set(key, { value, size });
      total += size;
      for (const oldest of entries.keys()) {
        if (total <= maxSize) break;
        drop(oldest);
      }
    },
    delete: drop,
    get stats() {
      return { entries: entries.size, size: total };
    },
  };
}
