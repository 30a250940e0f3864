import { runDemo } from './demo.js';

// `pnpm demo`: the Cao Bằng review of 20/5/2019 on the embedded SQLite store.
const result = await runDemo();
if (result.ok) {
  console.log(result.lines.join('\n'));
} else {
  for (const i of result.issues) console.error(`${i.messageVi ?? i.message}\n  ${i.message}`);
  process.exitCode = 1;
}
