/**
 * One read of the data version for all the requests that need it in the same turn of the event
 * loop. The read is made once those requests have all arrived (in the check phase, after Node
 * has read every ready socket), so each request still sees every write committed before it
 * arrived, exactly as if it had read alone; a burst of N requests makes one read instead of N
 * (on SQLite a read transaction costs a few system calls, on PostgreSQL a round trip). Requests
 * arriving while a read is under way wait for the next one, which starts after they arrived.
 * Runtimes without `setImmediate` read once per request.
 * @example
 * const version = readTogether(() => store.dataVersion());
 * const [a, b] = await Promise.all([version(), version()]); // one read
 */
export function readTogether<T>(read: () => Promise<T>): () => Promise<T> {
  const later = (globalThis as { setImmediate?: (run: () => void) => unknown }).setImmediate;
  if (typeof later !== 'function') return read;
  let next: Promise<T> | undefined;
  return () => {
    next ??= new Promise<T>((resolve, reject) => {
      later(() => {
        // From here on, newcomers arrived after this read began: they wait for the next one.
        next = undefined;
        read().then(resolve, reject);
      });
    });
    return next;
  };
}
