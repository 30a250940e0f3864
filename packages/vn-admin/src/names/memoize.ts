/**
 * Caches a one-argument string function (up to 50,000 entries). The dataset repeats each province
 * and district name thousands of times, and name normalisation is the costly step of building
 * the geography.
 * @example
 * const key = memoize(normalizeName);
 * key('Tỉnh Hoà Bình') === key('Tỉnh Hoà Bình'); // computed once
 */
export function memoize<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      value = fn(text);
      if (cache.size >= 50_000) cache.clear();
      cache.set(text, value);
    }
    return value;
  };
}
