import { defineConfig } from 'vitest/config';

// The bench package's own tests (the quick path, the generators), run from source like the
// workspace's projects: `pnpm --filter @cadre/bench test`.
const conditions = ['source', 'module', 'node', 'import', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['source'] } },
  test: {
    include: ['src/**/*.test.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 60_000,
  },
});
