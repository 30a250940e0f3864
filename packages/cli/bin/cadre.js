#!/usr/bin/env node
// The `cadre` command. A published install runs the build in dist/. Inside the cadre workspace
// (recognised by tsconfig.json, which is never published) it runs the TypeScript sources in this
// same process through tsx with the `source` export condition, so no build is needed and no
// stale build is ever used.
import { existsSync } from 'node:fs';
import { register } from 'node:module';

const here = (path) => new URL(path, import.meta.url);
const workspace = existsSync(here('../tsconfig.json')) && existsSync(here('../src/cli.ts'));

if (!workspace) {
  if (!existsSync(here('../dist/cli.js'))) {
    process.stderr.write(
      'cadre: thiếu bản build dist/cli.js, hãy cài lại gói. / dist/cli.js is missing; reinstall the package.\n',
    );
    process.exit(3);
  }
  await import(here('../dist/cli.js').href);
} else {
  let tsx;
  try {
    tsx = await import(import.meta.resolve('tsx/esm/api'));
  } catch {
    process.stderr.write(
      'cadre: cần tsx để chạy từ mã nguồn (pnpm install), hoặc build trước. / tsx is needed to run from source (pnpm install), or build first.\n',
    );
    process.exit(3);
  }
  tsx.register();
  // Registered last, so it runs first: every import of a workspace package resolves to src/.
  const addSource = `export function resolve(specifier, context, next) {
    const conditions = context.conditions.includes('source') ? context.conditions : ['source', ...context.conditions];
    return next(specifier, { ...context, conditions });
  }`;
  register(`data:text/javascript,${encodeURIComponent(addSource)}`);
  await import(here('../src/cli.ts').href);
}
