import { renderReduction } from './render-reduction.js';
import { readHeadcountFile, runReduction } from './run-reduction.js';

// `pnpm --filter @cadre/example-nghe-an-nq39 demo`
const r = runReduction(readHeadcountFile());
if (r.ok) console.log(renderReduction(r.value).join('\n'));
else {
  for (const i of r.issues) console.error(`${i.messageVi ?? i.message}\n  ${i.message}`);
  process.exitCode = 1;
}
