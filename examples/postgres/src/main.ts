import { readDatabaseUrl } from './database-url.js';
import { runOnPostgres } from './run-on-postgres.js';

// `pnpm --filter @cadre/example-postgres start -- --db postgres://…` (or CADRE_TEST_PG_URL).
const url = readDatabaseUrl(process.argv.slice(2), process.env);
if (!url.ok) {
  for (const i of url.issues) console.error(`${i.messageVi}\n${i.message}`);
  process.exit(2);
}
const run = await runOnPostgres(url.value);
if (!run.ok) {
  for (const i of run.issues) console.error(`${i.messageVi ?? i.message}\n  ${i.message}`);
  process.exit(1);
}
console.log(run.value.lines.join('\n'));
const { schema, dropped } = run.value;
console.log(
  dropped
    ? `Đã xóa schema ${schema}. / Schema ${schema} dropped.`
    : `Schema ${schema} vẫn còn. / Schema ${schema} is still there.`,
);
if (!dropped) process.exitCode = 1;
