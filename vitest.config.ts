import { defineConfig } from 'vitest/config';

// Tests run from source: the `source` export condition points every @cadre/* import at src/.
const conditions = ['source', 'module', 'node', 'import', 'default'];

// Period and date tests rerun under these zones: a calendar date must not move with the clock's zone.
const zones = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles'];

const pkg = (name: string, extra: { include?: string[]; exclude?: string[] } = {}) => ({
  extends: true as const,
  test: {
    name,
    include: extra.include ?? [`packages/${name}/src/**/*.test.ts`],
    exclude: [...(extra.exclude ?? []), '**/*.tz.test.ts', '**/node_modules/**'],
    benchmark: { include: [`packages/${name}/src/**/*.bench.ts`] },
  },
});

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['source'] } },
  test: {
    env: { TZ: 'UTC' },
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      pkg('core'),
      pkg('vn-admin'),
      pkg('csv'),
      pkg('sql'),
      pkg('http'),
      pkg('adapter-testkit'),
      pkg('cli'),
      pkg('xlsx'),
      pkg('bench'),
      {
        extends: true,
        test: { name: 'docs', include: ['docs/**/*.test.ts'], benchmark: { include: [] } },
      },
      {
        extends: true,
        test: {
          name: 'examples',
          include: ['examples/*/src/**/*.test.ts', 'examples/*/*.test.ts'],
          // The packages' own projects run their micro-benchmarks; here they would run twice.
          benchmark: { include: [] },
        },
      },
      ...zones.map((tz) => ({
        extends: true as const,
        test: {
          name: `tz:${tz}`,
          include: ['packages/*/src/**/*.tz.test.ts'],
          env: { TZ: tz },
          benchmark: { include: [] },
        },
      })),
    ],
  },
});
