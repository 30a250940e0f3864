import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  // The CommonJS build needs `import.meta.url` for createRequire, which loads the dataset lazily.
  shims: true,
});
