import { defineConfig } from 'tsup';

export default defineConfig({
  // index: the library (run, ReportJsonSchema); cli: what bin/cadre.js runs when published.
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  // import.meta.url in the CommonJS build (the version is read from package.json beside dist/).
  shims: true,
  target: 'node20',
});
