import { renderNorthwest } from './render-northwest.js';
import { runNorthwest } from './run-northwest.js';

// `pnpm --filter @cadre/example-northwest-106 demo`
const r = runNorthwest();
if (r.ok) console.log(renderNorthwest(r.value).join('\n'));
else {
  for (const i of r.issues) console.error(`${i.messageVi ?? i.message}\n  ${i.message}`);
  process.exitCode = 1;
}
